// Where an offset stands in JSON text: the path to it, whether a property key is expected there, and
// the key or literal token just before it. Reads the text's tokens up to the offset the way
// jsonc-parser's getLocation does (the same walk, recovery and answers), on this package's scanner,
// so the editor needs no second JSON implementation.
import { Scanner, Token } from './scanner';

export type PathSegment = string | number;

export interface JsonLocation {
  readonly path: PathSegment[];
  readonly isAtPropertyKey: boolean;
  /** The key or literal token the offset is in or right after. */
  readonly previousNode?: { readonly type: 'string' | 'number' | 'boolean' | 'null' | 'property'; readonly offset: number; readonly length: number };
}

/** Thrown to stop reading as soon as the offset is reached. */
const REACHED = Symbol('reached');

export function getJsonLocation(text: string, position: number): JsonLocation {
  const walk = new LocationWalk(text, position);
  try {
    walk.run();
  } catch (error) {
    if (error !== REACHED) throw error;
  }
  return { path: walk.path, isAtPropertyKey: walk.isAtPropertyKey, previousNode: walk.previous };
}

type Previous = NonNullable<JsonLocation['previousNode']>;

class LocationWalk {
  readonly path: PathSegment[] = [];
  isAtPropertyKey = false;
  previous: Previous | undefined;
  private readonly scanner: Scanner;

  constructor(
    text: string,
    private readonly position: number,
  ) {
    this.scanner = new Scanner(text, () => undefined);
  }

  run(): void {
    if (this.scanner.next() === Token.EndOfFile) return;
    this.value();
  }

  private get token(): Token {
    return this.scanner.token;
  }

  /** Stops once the offset is reached: at or before `offset`, or strictly before it (`inclusive` false). */
  private stopAt(offset: number, inclusive: boolean): void {
    if (inclusive ? this.position <= offset : this.position < offset) throw REACHED;
  }

  /** A key or literal token: it becomes the previous node; reading stops when the offset is in it or right after it. */
  private literal(type: Previous['type']): void {
    const { start, end } = this.scanner;
    this.stopAt(start, false);
    this.previous = { type, offset: start, length: end - start };
    if (type === 'property') this.path[this.path.length - 1] = this.scanner.stringValue;
    this.stopAt(end, true);
  }

  /** An object (path gets a key placeholder, a key is expected) or an array (path gets index 0). */
  private opening(segment: PathSegment): void {
    this.stopAt(this.scanner.start, true);
    this.previous = undefined;
    if (segment === '') this.isAtPropertyKey = true;
    this.path.push(segment);
    this.scanner.next();
  }

  private closing(closer: Token): void {
    this.stopAt(this.scanner.start, true);
    this.previous = undefined;
    this.path.pop();
    if (this.token === closer) this.scanner.next();
  }

  private comma(): void {
    this.stopAt(this.scanner.start, true);
    const last = this.path[this.path.length - 1];
    if (typeof last === 'number') this.path[this.path.length - 1] = last + 1;
    else {
      this.isAtPropertyKey = true;
      this.path[this.path.length - 1] = '';
    }
    this.previous = undefined;
  }

  private colon(): void {
    this.stopAt(this.scanner.start, true);
    if (this.previous?.type === 'property') {
      this.isAtPropertyKey = false;
      this.previous = undefined;
    }
  }

  /** Skips tokens up to (not past) a or b, or the end. */
  private skipTo(a: Token, b: Token): void {
    while (this.token !== Token.EndOfFile && this.token !== a && this.token !== b) this.scanner.next();
  }

  private value(): boolean {
    switch (this.token) {
      case Token.OpenBrace:
        this.object();
        return true;
      case Token.OpenBracket:
        this.array();
        return true;
      case Token.String:
        this.literal('string');
        break;
      case Token.Number:
        this.literal('number');
        break;
      case Token.True:
      case Token.False:
        this.literal('boolean');
        break;
      case Token.Null:
        this.literal('null');
        break;
      default:
        return false;
    }
    this.scanner.next();
    return true;
  }

  private property(): boolean {
    if (this.token !== Token.String) {
      this.skipTo(Token.CloseBrace, Token.Comma);
      return false;
    }
    this.literal('property');
    if (this.scanner.next() === Token.Colon) {
      this.colon();
      this.scanner.next();
      if (!this.value()) this.skipTo(Token.CloseBrace, Token.Comma);
    } else {
      this.skipTo(Token.CloseBrace, Token.Comma);
    }
    return true;
  }

  // As jsonc-parser's getLocation reads: no trailing commas, so in `,}` a key is still expected.
  private object(): void {
    this.container('', Token.CloseBrace, () => this.property());
  }

  private array(): void {
    this.container(0, Token.CloseBracket, () => this.value());
  }

  /** The entries of an object or array up to its closer (or the end); an entry that is not one is skipped. */
  private container(segment: PathSegment, closer: Token.CloseBrace | Token.CloseBracket, entry: () => boolean): void {
    this.opening(segment);
    while (this.token !== closer && this.token !== Token.EndOfFile) {
      if (this.token === Token.Comma) {
        this.comma();
        this.scanner.next();
      }
      if (!entry()) this.skipTo(closer, Token.Comma);
    }
    this.closing(closer);
  }
}
