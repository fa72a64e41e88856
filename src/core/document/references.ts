// Finds `{result=NAME:JSONPATH}` references and `{{token:NAME}}` placeholders in string values,
// reporting every range in source offsets. References are read by the same scanner the runner
// resolves them with, so the editor and a run never disagree about what a reference is.
import { TOKEN_PLACEHOLDER } from '../batch/spec';
import { findResultReferences, parseJsonPath, type FoundReference, type JsonPathParseResult } from './jsonpath';
import type { ResultReference, StringLiteral, TokenPlaceholder } from './model';
import type { OffsetRange } from '../text';

const PLACEHOLDER_OPEN = '{{token:';
const REFERENCE_OPEN = '{result=';

class Reference implements ResultReference {
  readonly range: OffsetRange;
  readonly name: string;
  readonly nameRange: OffsetRange;
  readonly path: string;
  readonly pathRange: OffsetRange;
  readonly parsed: JsonPathParseResult;

  constructor(
    private readonly literal: StringLiteral,
    private readonly found: FoundReference,
    readonly inProperty: ResultReference['inProperty'],
  ) {
    const pathStart = found.pathOffset(0);
    this.range = { start: literal.sourceOffset(found.start), end: literal.sourceOffset(found.end) };
    this.name = found.name;
    this.nameRange = {
      start: literal.sourceOffset(found.nameStart),
      end: literal.sourceOffset(nameEnd(literal.value, found.nameStart, pathStart)),
    };
    this.path = found.path;
    this.pathRange = { start: literal.sourceOffset(pathStart), end: this.pathSourceOffset(found.path.length) };
    this.parsed = parseJsonPath(found.path);
  }

  pathSourceOffset(i: number): number {
    const k = i < 0 ? 0 : i > this.found.path.length ? this.found.path.length : i;
    return this.literal.sourceOffset(this.found.pathOffset(k));
  }
}

export function scanReferences(
  literal: StringLiteral,
  inProperty: ResultReference['inProperty'],
  out: ResultReference[],
  unclosed: OffsetRange[],
): void {
  const text = literal.value;
  // Only a string body is form-encoded text in which a reference may itself be percent-encoded.
  const formEncoded = inProperty === 'body';
  if (!text.includes('{') && !(formEncoded && text.includes('%'))) return;
  const found = findResultReferences(text, { formEncoded });
  for (const reference of found) out.push(new Reference(literal, reference, inProperty));
  findUnclosed(literal, found, unclosed);
}

/** Literal `{result=` openings that start no reference the scanner accepted. */
function findUnclosed(literal: StringLiteral, found: readonly FoundReference[], out: OffsetRange[]): void {
  const text = literal.value;
  let k = 0;
  for (let at = text.indexOf(REFERENCE_OPEN); at >= 0; at = text.indexOf(REFERENCE_OPEN, at + 1)) {
    while (k < found.length && found[k].end <= at) k++;
    if (k < found.length && found[k].start <= at) continue;
    out.push({ start: literal.sourceOffset(at), end: literal.sourceOffset(at + REFERENCE_OPEN.length) });
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
  if (!text.includes(PLACEHOLDER_OPEN)) return;
  for (const match of text.matchAll(TOKEN_PLACEHOLDER)) {
    const start = match.index;
    const nameStart = start + PLACEHOLDER_OPEN.length;
    out.push({
      range: { start: literal.sourceOffset(start), end: literal.sourceOffset(start + match[0].length) },
      name: match[1],
      nameRange: { start: literal.sourceOffset(nameStart), end: literal.sourceOffset(nameStart + match[1].length) },
    });
  }
}
