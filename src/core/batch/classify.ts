// A batch answer → one classified result per operation. A `null` entry means "omitted", "timed out"
// or "parent failed"; which one follows from who needs whom and from the other entries.
import { parseGraphError, parseUsageHeaders, redactSecrets, UsageCache } from '../graph';
import { failureFromAnswer, type FailureContext } from './failures';
import type { OperationScans } from './references';
import type { OperationOutcome, OperationResult, RequestFailure, ResponseHeader } from './result';
import type { OperationSpec } from './spec';

export interface RequestContext extends FailureContext {
  /** The request's operations in the order sent. */
  readonly operations: readonly OperationSpec[];
  /** Operation index → indexes it waits for. */
  readonly parents: ReadonlyMap<number, readonly number[]>;
  /** The run's scans of these operations (planning made them), read again to explain omitted bodies. */
  readonly scans: OperationScans;
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
  if (!Array.isArray(value)) return false;
  for (const h of value) if (!isHeader(h)) return false;
  return true;
}

/** The answer's entries (each still to be checked with isEntry), or why it is not a batch result of `count` entries. */
function readEntries(text: string, count: number): unknown[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'it is not JSON';
  }
  if (!Array.isArray(parsed)) return 'it is not a JSON array';
  if (parsed.length !== count) return `it has ${parsed.length} entries for ${count} operations`;
  return parsed;
}

function isEntry(e: unknown): e is Entry {
  if (typeof e !== 'object' || e === null) return false;
  const { code, body, headers } = e as Record<string, unknown>;
  return typeof code === 'number' && (body === undefined || body === null || typeof body === 'string') && (headers === undefined || isHeaderList(headers));
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
  if (typeof entries === 'string') return wholeRequestFailed(ctx, status, text, entries);
  const usageCache = new UsageCache();
  const results = new Array<OperationResult>(entries.length);
  let hasNull = false;
  let anyFailed = false;
  // One pass checks each entry and classifies it; a malformed one fails the whole answer.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry === null) {
      hasNull = true;
      continue;
    }
    if (!isEntry(entry)) return wholeRequestFailed(ctx, status, text, `entry ${i + 1} is not of the form {"code": number, "headers": [...], "body": "..."}`);
    const verdict = answered(entry, ctx.secrets);
    anyFailed ||= verdict.outcome === 'graph-error';
    results[i] = resultOf(ctx.operations[i], ctx.requestIndex, elapsedMs, verdict, entry, parseUsageHeaders(entry.headers, usageCache));
  }
  if (hasNull) settleNulls(ctx, entries as (Entry | null)[], results, elapsedMs, anyFailed);
  return { operations: results };
}

function wholeRequestFailed(ctx: RequestContext, status: number, text: string, reason: string): ClassifiedRequest {
  const failure = failureFromAnswer(status, text, ctx, reason);
  return { operations: notSentResults(ctx, failure), failure };
}

/** Request positions of each operation's parents and children; empty lists are shared, not made. */
function linksOf(ctx: RequestContext): { parents: readonly number[][]; children: readonly number[][] } {
  const ops = ctx.operations;
  // Operation indexes are small integers, so an array maps them to request positions (-1: another request's).
  let top = 0;
  for (const op of ops) top = Math.max(top, op.index);
  const position = new Int32Array(top + 1).fill(-1);
  for (let i = 0; i < ops.length; i++) position[ops[i].index] = i;
  const parents = new Array<number[]>(ops.length).fill(NONE);
  const children = new Array<number[]>(ops.length).fill(NONE);
  for (let i = 0; i < ops.length; i++) {
    const listed = ctx.parents.get(ops[i].index);
    if (listed === undefined) continue;
    for (const p of listed) {
      const at = p >= 0 && p <= top ? position[p] : -1;
      if (at < 0) continue;
      if (parents[i] === NONE) parents[i] = [];
      parents[i].push(at);
      if (children[at] === NONE) children[at] = [];
      children[at].push(i);
    }
  }
  return { parents, children };
}

const NONE: number[] = [];

const hasFailed = (outcome: OperationOutcome | undefined): boolean => outcome === 'graph-error' || outcome === 'parent-failed';

/** The first of `positions` whose outcome is a failure (other than `except`), or -1. */
function firstFailed(positions: readonly number[], outcomes: readonly (OperationOutcome | undefined)[], except = -1): number {
  for (const p of positions) if (p !== except && hasFailed(outcomes[p])) return p;
  return -1;
}

/**
 * Fills in the result of each null entry. Proof flows both ways, so each rule runs to a fixed point:
 * "parent failed" from parents down to children, "ran, body omitted" from children up to parents
 * (a user that answered or was itself omitted shows every one of its parents ran); whatever stays
 * unproven timed out. Plain loops: a partly answered batch of 50 has dozens of nulls.
 */
function settleNulls(ctx: RequestContext, entries: readonly (Entry | null)[], results: OperationResult[], elapsedMs: number, anyFailed: boolean): void {
  const { parents, children } = linksOf(ctx);
  const ops = ctx.operations;
  const outcomes: (OperationOutcome | undefined)[] = new Array(entries.length);
  const nulls: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (entries[i] === null) nulls.push(i);
    else outcomes[i] = results[i].outcome;
  }
  const decide = (i: number, verdict: Verdict): void => {
    results[i] = resultOf(ops[i], ctx.requestIndex, elapsedMs, verdict);
    outcomes[i] = verdict.outcome;
  };
  // Parents usually come first, so one pass in request order mostly settles this; repeat until stable.
  // With no failure in the answer, nothing was stopped by one.
  for (let changed = anyFailed; changed; ) {
    changed = false;
    for (const i of nulls) {
      if (outcomes[i] !== undefined) continue;
      const cause = firstFailed(parents[i], outcomes);
      if (cause < 0) continue;
      decide(i, { outcome: 'parent-failed', explanation: `It did not run because ${ordinal(ops[cause])}, which it depends on, failed.` });
      changed = true;
    }
  }
  // Child c shows that its parent ran when c answered, was omitted (it ran), or was stopped by
  // another parent's failure (so this parent did not stop it).
  // Children usually come after their parents, so a pass from the end settles whole chains at once.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = nulls.length - 1; k >= 0; k--) {
      const i = nulls[k];
      if (outcomes[i] !== undefined || ops[i].omit_response_on_success === false) continue;
      let user = -1;
      for (const c of children[i]) {
        if (entries[c] !== null || outcomes[c] === 'omitted' || (anyFailed && firstFailed(parents[c], outcomes, i) >= 0)) {
          user = c;
          break;
        }
      }
      if (user < 0) continue;
      // A child links to it by a {result=...} of its name, by depends_on, or by both.
      const name = ops[i].name;
      // Only a user whose depends_on names it may not also reference it.
      const waitedOnly = name !== undefined && ops[user].depends_on?.trim() === name && !ctx.scans.of(ops[user]).referenced.includes(name);
      const link = waitedOnly ? 'waited for it (depends_on)' : 'used its result';
      decide(i, {
        outcome: 'omitted',
        explanation: `It succeeded; the API left out its body because ${ordinal(ops[user])} ${link}. Set "omit_response_on_success": false to see it.`,
      });
      changed = true;
    }
  }
  for (const i of nulls) {
    if (outcomes[i] !== undefined) continue;
    const mayHaveRun = children[i].length > 0 && ops[i].omit_response_on_success !== false;
    decide(i, mayHaveRun ? MAY_HAVE_RUN : TIMED_OUT);
  }
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
