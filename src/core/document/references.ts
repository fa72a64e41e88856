// Finds `{result=NAME:JSONPATH}` references and `{{token:NAME}}` placeholders in string values,
// reporting every range in source offsets. References are read by the same scanner the runner
// resolves them with, so the editor and a run never disagree about what a reference is.
import { TOKEN_MARK, TOKEN_PLACEHOLDER } from '../batch/spec';
import { findResultReferences, parseJsonPath, RESULT_OPEN, type FoundReference, type JsonPathParseResult } from './jsonpath';
import { memoize } from './memo';
import type { ResultReference, StringLiteral, TokenPlaceholder } from './model';
import type { OffsetRange } from '../text';

// What the scanner and the JSONPath parser find depends on the string alone, and their results
// are immutable, so they are shared by every parse (offsets are relative to the string) and by
// the runner, which reads the strings that the validation before each run has just scanned.
const MEMO_LIMIT = 20_000;
const parseJsonPathOnce = memoize(parseJsonPath, MEMO_LIMIT);
/** The references in a text read as it is (a header, an object body's value), memoized. Read-only. */
export const referencesIn = memoize((text) => findResultReferences(text), MEMO_LIMIT);
/** The references in a form-encoded text (a string body), read through escapes, memoized. Read-only. */
export const referencesInForm = memoize((text) => findResultReferences(text, { formEncoded: true }), MEMO_LIMIT);

/**
 * A span of a string literal's decoded text, in source offsets. Computed when asked for, through
 * the literal, so it stays right when a keystroke moves the operation (json/reuse.ts). It is live:
 * the checks copy it into their findings (diagnostics/make.ts).
 */
class LiteralSpan implements OffsetRange {
  constructor(
    private readonly literal: StringLiteral,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get start(): number {
    return this.literal.sourceOffset(this.from);
  }

  get end(): number {
    return this.literal.sourceOffset(this.to);
  }
}

/** A `{{token:NAME}}`; its ranges are plain objects made when asked for, so a caller may keep them. */
class Placeholder implements TokenPlaceholder {
  constructor(
    private readonly literal: StringLiteral,
    private readonly start: number,
    private readonly length: number,
    readonly name: string,
  ) {}

  get range(): OffsetRange {
    return { start: this.literal.sourceOffset(this.start), end: this.literal.sourceOffset(this.start + this.length) };
  }

  get nameRange(): OffsetRange {
    const nameStart = this.start + TOKEN_MARK.length;
    return { start: this.literal.sourceOffset(nameStart), end: this.literal.sourceOffset(nameStart + this.name.length) };
  }
}

/** A found reference mapped to source offsets; ranges are computed when asked for. */
class Reference implements ResultReference {
  readonly name: string;
  readonly path: string;
  readonly parsed: JsonPathParseResult;

  constructor(
    private readonly literal: StringLiteral,
    private readonly found: FoundReference,
    readonly inProperty: ResultReference['inProperty'],
    readonly formEncoded: boolean,
  ) {
    this.name = found.name;
    this.path = found.path;
    this.parsed = parseJsonPathOnce(found.path);
  }

  get range(): OffsetRange {
    return { start: this.literal.sourceOffset(this.found.start), end: this.literal.sourceOffset(this.found.end) };
  }

  get nameRange(): OffsetRange {
    const { found, literal } = this;
    return {
      start: literal.sourceOffset(found.nameStart),
      end: literal.sourceOffset(nameEnd(literal.value, found.nameStart, found.pathOffset(0))),
    };
  }

  get pathRange(): OffsetRange {
    return { start: this.literal.sourceOffset(this.found.pathOffset(0)), end: this.pathSourceOffset(this.found.path.length) };
  }

  pathSourceOffset(i: number): number {
    const k = i < 0 ? 0 : i > this.found.path.length ? this.found.path.length : i;
    return this.literal.sourceOffset(this.found.pathOffset(k));
  }
}

/**
 * Whether a string value can hold a reference at all (checked before building a literal).
 * `formEncoded`: the text is form-encoded, so a reference in it may itself be percent-encoded.
 */
export function mayHoldReferences(value: string, formEncoded: boolean): boolean {
  return value.includes('{') || (formEncoded && value.includes('%'));
}

/**
 * The references of a string, read as the server reads it: a relative_url and a string body are
 * form-encoded text, decoded before references are resolved (`formEncoded`); a header and an object
 * body's values reach the server as written. The runner reads them the same way (batch/references.ts).
 */
export function scanReferences(
  literal: StringLiteral,
  inProperty: ResultReference['inProperty'],
  formEncoded: boolean,
  out: ResultReference[],
  unclosed: OffsetRange[],
): void {
  const text = literal.value;
  if (!mayHoldReferences(text, formEncoded)) return;
  const found = formEncoded ? referencesInForm(text) : referencesIn(text);
  for (const reference of found) out.push(new Reference(literal, reference, inProperty, formEncoded));
  findUnclosed(literal, found, unclosed);
}

/** Literal `{result=` openings that start no reference the scanner accepted. */
function findUnclosed(literal: StringLiteral, found: readonly FoundReference[], out: OffsetRange[]): void {
  const text = literal.value;
  let k = 0;
  for (let at = text.indexOf(RESULT_OPEN); at >= 0; at = text.indexOf(RESULT_OPEN, at + 1)) {
    while (k < found.length && found[k].end <= at) k++;
    if (k < found.length && found[k].start <= at) continue;
    out.push(new LiteralSpan(literal, at, at + RESULT_OPEN.length));
  }
}

/** Where the name ends: before the `:` (or `%3A`) that starts the path; at the `}` when there is no path. */
function nameEnd(text: string, nameStart: number, pathStart: number): number {
  if (text.charAt(pathStart - 1) === ':') return pathStart - 1;
  if (pathStart - 3 >= nameStart && text.slice(pathStart - 3, pathStart).toUpperCase() === '%3A') return pathStart - 3;
  return pathStart;
}

export function scanPlaceholders(literal: StringLiteral, out: TokenPlaceholder[]): void {
  const text = literal.value;
  if (!text.includes(TOKEN_MARK)) return;
  for (const match of text.matchAll(TOKEN_PLACEHOLDER)) out.push(new Placeholder(literal, match.index, match[0].length, match[1]));
}
