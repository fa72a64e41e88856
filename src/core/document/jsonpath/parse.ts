// Parser of the JSONPath dialect of batch references: RFC 9535 minus filters, plus Goessner's
// dotted numbers (`$.data.0.name`), which the Graph API documents. Runs on every keystroke, so it is
// a single forward scan with no backtracking, and it never throws: problems come back as data.
import type { JsonPathParseResult, Segment, Selector } from './types';
import {
  ParseFailure,
  charLength,
  describeChar,
  fail,
  isBlank,
  isDigit,
  isHighSurrogate,
  isLowSurrogate,
  isNameFirst,
  readInteger,
  readStringLiteral,
} from './literals';

const WHY_NOT_ALLOWED = 'not allowed in batch references (the Graph API forbids them for security)';

export function parseJsonPath(source: string): JsonPathParseResult {
  try {
    return { ok: true, path: { source, segments: parseSegments(source) } };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.error };
    throw error;
  }
}

function parseSegments(text: string): Segment[] {
  if (text.length === 0) fail("Expected a JSONPath starting with '$'", 0, 0);
  if (text.charCodeAt(0) !== 0x24 /* $ */) {
    if (isBlank(text.charCodeAt(0))) fail("A path cannot start with whitespace; start it with '$'", 0, 1);
    fail(`A path must start with '$' (the root of the result), not ${describeChar(text, 0)}`, 0, charLength(text, 0));
  }
  const segments: Segment[] = [];
  let pos = 1;
  for (;;) {
    const blankStart = pos;
    while (isBlank(text.charCodeAt(pos))) pos++;
    if (pos >= text.length) {
      if (pos > blankStart) fail('A path cannot end with whitespace', blankStart, pos - blankStart);
      return segments;
    }
    const segment = parseSegment(text, pos);
    segments.push(segment);
    pos = segment.end;
  }
}

function parseSegment(text: string, start: number): Segment {
  const code = text.charCodeAt(start);
  if (code === 0x5b /* [ */) return parseBrackets(text, start, start, 'child');
  if (code !== 0x2e /* . */) {
    if (code === 0x3f /* ? */ || code === 0x28 /* ( */) rejectFilterOrScript(text, start);
    fail(`Expected '.', '..' or '[' but found ${describeChar(text, start)}`, start, charLength(text, start));
  }
  if (text.charCodeAt(start + 1) === 0x2e) {
    const after = start + 2;
    if (text.charCodeAt(after) === 0x5b) return parseBrackets(text, start, after, 'descendant');
    return parseShorthand(text, start, after, 'descendant', "Expected a name, index, * or [ after '..'");
  }
  return parseShorthand(text, start, start + 1, 'child', "Expected a name, index or * after '.'");
}

/** `.name`, `.*` or `.0` (and the same after `..`); `pos` is just after the dot(s). */
function parseShorthand(text: string, start: number, pos: number, kind: Segment['kind'], expected: string): Segment {
  const code = text.charCodeAt(pos);
  if (code === 0x2a /* * */) return { kind, selectors: [{ kind: 'wildcard' }], start, end: pos + 1 };
  if (isDigit(code)) {
    const { name, end } = readDottedNumber(text, pos);
    return { kind, selectors: [{ kind: 'name', name, arrayIndex: Number(name) }], start, end };
  }
  if (!isNameFirst(code) || isLowSurrogate(code)) {
    if (code === 0x3f || code === 0x28) rejectFilterOrScript(text, pos);
    const hint = isBlank(code) ? ' (no whitespace is allowed here)' : pos < text.length ? ` but found ${describeChar(text, pos)}` : '';
    fail(expected + hint, pos, charLength(text, pos));
  }
  let end = pos;
  for (;;) {
    const c = text.charCodeAt(end);
    if (isHighSurrogate(c)) {
      if (!isLowSurrogate(text.charCodeAt(end + 1))) fail('Incomplete Unicode character (a lone surrogate)', end, 1);
      end += 2;
    } else if (isLowSurrogate(c)) {
      fail('Incomplete Unicode character (a lone surrogate)', end, 1);
    } else if (isNameFirst(c) || isDigit(c)) {
      end++;
    } else {
      break;
    }
  }
  return { kind, selectors: [{ kind: 'name', name: text.slice(pos, end) }], start, end };
}

/** Goessner's `.0`: digits only, no leading zeros, and not the start of a name such as `.1a`. */
function readDottedNumber(text: string, pos: number): { name: string; end: number } {
  let end = pos;
  while (isDigit(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  if (isNameFirst(next)) {
    let nameEnd = end;
    while (isNameFirst(text.charCodeAt(nameEnd)) || isDigit(text.charCodeAt(nameEnd))) nameEnd++;
    const name = text.slice(pos, nameEnd);
    fail(`A name after '.' cannot start with a digit; write it in brackets: ['${name}']`, pos, nameEnd - pos);
  }
  // Cut the text at the digits so that a following `.name` is not read as a decimal point.
  const { value } = readInteger(text.slice(0, end), pos);
  return { name: String(value), end };
}

/** `[sel, sel, ...]`; `open` is the offset of `[`, `start` that of the whole segment. */
function parseBrackets(text: string, start: number, open: number, kind: Segment['kind']): Segment {
  const selectors: Selector[] = [];
  let pos = open + 1;
  for (;;) {
    while (isBlank(text.charCodeAt(pos))) pos++;
    if (text.charCodeAt(pos) === 0x5d /* ] */) {
      const what = selectors.length === 0 ? 'Empty brackets: put a quoted name, an index, a slice or * inside [ ]' : "Expected a selector after ','";
      fail(what, selectors.length === 0 ? open : pos, selectors.length === 0 ? pos + 1 - open : 1);
    }
    const selector = parseSelector(text, pos);
    selectors.push(selector.selector);
    pos = selector.end;
    while (isBlank(text.charCodeAt(pos))) pos++;
    const code = text.charCodeAt(pos);
    if (code === 0x5d) return { kind, selectors, start, end: pos + 1 };
    if (code === 0x2c /* , */) {
      pos++;
      continue;
    }
    if (pos >= text.length) fail("Missing ']' to close '['", open, 1);
    fail(`Expected ',' or ']' but found ${describeChar(text, pos)}`, pos, charLength(text, pos));
  }
}

function parseSelector(text: string, pos: number): { selector: Selector; end: number } {
  const code = text.charCodeAt(pos);
  if (code === 0x27 || code === 0x22) {
    const literal = readStringLiteral(text, pos);
    return { selector: { kind: 'name', name: literal.value }, end: literal.end };
  }
  if (code === 0x2a) return { selector: { kind: 'wildcard' }, end: pos + 1 };
  if (code === 0x3f || code === 0x28) rejectFilterOrScript(text, pos);
  if (code === 0x40 /* @ */) fail(`'@' belongs to filter expressions, which are ${WHY_NOT_ALLOWED}`, pos, 1);
  if (code === 0x24) fail("A nested path starting with '$' cannot stand inside [ ]", pos, 1);
  if (code === 0x3a /* : */ || code === 0x2d || code === 0x2b || isDigit(code)) return parseIndexOrSlice(text, pos);
  if (pos >= text.length) fail("Missing ']' to close '['", pos, 0);
  fail(`Expected a quoted name, an index, a slice or * inside [ ] but found ${describeChar(text, pos)}`, pos, charLength(text, pos));
}

/** `index` or `[start] : [end] [: [step]]`, with blanks around the colons. */
function parseIndexOrSlice(text: string, pos: number): { selector: Selector; end: number } {
  let start: number | undefined;
  if (text.charCodeAt(pos) !== 0x3a) {
    const index = readInteger(text, pos);
    start = index.value;
    pos = index.end;
    const afterBlank = skipBlank(text, pos);
    if (text.charCodeAt(afterBlank) !== 0x3a) return { selector: { kind: 'index', index: start }, end: pos };
    pos = afterBlank;
  }
  pos = skipBlank(text, pos + 1);
  let end: number | undefined;
  if (startsInteger(text, pos)) {
    const read = readInteger(text, pos);
    end = read.value;
    pos = skipBlank(text, read.end);
  }
  let step: number | undefined;
  if (text.charCodeAt(pos) === 0x3a) {
    const stepAt = skipBlank(text, pos + 1);
    if (startsInteger(text, stepAt)) {
      const read = readInteger(text, stepAt);
      step = read.value;
      pos = read.end;
    } else {
      pos++;
    }
  }
  return { selector: { kind: 'slice', start, end, step }, end: pos };
}

function startsInteger(text: string, pos: number): boolean {
  const code = text.charCodeAt(pos);
  return code === 0x2d || code === 0x2b || isDigit(code);
}

function skipBlank(text: string, pos: number): number {
  while (isBlank(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Fails with the span of the whole `?...` / `(...)` up to its closing `]`, so the editor marks all of it. */
function rejectFilterOrScript(text: string, pos: number): never {
  const length = extentToClosingBracket(text, pos) - pos;
  if (text.charCodeAt(pos) === 0x3f) fail(`Filter expressions ?(...) are ${WHY_NOT_ALLOWED}`, pos, length);
  fail(`Script expressions (...) are ${WHY_NOT_ALLOWED}`, pos, length);
}

function extentToClosingBracket(text: string, pos: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = pos; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === 0x5c) i++;
      else if (code === quote) quote = 0;
    } else if (code === 0x27 || code === 0x22) {
      quote = code;
    } else if (code === 0x5b || code === 0x28) {
      depth++;
    } else if (code === 0x29 || code === 0x5d) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return text.length;
}
