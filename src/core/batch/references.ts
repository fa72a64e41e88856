// Which operations an operation needs (depends_on and `{result=NAME:...}`), and client-side
// resolution of those references from results we already hold. The JSONPath itself is core/document's.
import { findResultReferences, substituteResultReferences, type ReferenceTarget } from '../document/jsonpath';
import { BatchInputError } from './errors';
import type { OperationSpec } from './spec';

type Lookup = (name: string) => ReferenceTarget;

/** Each string of an operation that may hold references, and whether it is form-encoded. */
function referenceTexts(op: OperationSpec): { text: string; formEncoded: boolean }[] {
  const texts = [{ text: op.relative_url, formEncoded: true }];
  if (typeof op.body === 'string') texts.push({ text: op.body, formEncoded: true });
  else if (op.body) {
    for (const value of Object.values(op.body)) {
      texts.push({ text: typeof value === 'string' ? value : JSON.stringify(value) ?? '', formEncoded: false });
    }
  }
  for (const header of op.headers ?? []) texts.push({ text: header, formEncoded: false });
  return texts;
}

/** Names this operation's strings reference with `{result=NAME:...}`. */
export function referencedNames(op: OperationSpec): Set<string> {
  const names = new Set<string>();
  for (const { text, formEncoded } of referenceTexts(op)) {
    if (!text.includes('result')) continue; // cheap skip: most strings hold no reference
    for (const reference of findResultReferences(text, { formEncoded })) names.add(reference.name);
  }
  return names;
}

/** Names this operation waits for: its depends_on and every referenced name. */
export function parentNames(op: OperationSpec): Set<string> {
  const names = referencedNames(op);
  const dependsOn = op.depends_on?.trim();
  if (dependsOn) names.add(dependsOn);
  return names;
}

function substitute(text: string, lookup: Lookup, formEncoded: boolean): string {
  const result = substituteResultReferences(text, lookup, { formEncoded });
  if (!result.ok) throw new BatchInputError(result.problem.message);
  return result.text;
}

/**
 * The operation with the references that `lookup` knows filled in on the client; references it
 * does not know are kept for the server. Throws BatchInputError when a known result
 * does not fit the path.
 */
export function resolveKnownReferences(op: OperationSpec, lookup: Lookup): OperationSpec {
  const fill = (text: string, formEncoded: boolean): string => {
    let out = '';
    let copied = 0;
    for (const ref of findResultReferences(text, { formEncoded })) {
      if (lookup(ref.name).kind === 'unknown') continue;
      out += text.slice(copied, ref.start) + substitute(text.slice(ref.start, ref.end), lookup, formEncoded);
      copied = ref.end;
    }
    return copied === 0 ? text : out + text.slice(copied);
  };
  const body =
    typeof op.body === 'string' || op.body === undefined
      ? op.body && fill(op.body, true)
      : Object.fromEntries(Object.entries(op.body).map(([k, v]) => [k, typeof v === 'string' ? fill(v, false) : v]));
  return { ...op, relative_url: fill(op.relative_url, true), body, headers: op.headers?.map((h) => fill(h, false)) };
}
