// JSON string tokens → StringLiteral: the decoded value plus a map from decoded offsets back to
// the raw characters, so escapes (`\"`, `\u0024`) never shift a reported range. A class with a
// prototype method, not a closure per literal: a large file has tens of thousands of strings.
import type { Node as JsonNode } from 'jsonc-parser';
import type { StringLiteral } from './model';
import type { OffsetRange } from '../text';

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t',
};

class Literal implements StringLiteral {
  constructor(
    readonly value: string,
    readonly range: OffsetRange,
    /** Raw offset of each decoded character plus the end; absent when there are no escapes. */
    private readonly table: readonly number[] | undefined,
  ) {}

  sourceOffset(i: number): number {
    const k = i < 0 ? 0 : i > this.value.length ? this.value.length : i;
    return this.table === undefined ? this.range.start + 1 + k : this.table[k];
  }
}

/** The literal of a string node, or undefined for any other node. */
export function stringLiteralOf(text: string, node: JsonNode | undefined): StringLiteral | undefined {
  if (node?.type !== 'string') return undefined;
  return stringLiteral(text, node.offset, node.length, typeof node.value === 'string' ? node.value : '');
}

export function stringLiteral(text: string, offset: number, length: number, parsedValue: string): StringLiteral {
  const range = { start: offset, end: offset + length };
  // Fast path, the common case: no escapes, so decoded offsets are raw offsets shifted by the quote.
  const closed = length >= 2 && text.charCodeAt(offset + length - 1) === 0x22;
  const rawContent = text.slice(offset + 1, offset + length - (closed ? 1 : 0));
  if (parsedValue === rawContent) return new Literal(parsedValue, range, undefined);
  const decoded = decode(text, offset + 1, offset + length);
  return new Literal(decoded.value, range, decoded.table);
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
