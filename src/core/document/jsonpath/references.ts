// Finds `{result=NAME:JSONPATH}` references in a relative_url, body or header string. In a form
// body or query the reference may itself be percent-encoded (`%7Bresult%3Dx%3A%24.id%7D`), which
// the scanner reads through when asked. Scanning works on character codes and slices: it decodes
// (and records per-character offsets) only for a part that holds a `%` or `+` escape.

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

/** How every `{result=NAME:JSONPATH}` reference starts, as written (not percent-encoded). */
export const RESULT_OPEN = '{result=';
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COLON = 0x3a;
const PERCENT = 0x25;
const PLUS = 0x2b;
const SPACE = 0x20;
const BACKSLASH = 0x5c;
const SINGLE_QUOTE = 0x27;
const DOUBLE_QUOTE = 0x22;

export function findResultReferences(text: string, options: ScanOptions = {}): FoundReference[] {
  const decode = options.formEncoded === true;
  const found: FoundReference[] = [];
  let from = 0;
  while (from < text.length) {
    const candidate = decode ? nextEncodedCandidate(text, from) : text.indexOf(RESULT_OPEN, from);
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
    if (code === OPEN_BRACE || code === PERCENT) return i;
  }
  return -1;
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/** The byte of a `%XX` escape at `i`, or -1 when there is none. */
function escapedByte(text: string, i: number): number {
  const high = hexValue(text.charCodeAt(i + 1));
  const low = high < 0 ? -1 : hexValue(text.charCodeAt(i + 2));
  return low < 0 ? -1 : high * 16 + low;
}

/** Offset just after `{result=` read from `start`, or -1 when the text does not say that there. */
function afterPrefix(text: string, start: number, decode: boolean): number {
  let pos = start;
  for (let k = 0; k < RESULT_OPEN.length; k++) {
    let code = text.charCodeAt(pos);
    let width = 1;
    if (decode && code === PLUS) code = SPACE;
    else if (decode && code === PERCENT) {
      const byte = escapedByte(text, pos);
      if (byte >= 0) {
        code = byte; // a byte ≥ 0x80 never matches the ASCII prefix
        width = 3;
      }
    }
    if (code !== RESULT_OPEN.charCodeAt(k)) return -1;
    pos += width;
  }
  return pos;
}

/** Where a part of the reference ends: the name at `:` or `}`, the path at a `}` outside quotes. */
interface Stop {
  /** Called once per decoded ASCII/UTF-16 unit in order (never for multi-byte UTF-8 escapes). */
  stops(code: number): boolean;
  /** Back to the state before the first unit (for a second, decoding read). */
  reset(): void;
}

const NAME_STOP: Stop = { stops: (code) => code === COLON || code === CLOSE_BRACE, reset: () => undefined };

class PathStop implements Stop {
  private quote = -1;
  private escaped = false;

  reset(): void {
    this.quote = -1;
    this.escaped = false;
  }

  stops(code: number): boolean {
    if (this.escaped) this.escaped = false;
    else if (this.quote >= 0) {
      if (code === BACKSLASH) this.escaped = true;
      else if (code === this.quote) this.quote = -1;
    } else if (code === SINGLE_QUOTE || code === DOUBLE_QUOTE) this.quote = code;
    else return code === CLOSE_BRACE;
    return false;
  }
}

interface Part {
  readonly value: string;
  /** Raw offset of each decoded character plus one for the end; undefined when decoding changed nothing. */
  readonly offsets?: readonly number[];
  /** Raw offset of the stop unit (or of the text's end). */
  readonly stopAt: number;
  /** The stop unit's code, or -1 when the text ended first. */
  readonly stopCode: number;
  /** Raw offset just after the stop unit. */
  readonly end: number;
}

function readReference(text: string, start: number, decode: boolean): FoundReference | undefined {
  const nameStart = afterPrefix(text, start, decode);
  if (nameStart < 0) return undefined;
  const name = readPart(text, nameStart, decode, NAME_STOP);
  if (name.stopCode < 0) return undefined;
  if (name.stopCode === CLOSE_BRACE) return new Reference(name.value, '', start, name.end, nameStart, name.stopAt, undefined, name.stopAt);
  const pathStart = name.end;
  const path = readPart(text, pathStart, decode, new PathStop());
  if (path.stopCode < 0) return undefined;
  return new Reference(name.value, path.value, start, path.end, nameStart, pathStart, path.offsets, path.stopAt);
}

/** A found reference. A class, not a literal with a closure: a run scans every string of every operation. */
class Reference implements FoundReference {
  constructor(
    readonly name: string,
    readonly path: string,
    readonly start: number,
    readonly end: number,
    readonly nameStart: number,
    private readonly pathStart: number,
    /** Raw offset of each decoded path character, when decoding changed the path. */
    private readonly offsets: readonly number[] | undefined,
    /** Raw offset of the closing brace. */
    private readonly stopAt: number,
  ) {}

  pathOffset(i: number): number {
    if (this.offsets !== undefined) return this.offsets[i] ?? this.stopAt;
    return Number.isInteger(i) && i >= 0 && i <= this.path.length ? this.pathStart + i : this.stopAt;
  }
}

/**
 * Reads from `pos` up to the stop unit (excluded). The raw text is read first; only when it meets an
 * escape before the stop does the part get decoded, from a reset stop state.
 */
function readPart(text: string, pos: number, decode: boolean, stop: Stop): Part {
  for (let i = pos; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (decode && (code === PLUS || (code === PERCENT && escapedByte(text, i) >= 0))) {
      stop.reset();
      return decodePart(text, pos, stop);
    }
    if (stop.stops(code)) return { value: text.slice(pos, i), stopAt: i, stopCode: code, end: i + 1 };
  }
  return { value: text.slice(pos), stopAt: text.length, stopCode: -1, end: text.length };
}

const utf8 = new TextDecoder();

/** The decoding read of a form-encoded part: `+` is a space, `%XX` a byte, UTF-8 runs decoded together. */
function decodePart(text: string, pos: number, stop: Stop): Part {
  let value = '';
  const offsets: number[] = [];
  let bytes: number[] = [];
  let bytesAt = pos;
  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    const chars = utf8.decode(new Uint8Array(bytes));
    for (let k = 0; k < chars.length; k++) offsets.push(bytesAt);
    value += chars;
    bytes = [];
  };
  let i = pos;
  while (i < text.length) {
    let code = text.charCodeAt(i);
    let width = 1;
    if (code === PLUS) code = SPACE;
    else if (code === PERCENT) {
      const byte = escapedByte(text, i);
      if (byte >= 0x80) {
        if (bytes.length === 0) bytesAt = i;
        bytes.push(byte);
        i += 3;
        continue;
      }
      if (byte >= 0) {
        code = byte;
        width = 3;
      }
    }
    flushBytes();
    if (stop.stops(code)) {
      offsets.push(i);
      return { value, offsets, stopAt: i, stopCode: code, end: i + width };
    }
    value += String.fromCharCode(code);
    offsets.push(i);
    i += width;
  }
  flushBytes();
  offsets.push(i);
  return { value, offsets, stopAt: i, stopCode: -1, end: i };
}
