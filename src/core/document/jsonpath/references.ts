// Finds `{result=NAME:JSONPATH}` references in a relative_url, body or header string. In a form
// body or query the reference may itself be percent-encoded (`%7Bresult%3Dx%3A%24.id%7D`), which
// the scanner reads through when asked.

export interface FoundReference {
  /** The operation name as decoded. */
  readonly name: string;
  /** The JSONPath as decoded; empty when the reference has no `:` (e.g. `{result=x}`). */
  readonly path: string;
  /** Offsets in the scanned text: the whole reference, `{` to `}` inclusive-exclusive. */
  readonly start: number;
  readonly end: number;
  /** Offset in the scanned text where the name starts. */
  readonly nameStart: number;
  /** Offset in the scanned text of the path's decoded character i (0 ≤ i ≤ path.length). */
  pathOffset(i: number): number;
}

export interface ScanOptions {
  /** The text is a form body or query string: read through percent-encoding and `+`. */
  readonly formEncoded?: boolean;
}

const PREFIX = '{result=';

export function findResultReferences(text: string, options: ScanOptions = {}): FoundReference[] {
  const decode = options.formEncoded === true;
  const found: FoundReference[] = [];
  let from = 0;
  while (from < text.length) {
    const candidate = decode ? nextEncodedCandidate(text, from) : text.indexOf(PREFIX, from);
    if (candidate < 0) break;
    const reference = readReference(text, candidate, decode);
    if (reference) found.push(reference);
    from = reference ? reference.end : candidate + 1;
  }
  return found;
}

function nextEncodedCandidate(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7b || code === 0x25) return i;
  }
  return -1;
}

/** One decoded character: ASCII from `%XX` or `+` when decoding, else the raw UTF-16 unit. */
interface Unit {
  readonly char: string;
  /** Set for a percent-encoded byte ≥ 0x80 (part of a UTF-8 sequence). */
  readonly byte?: number;
  readonly next: number;
}

function readUnit(text: string, i: number, decode: boolean): Unit {
  const char = text.charAt(i);
  if (decode) {
    if (char === '+') return { char: ' ', next: i + 1 };
    if (char === '%' && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      const byte = parseInt(text.slice(i + 1, i + 3), 16);
      return byte < 0x80 ? { char: String.fromCharCode(byte), next: i + 3 } : { char: '', byte, next: i + 3 };
    }
  }
  return { char, next: i + 1 };
}

function isHex(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

function readReference(text: string, start: number, decode: boolean): FoundReference | undefined {
  let pos = start;
  for (const expected of PREFIX) {
    const unit = readUnit(text, pos, decode);
    if (unit.char !== expected) return undefined;
    pos = unit.next;
  }
  const nameStart = pos;
  const name = decodeUntil(text, pos, decode, (char) => char === ':' || char === '}');
  if (name.stop === undefined) return undefined;
  if (name.stop.char === '}') {
    const pathAt = name.stopAt;
    return { name: name.value, path: '', start, end: name.stop.next, nameStart, pathOffset: () => pathAt };
  }
  const path = decodeUntil(text, name.stop.next, decode, closesReference());
  if (path.stop === undefined) return undefined;
  const offsets = path.offsets;
  return { name: name.value, path: path.value, start, end: path.stop.next, nameStart, pathOffset: (i) => offsets[i] ?? path.stopAt };
}

/** A stop test for the path: the first `}` outside a quoted name. */
function closesReference(): (char: string) => boolean {
  let quote = '';
  let escaped = false;
  return (char) => {
    if (escaped) {
      escaped = false;
    } else if (quote !== '') {
      if (char === '\\') escaped = true;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"') {
      quote = char;
    } else {
      return char === '}';
    }
    return false;
  };
}

interface Decoded {
  readonly value: string;
  /** Raw offset of each decoded character, plus one entry for the end. */
  readonly offsets: number[];
  readonly stop?: Unit;
  readonly stopAt: number;
}

/** Decodes from `pos` until `isStop` says so (the stop unit is not included) or the text ends. */
function decodeUntil(text: string, pos: number, decode: boolean, isStop: (char: string) => boolean): Decoded {
  let value = '';
  const offsets: number[] = [];
  let bytes: number[] = [];
  let bytesAt = pos;
  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    const chars = new TextDecoder().decode(new Uint8Array(bytes));
    for (let k = 0; k < chars.length; k++) offsets.push(bytesAt);
    value += chars;
    bytes = [];
  };
  while (pos < text.length) {
    const unit = readUnit(text, pos, decode);
    if (unit.byte !== undefined) {
      if (bytes.length === 0) bytesAt = pos;
      bytes.push(unit.byte);
    } else {
      flushBytes();
      if (isStop(unit.char)) {
        offsets.push(pos);
        return { value, offsets, stop: unit, stopAt: pos };
      }
      value += unit.char;
      offsets.push(pos);
    }
    pos = unit.next;
  }
  flushBytes();
  offsets.push(pos);
  return { value, offsets, stopAt: pos };
}
