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
  const outcomes = new Map<number, OperationOutcome>();
  const results = new Array<OperationResult>(entries.length);
  let hasNull = false;
  // Answered entries first: null entries are explained by what their parents and children did.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (!entry) {
      hasNull = true;
      continue;
    }
    const op = ctx.operations[i];
    results[i] = resultOf(op, ctx.requestIndex, elapsedMs, answered(entry, ctx.secrets), entry, parseUsageHeaders(entry.headers, usageCache));
    outcomes.set(op.index, results[i].outcome);
  }
  if (hasNull) {
    const links = linksOf(ctx);
    for (let i = 0; i < entries.length; i++) {
      if (entries[i]) continue;
      const op = ctx.operations[i];
      results[i] = resultOf(op, ctx.requestIndex, elapsedMs, nullEntry(op, ctx, entries, links, outcomes));
      outcomes.set(op.index, results[i].outcome);
    }
  }
  return { operations: results };
}

interface Links {
  readonly position: ReadonlyMap<number, number>;
  readonly children: ReadonlyMap<number, readonly OperationSpec[]>;
}

function linksOf(ctx: RequestContext): Links {
  const position = new Map(ctx.operations.map((op, i) => [op.index, i]));
  const children = new Map<number, OperationSpec[]>();
  for (const op of ctx.operations) {
    for (const p of ctx.parents.get(op.index) ?? []) {
      const list = children.get(p);
      if (list) list.push(op);
      else children.set(p, [op]);
    }
  }
  return { position, children };
}

function nullEntry(
  op: OperationSpec,
  ctx: RequestContext,
  entries: readonly (Entry | null)[],
  { position, children }: Links,
  outcomes: ReadonlyMap<number, OperationOutcome>,
): Verdict {
  const failed = (i: number): boolean => {
    const o = outcomes.get(i);
    return o === 'graph-error' || o === 'parent-failed';
  };
  const byIndex = (i: number): OperationSpec => ctx.operations[position.get(i)!];
  const failedParent = (ctx.parents.get(op.index) ?? []).find(failed);
  if (failedParent !== undefined) {
    return { outcome: 'parent-failed', explanation: `It did not run because ${ordinal(byIndex(failedParent))}, which it depends on, failed.` };
  }
  const users = children.get(op.index) ?? [];
  if (users.length > 0 && op.omit_response_on_success !== false) {
    // A user that answered, or that was stopped by another failed parent, shows this one did run.
    const ran = users.find((c) => entries[position.get(c.index)!] !== null || (ctx.parents.get(c.index) ?? []).some((p) => p !== op.index && failed(p)));
    if (ran) {
      return {
        outcome: 'omitted',
        explanation: `It succeeded; the API left out its body because ${ordinal(ran)} used its result (set "omit_response_on_success": false to see it).`,
      };
    }
    return {
      outcome: 'timed-out',
      explanation: 'No answer for it or for the operations that use it: the batch ran out of time (or it succeeded with its body left out); retry the incomplete operations.',
    };
  }
  return { outcome: 'timed-out', explanation: 'The batch ran out of time before this operation ran; retry the incomplete operations.' };
}

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
