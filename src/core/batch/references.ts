// Which operations an operation needs (depends_on and `{result=NAME:...}`), and client-side
// resolution of those references from results we already hold. The JSONPath itself is core/document's.
import { findResultReferences, substituteResultReferences, type FoundReference, type ReferenceTarget } from '../document/jsonpath';
import { BatchInputError } from './errors';
import type { OperationSpec } from './spec';

type Lookup = (name: string) => ReferenceTarget;

/** One object-body value as the encoder writes it, and the references in it. */
export interface BodyValueScan {
  readonly text: string;
  readonly references: readonly FoundReference[];
}

/** Everything one scan of an operation finds; planning, encoding and retrying all read it. */
export interface OperationScan {
  /** Names its strings reference with `{result=NAME:...}`. */
  readonly referenced: ReadonlySet<string>;
  /** Names it waits for: `referenced` and its depends_on. */
  readonly parents: ReadonlySet<string>;
  /** Object body key → the value's text (nested values as JSON) and its references. */
  readonly body: ReadonlyMap<string, BodyValueScan>;
}

const NO_REFERENCES: readonly FoundReference[] = [];
const NO_BODY: ReadonlyMap<string, BodyValueScan> = new Map();

/** Where a reference could start in a form-encoded text (`{` or a percent-encoded `%7B`), or -1. */
function firstEncodedBrace(text: string): number {
  let first = text.indexOf('{');
  const percent = text.indexOf('%');
  if (percent < 0 || (first >= 0 && percent > first)) return first; // no escape before the first `{`
  for (const at of [text.indexOf('%7B', percent), text.indexOf('%7b', percent)]) {
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

function addEncodedNames(text: string, names: Set<string>): void {
  const from = firstEncodedBrace(text);
  if (from < 0) return; // most strings hold no reference: skip the scan
  const rest = from === 0 ? text : text.slice(from);
  // Without `%` or `+` decoding changes nothing, and the plain scan is the cheaper one.
  const formEncoded = rest.includes('%') || rest.includes('+');
  for (const reference of findResultReferences(rest, formEncoded ? FORM_ENCODED : PLAIN)) names.add(reference.name);
}

const FORM_ENCODED = { formEncoded: true };
const PLAIN = { formEncoded: false };

function plainReferences(text: string): readonly FoundReference[] {
  return text.includes('{result=') ? findResultReferences(text, PLAIN) : NO_REFERENCES;
}

/**
 * Scans of one run's operations, each made once and shared by planning and encoding (operations are
 * immutable, so a scan holds as long as its operation object). Short-lived on purpose: one per run.
 */
export class OperationScans {
  private readonly scans = new Map<OperationSpec, OperationScan>();

  of(op: OperationSpec): OperationScan {
    let scan = this.scans.get(op);
    if (!scan) {
      scan = scanOperation(op);
      this.scans.set(op, scan);
    }
    return scan;
  }
}

/** The operation's references; each string is scanned once. */
export function scanOperation(op: OperationSpec): OperationScan {
  const referenced = new Set<string>();
  addEncodedNames(op.relative_url, referenced);
  let body: ReadonlyMap<string, BodyValueScan> = NO_BODY;
  if (typeof op.body === 'string') addEncodedNames(op.body, referenced);
  else if (op.body) {
    const values = new Map<string, BodyValueScan>();
    body = values;
    for (const [key, value] of Object.entries(op.body)) {
      if (value === undefined) continue;
      const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
      const references = plainReferences(text);
      for (const reference of references) referenced.add(reference.name);
      values.set(key, { text, references });
    }
  }
  for (const header of op.headers ?? []) for (const reference of plainReferences(header)) referenced.add(reference.name);
  const dependsOn = op.depends_on?.trim();
  const parents = dependsOn && !referenced.has(dependsOn) ? new Set([...referenced, dependsOn]) : referenced;
  return { referenced, parents, body };
}

/** Names this operation's strings reference with `{result=NAME:...}`. */
export function referencedNames(op: OperationSpec): ReadonlySet<string> {
  return scanOperation(op).referenced;
}

/** Names this operation waits for: its depends_on and every referenced name. */
export function parentNames(op: OperationSpec): ReadonlySet<string> {
  return scanOperation(op).parents;
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
