// JSON string tokens → StringLiteral: the decoded value plus a map from decoded offsets back to
// the raw characters, so escapes (`\"`, `\u0024`) never shift a reported range. A large file has
// tens of thousands of strings, so a literal is one small object: no closure, no copy of the text,
// and its range is made only when asked for.
import type { Node as JsonNode } from 'jsonc-parser';
import type { StringLiteral } from './model';
import type { OffsetRange } from '../text';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

class Literal implements StringLiteral {
  readonly value: string;
  /**
   * Raw offset of each decoded character plus the end: undefined when there are no escapes (raw
   * offsets are decoded ones shifted by the quote), null until first needed.
   */
  private table: readonly number[] | undefined | null;

  constructor(
    private readonly text: string,
    private readonly offset: number,
    private readonly length: number,
    parsedValue: string,
  ) {
    // The common case, checked without building a string: no escapes, so the parser's value is the raw text.
    const closed = length >= 2 && text.charCodeAt(offset + length - 1) === 0x22;
    const rawLength = length - (closed ? 2 : 1);
    if (rawLength === parsedValue.length && text.startsWith(parsedValue, offset + 1)) {
      this.value = parsedValue;
      this.table = undefined;
    } else {
      const decoded = decode(text, offset + 1, offset + length);
      this.value = decoded.value;
      this.table = decoded.table;
    }
  }

  get range(): OffsetRange {
    return { start: this.offset, end: this.offset + this.length };
  }

  sourceOffset(i: number): number {
    const k = i < 0 ? 0 : i > this.value.length ? this.value.length : i;
    if (this.table === null) this.table = decode(this.text, this.offset + 1, this.offset + this.length).table;
    return this.table === undefined ? this.offset + 1 + k : this.table[k];
  }
}

/** The literal of a string node, or undefined for any other node. */
export function stringLiteralOf(text: string, node: JsonNode | undefined): StringLiteral | undefined {
  if (node?.type !== 'string') return undefined;
  return new Literal(text, node.offset, node.length, typeof node.value === 'string' ? node.value : '');
}

export function stringLiteral(text: string, offset: number, length: number, parsedValue: string): StringLiteral {
  return new Literal(text, offset, length, parsedValue);
}

function decode(text: string, from: number, tokenEnd: number): { value: string; table: number[] } {
  let value = '';
  const table: number[] = [];
  let i = from;
  while (i < tokenEnd) {
    const ch = text[i];
    if (ch === '"') break;
    table.push(i);
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
  table.push(i);
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
