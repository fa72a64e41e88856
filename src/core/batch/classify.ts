// A batch answer → one classified result per operation. A `null` entry means "omitted", "timed out"
// or "parent failed"; which one follows from who needs whom and from the other entries.
import { parseGraphError, parseUsageHeaders, redactSecrets } from '../graph';
import { failureFromAnswer, type FailureContext } from './failures';
import type { OperationOutcome, OperationResult, RequestFailure, ResponseHeader } from './result';
import type { OperationSpec } from './spec';

export interface RequestContext extends FailureContext {
  /** The request's operations in the order sent. */
  readonly operations: readonly OperationSpec[];
  /** Operation index → indexes it waits for. */
  readonly parents: ReadonlyMap<number, readonly number[]>;
}

export interface ClassifiedRequest {
  readonly operations: OperationResult[];
  readonly failure?: RequestFailure;
}

interface Entry {
  readonly code: number;
  readonly headers?: readonly ResponseHeader[];
  readonly body?: string;
}

function isHeader(h: unknown): h is ResponseHeader {
  return typeof h === 'object' && h !== null && typeof (h as ResponseHeader).name === 'string' && typeof (h as ResponseHeader).value === 'string';
}

function isHeaderList(value: unknown): value is ResponseHeader[] {
  return Array.isArray(value) && value.every(isHeader);
}

/** The entries, or a reason why the answer is not a batch result of `count` entries. */
function readEntries(text: string, count: number): (Entry | null)[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  if (!Array.isArray(parsed)) return 'it is not a JSON array';
  if (parsed.length !== count) return `it has ${parsed.length} entries for ${count} operations`;
  for (let i = 0; i < parsed.length; i++) {
    const e = parsed[i];
    if (e === null) continue;
    const ok =
      typeof e === 'object' &&
      typeof e.code === 'number' &&
      (e.body === undefined || e.body === null || typeof e.body === 'string') &&
      (e.headers === undefined || isHeaderList(e.headers));
    if (!ok) return `entry ${i + 1} is not of the form {"code": number, "headers": [...], "body": "..."}`;
  }
  return parsed as (Entry | null)[];
}

const ordinal = (op: OperationSpec): string => (op.name ? `operation ${op.index + 1} ("${op.name}")` : `operation ${op.index + 1}`);

interface Verdict {
  readonly outcome: OperationOutcome;
  readonly explanation: string;
  readonly error?: OperationResult['error'];
}

const SUCCESS: Verdict = { outcome: 'success', explanation: 'The operation succeeded.' };
const NOT_MODIFIED: Verdict = { outcome: 'not-modified', explanation: 'Not modified since the ETag sent in If-None-Match (HTTP 304), so there is no body.' };

function answered(entry: Entry, secrets: readonly string[]): Verdict {
  if (entry.code === 304) return NOT_MODIFIED;
  if (entry.code >= 200 && entry.code < 300) return SUCCESS;
  const error = entry.body ? parseGraphError(entry.body) : undefined;
  if (!error) return { outcome: 'graph-error', explanation: `The operation failed with HTTP ${entry.code}.` };
  const clean = { ...error, message: redactSecrets(error.message, secrets) };
  const code = clean.code === undefined ? '' : ` (code ${clean.code})`;
  const reason = (clean.error_user_msg ?? clean.message).trim();
  const explanation = `The Graph API refused the operation${code}: ${reason}${/[.!?]$/.test(reason) ? '' : '.'}`;
  return { outcome: 'graph-error', error: clean, explanation };
}

// One object shape for every result keeps this loop fast on large batches.
function resultOf(op: OperationSpec, requestIndex: number, elapsedMs: number | undefined, verdict: Verdict, entry?: Entry, usage?: Record<string, unknown>): OperationResult {
  return {
    index: op.index,
    name: op.name,
    method: op.method,
    relativeUrl: op.relative_url,
    outcome: verdict.outcome,
    code: entry?.code,
    headers: entry?.headers,
    rawBody: entry?.body ?? undefined,
    error: verdict.error,
    explanation: verdict.explanation,
    elapsedMs,
    requestIndex,
    usage,
    sourceRange: op.sourceRange,
  };
}

/** Results for a batch answer, or a whole-request failure when the answer is not one. */
export function classifyAnswer(ctx: RequestContext, status: number, text: string, elapsedMs: number): ClassifiedRequest {
  const entries = status === 200 ? readEntries(text, ctx.operations.length) : 'it is not a batch result';
  if (typeof entries === 'string') {
    const failure = failureFromAnswer(status, text, ctx, entries);
    return { operations: notSentResults(ctx, failure), failure };
  }
  const usageCache = new Map<string, unknown>();
  const results = new Array<OperationResult>(entries.length);
  let hasNull = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) {
      hasNull = true;
      continue;
    }
    results[i] = resultOf(ctx.operations[i], ctx.requestIndex, elapsedMs, answered(entry, ctx.secrets), entry, parseUsageHeaders(entry.headers, usageCache));
  }
  if (hasNull) {
    const verdicts = nullVerdicts(ctx, entries, results);
    for (const [i, verdict] of verdicts) results[i] = resultOf(ctx.operations[i], ctx.requestIndex, elapsedMs, verdict);
  }
  return { operations: results };
}

/** Request positions of each operation's parents and children. */
function linksOf(ctx: RequestContext): { parents: number[][]; children: number[][] } {
  const position = new Map<number, number>();
  ctx.operations.forEach((op, i) => position.set(op.index, i));
  const parents = ctx.operations.map(() => [] as number[]);
  const children = ctx.operations.map(() => [] as number[]);
  ctx.operations.forEach((op, i) => {
    for (const p of ctx.parents.get(op.index) ?? []) {
      const at = position.get(p);
      if (at === undefined) continue;
      parents[i].push(at);
      children[at].push(i);
    }
  });
  return { parents, children };
}

/**
 * A verdict for each null entry (by request position). Proof flows both ways, so each rule runs to a
 * fixed point: "parent failed" from parents down to children, "ran, body omitted" from children
 * up to parents (a user that answered or was itself omitted shows every one of its parents ran);
 * whatever stays unproven timed out.
 */
function nullVerdicts(ctx: RequestContext, entries: readonly (Entry | null)[], answers: readonly (OperationResult | undefined)[]): Map<number, Verdict> {
  const { parents, children } = linksOf(ctx);
  const verdicts = new Map<number, Verdict>();
  const outcomes = answers.map((a) => a?.outcome);
  const decide = (i: number, verdict: Verdict): void => {
    verdicts.set(i, verdict);
    outcomes[i] = verdict.outcome;
  };
  const failed = (i: number): boolean => outcomes[i] === 'graph-error' || outcomes[i] === 'parent-failed';
  const nulls: number[] = [];
  for (let i = 0; i < entries.length; i++) if (entries[i] === null) nulls.push(i);
  // Parents usually come first, so one pass in request order mostly settles this; repeat until stable.
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of nulls) {
      if (outcomes[i] !== undefined) continue;
      const cause = parents[i].find(failed);
      if (cause === undefined) continue;
      decide(i, { outcome: 'parent-failed', explanation: `It did not run because ${ordinal(ctx.operations[cause])}, which it depends on, failed.` });
      changed = true;
    }
  }
  // Child c shows that its parent ran when c answered, was omitted (it ran), or was stopped by
  // another parent's failure (so this parent did not stop it).
  const ran = (c: number, parent: number): boolean =>
    entries[c] !== null || outcomes[c] === 'omitted' || parents[c].some((p) => p !== parent && failed(p));
  // Children usually come after their parents, so a pass from the end settles whole chains at once.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = nulls.length - 1; k >= 0; k--) {
      const i = nulls[k];
      if (outcomes[i] !== undefined || ctx.operations[i].omit_response_on_success === false) continue;
      const user = children[i].find((c) => ran(c, i));
      if (user === undefined) continue;
      decide(i, {
        outcome: 'omitted',
        explanation: `It succeeded; the API left out its body because ${ordinal(ctx.operations[user])} used its result (set "omit_response_on_success": false to see it).`,
      });
      changed = true;
    }
  }
  for (const i of nulls) {
    if (outcomes[i] !== undefined) continue;
    const mayHaveRun = children[i].length > 0 && ctx.operations[i].omit_response_on_success !== false;
    decide(i, mayHaveRun ? MAY_HAVE_RUN : TIMED_OUT);
  }
  return verdicts;
}

const TIMED_OUT: Verdict = { outcome: 'timed-out', explanation: 'The batch ran out of time before this operation ran; retry the incomplete operations.' };
const MAY_HAVE_RUN: Verdict = {
  outcome: 'timed-out',
  explanation: 'No answer for it or for the operations that use it: the batch ran out of time (or it succeeded with its body left out); retry the incomplete operations.',
};

/** Every operation of a request that failed as a whole. */
export function notSentResults(ctx: RequestContext, failure: RequestFailure): OperationResult[] {
  const verdict: Verdict = {
    outcome: 'not-sent',
    explanation:
      failure.kind === 'cancelled'
        ? 'Not sent: the run was cancelled.'
        : failure.kind === 'timeout'
          ? 'Unknown: no answer came for its request in time, so it may or may not have run.'
          : 'No result: its request failed as a whole (see the request error).',
  };
  return ctx.operations.map((op) => resultOf(op, ctx.requestIndex, undefined, verdict));
}
