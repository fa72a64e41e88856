// JSON string tokens → StringLiteral: the decoded value plus a map from decoded offsets back to
// the raw characters, so escapes (`\"`, `\u0024`) never shift a reported range. A large file has
// tens of thousands of strings, so a literal is one small object: no closure, no reference to the text,
// and its range is made only when asked for, from its node's offset: a literal of an operation that
// a keystroke moved (json/reuse.ts) is still right.
import type { Node as JsonNode } from 'jsonc-parser';
import type { StringLiteral } from './model';
import type { OffsetRange } from '../text';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

/** Where a string token stands. A tree node is one: a literal made over it moves when its node moves (json/nodes.ts shiftTree). */
interface TokenSpan {
  readonly offset: number;
  readonly length: number;
}

class Literal implements StringLiteral {
  constructor(
    private readonly token: TokenSpan,
    readonly value: string,
    /**
     * Offset from the token's start of each decoded character plus the end; undefined when there
     * are no escapes (decoded offsets then shifted by the quote).
     */
    private readonly table: readonly number[] | undefined,
  ) {}

  get range(): OffsetRange {
    return { start: this.token.offset, end: this.token.offset + this.token.length };
  }

  sourceOffset(i: number): number {
    const k = i < 0 ? 0 : i > this.value.length ? this.value.length : i;
    return this.token.offset + (this.table === undefined ? 1 + k : this.table[k]);
  }
}

/** The literal of a string node, or undefined for any other node. It follows the node when the node moves. */
export function stringLiteralOf(text: string, node: JsonNode | undefined): StringLiteral | undefined {
  if (node?.type !== 'string') return undefined;
  return literalOf(text, node, typeof node.value === 'string' ? node.value : '');
}

/** The literal of the string token (or its start) at offset..offset+length of text. */
export function stringLiteral(text: string, offset: number, length: number, parsedValue: string): StringLiteral {
  return literalOf(text, { offset, length }, parsedValue);
}

function literalOf(text: string, token: TokenSpan, parsedValue: string): StringLiteral {
  const { offset, length } = token;
  // The common case, checked without building a string: no escapes, so the parser's value is the raw text.
  const closed = length >= 2 && text.charCodeAt(offset + length - 1) === 0x22;
  const rawLength = length - (closed ? 2 : 1);
  if (rawLength === parsedValue.length && text.startsWith(parsedValue, offset + 1)) return new Literal(token, parsedValue, undefined);
  const decoded = decode(text, offset, offset + length);
  return new Literal(token, decoded.value, decoded.table);
}

/** The string token at start..tokenEnd decoded, with each character's offset from start. */
function decode(text: string, start: number, tokenEnd: number): { value: string; table: number[] } {
  let value = '';
  const table: number[] = [];
  let i = start + 1;
  while (i < tokenEnd) {
    const ch = text[i];
    if (ch === '"') break;
    table.push(i - start);
    const simple = ch === '\\' ? SIMPLE_ESCAPES[text[i + 1]] : undefined;
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (ch === '\\' && text[i + 1] === 'u' && isHexRun(text, i + 2, 4)) {
      value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      // A plain character, or an invalid escape (reported as a syntax error) kept as written.
      value += ch;
      i += 1;
    }
  }
  table.push(i - start);
  return { value, table };
}

function isHexRun(text: string, from: number, count: number): boolean {
  if (from + count > text.length) return false;
  for (let k = from; k < from + count; k++) if (!isHex(text.charCodeAt(k))) return false;
  return true;
}

function isHex(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
