// Which operations an operation needs (depends_on and `{result=NAME:...}`), and client-side
// resolution of those references from results we already hold. The JSONPath itself is core/document's.
import { findResultReferences, RESULT_OPEN, substituteResultReferences, type FoundReference, type ReferenceTarget } from '../document/jsonpath';
import { mayHoldReferences, referencesIn, referencesInForm } from '../document/references';
import { BatchInputError } from './errors';
import { addFormField, encodeFormValue } from './form';
import type { OperationSpec } from './spec';
import { mentionsToken } from './tokens';

type Lookup = (name: string) => ReferenceTarget;

/** Everything one scan of an operation finds; planning, encoding and retrying all read it. */
export interface OperationScan {
  /** Names its strings reference with `{result=NAME:...}`, each once. */
  readonly referenced: readonly string[];
  /** Names it waits for: `referenced` and its depends_on, each once. */
  readonly parents: readonly string[];
  /** An object body of a POST or PUT as the form string the API takes (form.ts), made while its values are read. */
  readonly formBody?: string;
  /** Whether a string the runner fills (relative_url, body, headers) holds a `{{token:NAME}}`. */
  readonly hasTokenPlaceholders: boolean;
}

// Most operations reference nothing: they share these instead of making empty collections.
const NO_NAMES: readonly string[] = [];
const NO_REFERENCES: readonly FoundReference[] = [];

/** `names` with the names of `references` added (made on the first name; names are few, so a list). */
function withNames(names: string[] | undefined, references: readonly FoundReference[]): string[] | undefined {
  for (const { name } of references) {
    if (names === undefined) names = [name];
    else if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** How a scan reads a text's references: plainly (as it is) or as form-encoded text. */
interface Readers {
  readonly plain: (text: string) => readonly FoundReference[];
  readonly form: (text: string) => readonly FoundReference[];
}

// Through the editor's memo (document/references.ts), which reads each string the way the server
// does, as here: the validation before a run has just scanned these strings.
const MEMO: Readers = { plain: referencesIn, form: referencesInForm };
// For copies with real tokens filled in: the memo lives as long as the process and must not keep them.
const UNSHARED: Readers = { plain: (text) => findResultReferences(text), form: (text) => findResultReferences(text, { formEncoded: true }) };

/** A relative_url or a string body: form-encoded text, which the server decodes before it resolves references. */
function formReferences(text: string, read: Readers): readonly FoundReference[] {
  return mayHoldReferences(text, true) ? read.form(text) : NO_REFERENCES;
}

/** A header or an object body's value: the server gets it as written (the encoder encodes only the text around references). */
function plainReferences(text: string, read: Readers): readonly FoundReference[] {
  return text.includes(RESULT_OPEN) ? read.plain(text) : NO_REFERENCES;
}

/**
 * Scans of one run's operations, each made once and shared by planning and encoding (operations are
 * immutable, so a scan holds as long as its operation object). Short-lived on purpose: one per run.
 */
export class OperationScans {
  // By operation index (unique in a batch); the object is kept to tell a filled-in copy from its original.
  private readonly ops: OperationSpec[] = [];
  private readonly scans: OperationScan[] = [];
  // Filled-in copies apart, so their originals' scans stay too (classification reads those again).
  private readonly filled = new Map<OperationSpec, OperationScan>();

  of(op: OperationSpec): OperationScan {
    if (this.ops[op.index] === op) return this.scans[op.index];
    const filled = this.filled.get(op);
    if (filled !== undefined) return filled;
    const scan = scanOperation(op);
    if (op.index >= 0) {
      this.ops[op.index] = op;
      this.scans[op.index] = scan;
    }
    return scan;
  }

  /** Scans a copy whose token placeholders hold real tokens, without the shared memo. */
  ofFilled(op: OperationSpec): OperationScan {
    let scan = this.filled.get(op);
    if (scan === undefined) {
      scan = scanOperation(op, UNSHARED);
      this.filled.set(op, scan);
    }
    return scan;
  }
}

/** The scan of a copy with real tokens in it: never through the shared memo (kept in `scans` when given). */
export function scanFilledCopy(op: OperationSpec, scans: OperationScans | undefined): OperationScan {
  return scans ? scans.ofFilled(op) : scanOperation(op, UNSHARED);
}

/**
 * The operation's references; each string is scanned once. Runs for every operation of every run.
 * `read`: the unshared readers for a copy that holds real tokens.
 */
export function scanOperation(op: OperationSpec, read: Readers = MEMO): OperationScan {
  let names = withNames(undefined, formReferences(op.relative_url, read));
  let formBody: string | undefined;
  if (typeof op.body === 'string') {
    names = withNames(names, formReferences(op.body, read));
  } else if (op.body) {
    const sent = op.method === 'POST' || op.method === 'PUT';
    let form = '';
    for (const key of Object.keys(op.body)) {
      const value = op.body[key];
      if (value === undefined) continue;
      const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
      const references = plainReferences(text, read);
      names = withNames(names, references);
      if (sent) form = addFormField(form, key, encodeFormValue(text, references));
    }
    if (sent) formBody = form;
  }
  if (op.headers) for (const header of op.headers) names = withNames(names, plainReferences(header, read));
  const referenced = names ?? NO_NAMES;
  const dependsOn = op.depends_on?.trim();
  const parents = dependsOn && !referenced.includes(dependsOn) ? [...referenced, dependsOn] : referenced;
  return { referenced, parents, formBody, hasTokenPlaceholders: mentionsToken(op) };
}

/** Names this operation's strings reference with `{result=NAME:...}`. */
export function referencedNames(op: OperationSpec): readonly string[] {
  return scanOperation(op).referenced;
}

/** Names this operation waits for: its depends_on and every referenced name. */
export function parentNames(op: OperationSpec): readonly string[] {
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
