// JSON with comments → a tree of jsonc-parser's Node shape (type, offset, length, value, children,
// parent, colonOffset), so jsonc-parser's tree helpers and every language feature work on it
// unchanged. It is our own single pass because it runs on every keystroke over files of a megabyte:
// no visitor callbacks, no strings built for whitespace, small nodes (nodes.ts).
//
// Recovery follows jsonc-parser's, so syntax errors land where users of JSON tools expect them:
// a missing value or colon skips to the next `,` or closing bracket; a property left without a
// value ends at that `,` (or takes in the closing bracket); trailing commas are allowed.
//
// Given the previous version's tree, batch elements before the first changed character or after the
// last one are taken over instead of parsed again (reuse.ts).
import type { Node as JsonNode } from 'jsonc-parser';
import type { JsonSyntaxError, JsonSyntaxErrorKind } from './errors';
import { adopt, ContainerNode, leafNode, PropertyNode, type LeafType, type Literal, type ParentNode } from './nodes';
import { isBatchArray, Reuse, type PreviousTree } from './reuse';
import { Scanner, Token } from './scanner';

export interface JsonTree {
  /** Absent when the text holds no value (empty, only comments, or it starts with no value). */
  readonly root?: JsonNode;
  readonly errors: readonly JsonSyntaxError[];
  /** Batch elements taken over from the previous version → their index there. */
  readonly taken?: ReadonlyMap<JsonNode, number>;
}

export function parseJsonTree(text: string, previous?: PreviousTree): JsonTree {
  const errors: JsonSyntaxError[] = [];
  const scanner = new Scanner(text, (kind, offset, length) => void errors.push({ kind, offset, length }));
  const reuse = previous === undefined ? undefined : new Reuse(previous, text);
  const builder = new TreeBuilder(scanner, errors, reuse);
  if (scanner.next() === Token.EndOfFile) return { errors };
  const root = builder.value(undefined);
  if (root === undefined) builder.error('ValueExpected');
  else if (scanner.token !== Token.EndOfFile) builder.error('EndOfFileExpected');
  return { root, errors, taken: reuse?.taken };
}

/** Deeper nesting is skipped, so that no text can exhaust the call stack (the parser is recursive). */
export const MAX_DEPTH = 500;

class TreeBuilder {
  /** Children of the containers being built, innermost last (sliced off when a container closes). */
  private readonly pending: JsonNode[] = [];
  private depth = 0;

  constructor(
    private readonly scanner: Scanner,
    private readonly errors: JsonSyntaxError[],
    private readonly reuse: Reuse | undefined,
  ) {}

  /** A problem at the current token. */
  error(kind: JsonSyntaxErrorKind): void {
    this.errors.push({ kind, offset: this.scanner.start, length: this.scanner.end - this.scanner.start });
  }

  /** The value at the current token (consumed), or undefined when the token starts none (not consumed). */
  value(parent: ParentNode | undefined): JsonNode | undefined {
    const scanner = this.scanner;
    switch (scanner.token) {
      case Token.OpenBrace: return this.container('object', parent);
      case Token.OpenBracket: return this.container('array', parent);
      case Token.String: return this.leaf(parent, 'string', scanner.stringValue);
      case Token.Number: return this.leaf(parent, 'number', scanner.numberValue);
      case Token.True: return this.leaf(parent, 'boolean', true);
      case Token.False: return this.leaf(parent, 'boolean', false);
      case Token.Null: return this.leaf(parent, 'null', null);
      default: return undefined;
    }
  }

  private leaf(parent: ParentNode | undefined, type: LeafType, value: Literal): JsonNode {
    const scanner = this.scanner;
    const node = leafNode(type, scanner.start, scanner.end - scanner.start, parent, value);
    scanner.next();
    return node;
  }

  /** An object or array: entries separated by commas (a trailing one allowed) up to its closer or the end of the text. */
  private container(type: 'object' | 'array', parent: ParentNode | undefined): ContainerNode {
    const scanner = this.scanner;
    const isObject = type === 'object';
    const closer = isObject ? Token.CloseBrace : Token.CloseBracket;
    const node = new ContainerNode(type, scanner.start, -1, parent);
    if (this.depth >= MAX_DEPTH) return this.skipNested(node);
    const first = this.pending.length;
    const reuse = !isObject && isBatchArray(parent) ? this.reuse : undefined;
    this.depth++;
    scanner.next();
    let needsComma = false;
    // A property typed without its value ends at the next comma, or takes in the closing brace.
    let open: PropertyNode | undefined;
    while (scanner.token !== closer && scanner.token !== Token.EndOfFile) {
      if (open !== undefined && scanner.token === Token.Comma) open.length = scanner.start - open.offset;
      open = undefined;
      if (this.separator(needsComma, closer)) break;
      const property = isObject ? this.property(node) : undefined;
      const entry = isObject ? property : ((reuse && this.reused(reuse, node, this.pending.length - first)) ?? this.value(node));
      if (entry === undefined) {
        this.error('ValueExpected');
        this.skipTo(closer);
      } else {
        this.pending.push(entry);
        if (property !== undefined && property.length < 0) open = property;
      }
      needsComma = true;
    }
    const end = scanner.end;
    if (open !== undefined) open.length = end - open.offset;
    node.length = end - node.offset;
    node.children = this.pending.slice(first);
    this.pending.length = first;
    this.depth--;
    if (scanner.token === closer) scanner.next();
    else this.error(isObject ? 'CloseBraceExpected' : 'CloseBracketExpected');
    return node;
  }

  /** The previous version's element for element `index`, at the current token and unchanged (consumed), else undefined. */
  private reused(reuse: Reuse, array: ContainerNode, index: number): JsonNode | undefined {
    const scanner = this.scanner;
    const element = reuse.take(index, scanner.start, array.parent === undefined);
    if (element === undefined) return undefined;
    adopt(element, array);
    // The scanner has already read (and reported on) the element's first token.
    reuse.copyErrors(scanner.end, element.offset + element.length, this.errors);
    scanner.seek(element.offset + element.length);
    return element;
  }

  /** A `"key": value` pair; its length stays -1 while the value is missing. Undefined when there is no key. */
  private property(object: ContainerNode): PropertyNode | undefined {
    const scanner = this.scanner;
    if (scanner.token !== Token.String) {
      this.error('PropertyNameExpected');
      this.skipTo(Token.CloseBrace);
      return undefined;
    }
    const property = new PropertyNode(scanner.start, object, scanner.keyValue, scanner.end - scanner.start);
    if (scanner.next() !== Token.Colon) {
      this.error('ColonExpected');
      this.skipTo(Token.CloseBrace);
      return property;
    }
    property.colonOffset = scanner.start;
    scanner.next();
    const value = this.value(property);
    if (value === undefined) {
      this.error('ValueExpected');
      this.skipTo(Token.CloseBrace);
    } else {
      property.valueNode = value;
      property.length = value.offset + value.length - property.offset;
    }
    return property;
  }

  /** Before an entry: consumes a comma, or reports a missing one. True when a trailing comma is followed by the closer. */
  private separator(needsComma: boolean, closer: Token.CloseBrace | Token.CloseBracket): boolean {
    const scanner = this.scanner;
    if (scanner.token !== Token.Comma) {
      if (needsComma) this.error('CommaExpected');
      return false;
    }
    if (!needsComma) this.error('ValueExpected');
    return scanner.next() === closer;
  }

  /** A container nested too deeply: reported, and read as empty up to its matching closer (or the end). */
  private skipNested(node: ContainerNode): ContainerNode {
    const scanner = this.scanner;
    this.error('NestedTooDeeply');
    let open = 0;
    do {
      if (scanner.token === Token.OpenBrace || scanner.token === Token.OpenBracket) open++;
      else if (scanner.token === Token.CloseBrace || scanner.token === Token.CloseBracket) open--;
      node.length = scanner.end - node.offset;
      scanner.next();
    } while (open > 0 && scanner.token !== Token.EndOfFile);
    node.children = [];
    return node;
  }

  /** Skips tokens up to (not past) the next comma, the given closing bracket, or the end. */
  private skipTo(closer: Token.CloseBrace | Token.CloseBracket): void {
    const scanner = this.scanner;
    while (scanner.token !== Token.EndOfFile && scanner.token !== Token.Comma && scanner.token !== closer) scanner.next();
  }
}
