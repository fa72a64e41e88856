// Runtime resolution of `{result=NAME:JSONPATH}` references, as the Graph API does it: the path must
// select a primitive or a list of primitives, and a list becomes comma-separated values. Shared by
// the local emulator and the client-side runner so both behave the same.
import { evaluateJsonPath } from './evaluate';
import { parseJsonPath } from './parse';
import { findResultReferences, type FoundReference } from './references';
import type { JsonPathError } from './types';

/** What a reference's operation name resolves to: its parsed JSON result, or nothing known. */
export type ReferenceTarget = { readonly kind: 'value'; readonly value: unknown } | { readonly kind: 'unknown' };

export type ReferenceProblemKind = 'unknown-operation' | 'invalid-path' | 'not-primitive' | 'no-match';

export interface ReferenceProblem {
  readonly kind: ReferenceProblemKind;
  /** Plain words for the user; never contains values from the result (they may be private). */
  readonly message: string;
  readonly reference: FoundReference;
  /** For `invalid-path`: the parser's error, offsets within `reference.path`. */
  readonly pathError?: JsonPathError;
}

export type SubstituteResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: ReferenceProblem };

export interface SubstituteOptions {
  /** The text is a form body or query: references may be percent-encoded, values are encoded. */
  readonly formEncoded?: boolean;
}

export function substituteResultReferences(
  text: string,
  lookup: (name: string) => ReferenceTarget,
  options: SubstituteOptions = {},
): SubstituteResult {
  const formEncoded = options.formEncoded === true;
  const references = findResultReferences(text, { formEncoded });
  if (references.length === 0) return { ok: true, text };
  let output = '';
  let copiedUpTo = 0;
  for (const reference of references) {
    const resolved = resolve(reference, lookup);
    if (!resolved.ok) return resolved;
    const parts = formEncoded ? resolved.values.map(encodeFormValue) : resolved.values;
    output += text.slice(copiedUpTo, reference.start) + parts.join(',');
    copiedUpTo = reference.end;
  }
  return { ok: true, text: output + text.slice(copiedUpTo) };
}

type Resolved = { readonly ok: true; readonly values: string[] } | { readonly ok: false; readonly problem: ReferenceProblem };

function resolve(reference: FoundReference, lookup: (name: string) => ReferenceTarget): Resolved {
  const label = `{result=${reference.name}:${reference.path}}`;
  const problem = (kind: ReferenceProblemKind, message: string, pathError?: JsonPathError): Resolved => ({
    ok: false,
    problem: { kind, message, reference, pathError },
  });
  const target = lookup(reference.name);
  if (target.kind === 'unknown') {
    return problem('unknown-operation', `${label} refers to "${reference.name}", but no earlier operation with that name has a result. Check the operation's "name".`);
  }
  const parsed = parseJsonPath(reference.path);
  if (!parsed.ok) return problem('invalid-path', `The path in ${label} is not valid: ${parsed.error.message}`, parsed.error);
  const values: string[] = [];
  for (const node of evaluateJsonPath(parsed.path, target.value)) {
    const items = Array.isArray(node) ? node : [node];
    for (const item of items) {
      const text = primitiveText(item);
      if (text === undefined) {
        return problem(
          'not-primitive',
          `${label} selects an object or a nested list; a reference must select a value or a list of values, e.g. $.data.*.id`,
        );
      }
      values.push(text);
    }
  }
  if (values.length === 0) return problem('no-match', `${label} selects nothing in the result of "${reference.name}".`);
  return { ok: true, values };
}

/** Strings as they are; numbers, booleans and null as JSON writes them. */
function primitiveText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return JSON.stringify(value);
  return undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** application/x-www-form-urlencoded, as the API reads it (a lone surrogate would make encodeURIComponent throw). */
function encodeFormValue(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/%20/g, '+');
}
