// The tokens of JSON with comments, read in one pass over character codes. Whitespace and comments
// are skipped without building strings (an indented 1 MB file is mostly whitespace), and a string
// token's value is a slice of the text unless it holds escapes.
import type { JsonSyntaxErrorKind } from './errors';

export const enum Token {
  OpenBrace,
  CloseBrace,
  OpenBracket,
  CloseBracket,
  Comma,
  Colon,
  String,
  Number,
  True,
  False,
  Null,
  EndOfFile,
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const MINUS = 0x2d;
const DOT = 0x2e;

const SIMPLE_ESCAPES: Readonly<Record<number, string>> = {
  0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t',
};

/** The keys of the .fbbatch format (operation and top-level keys), the strings most often read as keys. */
const FORMAT_KEYS = [
  'method', 'relative_url', 'name', 'depends_on', 'body', 'omit_response_on_success', 'attached_files', 'headers',
  'api_version', 'include_headers', 'attachments', 'batch',
];

export type ErrorSink = (kind: JsonSyntaxErrorKind, offset: number, length: number) => void;

export class Scanner {
  private pos = 0;
  token: Token = Token.EndOfFile;
  /** Where the current token starts and ends (end exclusive). */
  start = 0;
  end = 0;
  // A string token's value is its decoded part up to the last escape plus raw text after it, sliced
  // only when asked for, so that keys of the file format need no string of their own.
  private decodedHead = '';
  private tailStart = 0;
  private tailEnd = 0;
  /** A number token's value. */
  numberValue = 0;

  constructor(
    private readonly text: string,
    private readonly report: ErrorSink,
  ) {}

  /** A string token's decoded value. */
  get stringValue(): string {
    return this.decodedHead + this.text.slice(this.tailStart, this.tailEnd);
  }

  /** A string token's decoded value; a key of the file format comes as the one shared string (compared by identity). */
  get keyValue(): string {
    const length = this.tailEnd - this.tailStart;
    if (this.decodedHead === '') for (const key of FORMAT_KEYS) if (key.length === length && this.text.startsWith(key, this.tailStart)) return key;
    return this.stringValue;
  }

  /** Continues reading at `offset` (the end of a token), moving to the token after it. */
  seek(offset: number): Token {
    this.pos = offset;
    return this.next();
  }

  /** Moves to the next token, reporting (and skipping) comments' and unknown words' problems on the way. */
  next(): Token {
    const text = this.text;
    const length = text.length;
    for (;;) {
      let pos = this.pos;
      let code = text.charCodeAt(pos);
      while (code === SPACE || code === LF || code === CR || code === TAB) code = text.charCodeAt(++pos);
      this.start = pos;
      if (pos >= length) {
        this.pos = this.end = length;
        this.start = length;
        return (this.token = Token.EndOfFile);
      }
      this.pos = pos + 1;
      switch (code) {
        case 0x7b: return this.single(Token.OpenBrace);
        case 0x7d: return this.single(Token.CloseBrace);
        case 0x5b: return this.single(Token.OpenBracket);
        case 0x5d: return this.single(Token.CloseBracket);
        case 0x2c: return this.single(Token.Comma);
        case 0x3a: return this.single(Token.Colon);
        case QUOTE: return this.string();
        case SLASH:
          this.comment();
          continue;
        case MINUS:
          if (!isDigit(text.charCodeAt(this.pos))) {
            this.report('InvalidSymbol', pos, 1);
            continue;
          }
          return this.number();
        default:
          if (isDigit(code)) return this.number();
          if (this.word()) return this.token;
      }
    }
  }

  private single(token: Token): Token {
    this.end = this.pos;
    return (this.token = token);
  }

  private comment(): void {
    const text = this.text;
    const start = this.start;
    const second = text.charCodeAt(this.pos);
    if (second === SLASH) {
      let pos = this.pos + 1;
      for (let code = text.charCodeAt(pos); pos < text.length && code !== LF && code !== CR; code = text.charCodeAt(++pos));
      this.pos = pos;
    } else if (second === STAR) {
      const close = text.indexOf('*/', start + 2);
      this.pos = close < 0 ? text.length : close + 2;
      if (close < 0) this.report('UnexpectedEndOfComment', start, text.length - start);
    } else {
      this.report('InvalidSymbol', start, 1);
    }
  }

  /** true, false, null, or an unknown word (reported, then skipped: returns false). */
  private word(): boolean {
    const text = this.text;
    let pos = this.pos;
    while (pos < text.length && isWordCharacter(text.charCodeAt(pos))) pos++;
    this.pos = this.end = pos;
    const word = text.slice(this.start, pos);
    if (word === 'true') this.token = Token.True;
    else if (word === 'false') this.token = Token.False;
    else if (word === 'null') this.token = Token.Null;
    else {
      this.report('InvalidSymbol', this.start, pos - this.start);
      return false;
    }
    return true;
  }

  /** A number; `pos` is just past its first character (a digit, or the minus before one). */
  private number(): Token {
    const text = this.text;
    let pos = this.pos;
    if (text.charCodeAt(this.start) === MINUS) pos++;
    // No more integer digits after a leading zero: "012" is 0 followed by an unexpected 12.
    if (text.charCodeAt(pos - 1) !== 0x30) while (isDigit(text.charCodeAt(pos))) pos++;
    let problem = false;
    if (text.charCodeAt(pos) === DOT) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) problem = true;
      while (isDigit(text.charCodeAt(pos))) pos++;
    }
    // A dangling exponent ("1e") is reported and left out of the value, but stays in the token.
    let valueEnd = pos;
    const e = text.charCodeAt(pos);
    if (!problem && (e === 0x45 || e === 0x65)) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 0x2b || sign === MINUS) pos++;
      if (isDigit(text.charCodeAt(pos))) {
        while (isDigit(text.charCodeAt(pos))) pos++;
        valueEnd = pos;
      } else {
        problem = true;
      }
    }
    this.pos = this.end = pos;
    if (problem) this.report('UnexpectedEndOfNumber', this.start, pos - this.start);
    this.numberValue = Number(text.slice(this.start, valueEnd));
    return (this.token = Token.Number);
  }

  private string(): Token {
    const text = this.text;
    const length = text.length;
    let pos = this.pos;
    let chunkStart = pos;
    let value = '';
    let problem: JsonSyntaxErrorKind | undefined;
    let tailEnd = -1;
    for (;;) {
      if (pos >= length) {
        problem = 'UnexpectedEndOfString';
        break;
      }
      const code = text.charCodeAt(pos);
      if (code === QUOTE) {
        tailEnd = pos;
        pos++;
        break;
      }
      if (code === BACKSLASH) {
        value += text.slice(chunkStart, pos);
        chunkStart = ++pos;
        if (pos >= length) {
          problem = 'UnexpectedEndOfString';
          break;
        }
        const escape = text.charCodeAt(pos++);
        const simple = SIMPLE_ESCAPES[escape];
        if (simple !== undefined) {
          value += simple;
        } else if (escape === 0x75) {
          let digits = 0;
          let unit = 0;
          for (let hex = hexValue(text.charCodeAt(pos)); digits < 4 && hex >= 0; hex = hexValue(text.charCodeAt(pos))) {
            unit = unit * 16 + hex;
            pos++;
            digits++;
          }
          if (digits === 4) value += String.fromCharCode(unit);
          else problem = 'InvalidUnicode';
        } else {
          problem = 'InvalidEscapeCharacter';
        }
        chunkStart = pos;
        continue;
      }
      if (code <= 0x1f) {
        if (code === LF || code === CR) {
          problem = 'UnexpectedEndOfString';
          break;
        }
        problem = 'InvalidCharacter';
      }
      pos++;
    }
    this.pos = this.end = pos;
    this.decodedHead = value;
    this.tailStart = chunkStart;
    this.tailEnd = tailEnd < 0 ? pos : tailEnd;
    if (problem !== undefined) this.report(problem, this.start, pos - this.start);
    return (this.token = Token.String);
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/** Characters that continue a bare word: anything but whitespace, line breaks, brackets, quotes, `:`, `,` and `/`. */
function isWordCharacter(code: number): boolean {
  switch (code) {
    case SPACE: case TAB: case LF: case CR:
    case 0x7b: case 0x7d: case 0x5b: case 0x5d: case QUOTE: case 0x3a: case 0x2c: case SLASH:
      return false;
    default:
      return true;
  }
}
