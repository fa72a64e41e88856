// The lexical pieces of a JSONPath (RFC 9535 §2.3): quoted names, integers, member-name
// characters. They report a problem by throwing ParseFailure, which parseJsonPath catches, so the
// happy path stays a plain forward scan.
import type { JsonPathError } from './types';

export class ParseFailure {
  constructor(readonly error: JsonPathError) {}
}

export function fail(message: string, offset: number, length: number): never {
  throw new ParseFailure({ message, offset, length });
}

/** RFC 9535 blank space: space, tab, line feed, carriage return. */
export function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** name-first: ALPHA, "_" or any non-ASCII character (surrogates are checked as pairs by the caller). */
export function isNameFirst(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code >= 0x80;
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** How a character looks in a message: quoted, or described when it is invisible. */
export function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the path';
  const code = text.charCodeAt(offset);
  if (isBlank(code)) return 'whitespace';
  if (code < 0x20) return 'a control character';
  return `'${String.fromCodePoint(text.codePointAt(offset) ?? code)}'`;
}

/** Length (1 or 2 UTF-16 units) of the character at offset, for error spans. */
export function charLength(text: string, offset: number): number {
  if (offset >= text.length) return 0;
  return isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? 2 : 1;
}

/** I-JSON's exact integer range, which RFC 9535 requires of indices and slice bounds. */
const MAX_EXACT = 9007199254740991;

/** Reads `0` / `-?[1-9][0-9]*` at `start`; returns the value and the offset after it. */
export function readInteger(text: string, start: number): { value: number; end: number } {
  let pos = start;
  if (text.charCodeAt(pos) === 0x2b /* + */) fail("Write the number without '+'", pos, 1);
  const negative = text.charCodeAt(pos) === 0x2d; /* - */
  if (negative) pos++;
  const digitsStart = pos;
  while (isDigit(text.charCodeAt(pos))) pos++;
  if (pos === digitsStart) {
    const what = negative && isBlank(text.charCodeAt(pos)) ? "No space is allowed after '-'" : `Expected a digit but found ${describeChar(text, pos)}`;
    fail(what, pos, charLength(text, pos));
  }
  const digits = text.slice(digitsStart, pos);
  if (digits.length > 1 && digits.charCodeAt(0) === 0x30) fail('A number cannot have leading zeros', start, pos - start);
  if (negative && digits === '0') fail("'-0' is not a valid number; write 0", start, pos - start);
  if (text.charCodeAt(pos) === 0x2e /* . */ && isDigit(text.charCodeAt(pos + 1))) {
    fail('An index must be a whole number', start, pos + 1 - start);
  }
  const value = Number(digits);
  if (digits.length > 16 || value > MAX_EXACT) {
    fail(`The number is too large (at most ${MAX_EXACT} either way)`, start, pos - start);
  }
  return { value: negative ? -value : value, end: pos };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '/': '/', '\\': '\\' };

/** Reads a quoted name starting at the quote; RFC 9535 escapes, no raw control characters. */
export function readStringLiteral(text: string, start: number): { value: string; end: number } {
  const quote = text.charCodeAt(start);
  let value = '';
  let runStart = start + 1;
  let pos = runStart;
  for (;;) {
    if (pos >= text.length) fail('This quoted name is missing its closing quote', start, pos - start);
    const code = text.charCodeAt(pos);
    if (code === quote) return { value: value + text.slice(runStart, pos), end: pos + 1 };
    if (code < 0x20) fail('A control character in a quoted name must be escaped (e.g. \\n)', pos, 1);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(pos + 1))) {
      pos += 2;
    } else if (isHighSurrogate(code) || isLowSurrogate(code)) {
      fail('Incomplete Unicode character (a lone surrogate)', pos, 1);
    } else if (code === 0x5c /* \ */) {
      value += text.slice(runStart, pos);
      const escaped = readEscape(text, pos, quote);
      value += escaped.value;
      pos = runStart = escaped.end;
    } else {
      pos++;
    }
  }
}

function readEscape(text: string, start: number, quote: number): { value: string; end: number } {
  const letter = text.charAt(start + 1);
  if (letter.charCodeAt(0) === quote) return { value: letter, end: start + 2 };
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) return { value: simple, end: start + 2 };
  if (letter !== 'u') {
    const quoteChar = String.fromCharCode(quote);
    fail(
      `Invalid escape '\\${letter}'. Use \\b \\f \\n \\r \\t \\/ \\\\ \\${quoteChar} or \\uXXXX`,
      start,
      Math.min(2, text.length - start),
    );
  }
  const first = readHex4(text, start);
  if (isLowSurrogate(first)) fail('\\u escape of a lone low surrogate', start, 6);
  if (!isHighSurrogate(first)) return { value: String.fromCharCode(first), end: start + 6 };
  const second = text.startsWith('\\u', start + 6) ? readHex4(text, start + 6) : -1;
  if (!isLowSurrogate(second)) fail('A \\u escape of a high surrogate must be followed by a \\u escape of a low surrogate', start, 6);
  return { value: String.fromCharCode(first, second), end: start + 12 };
}

/** The four hex digits after `\u` at `start`. */
function readHex4(text: string, start: number): number {
  const hex = text.slice(start + 2, start + 6);
  if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('\\u must be followed by exactly four hex digits', start, Math.min(6, text.length - start));
  return parseInt(hex, 16);
}
