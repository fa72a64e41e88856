// `{{token:NAME}}` placeholders, filled from named stored tokens just before encoding.
import { BatchInputError } from './errors';
import { TOKEN_MARK, TOKEN_PLACEHOLDER, type OperationSpec } from './spec';

export type TokenLookup = (name: string) => string | undefined;

/**
 * The operation with its placeholders filled; every token used is added to `used` (for redaction).
 * A placeholder without a stored token is an error, so nothing is sent half-filled.
 */
export function fillTokenPlaceholders(op: OperationSpec, lookup: TokenLookup, used: Set<string>): OperationSpec {
  if (!mentionsToken(op)) return op;
  const fill = (text: string, encode: boolean): string => {
    if (!text.includes(TOKEN_MARK)) return text;
    return text.replace(TOKEN_PLACEHOLDER, (_match, name: string) => {
      const token = lookup(name);
      if (token === undefined || token === '') {
        throw new BatchInputError(
          `Operation ${op.index + 1} uses {{token:${name}}}, but no token named "${name}" is stored. Store it first (fbbatch: Set Named Access Token…), then run again.`,
        );
      }
      used.add(token);
      return encode ? encodeURIComponent(token) : token;
    });
  };
  const body = typeof op.body === 'string' || op.body === undefined ? op.body && fill(op.body, true) : fillValues(op.body, fill);
  return { ...op, relative_url: fill(op.relative_url, true), body, headers: op.headers?.map((h) => fill(h, false)) };
}

/** An object body with its placeholders filled; the same object when none of its values has one. */
function fillValues(body: Readonly<Record<string, unknown>>, fill: (text: string, encode: boolean) => string): Readonly<Record<string, unknown>> {
  let filled: Record<string, unknown> | undefined;
  for (const key in body) {
    const value = body[key];
    if (!isMarked(value)) continue;
    filled ??= { ...body };
    filled[key] = fillNested(value, fill);
  }
  return filled ?? body;
}

/**
 * A body value with its placeholders filled. A value that is not a string goes as its JSON text,
 * so every string in it counts, keys included (the editor reads the same strings: document/operation.ts).
 */
function fillNested(value: unknown, fill: (text: string, encode: boolean) => string): unknown {
  if (typeof value === 'string') return fill(value, false);
  if (Array.isArray(value)) return value.map((item) => fillNested(item, fill));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [fill(key, false), fillNested(item, fill)]));
}

/** Whether a string that filling reads (relative_url, body, headers) holds a placeholder. Plain loops, no arrays made. */
export function mentionsToken(op: OperationSpec): boolean {
  if (op.relative_url.includes(TOKEN_MARK)) return true;
  const body = op.body;
  if (typeof body === 'string') {
    if (body.includes(TOKEN_MARK)) return true;
  } else if (body !== undefined) {
    for (const key in body) if (isMarked(body[key])) return true;
  }
  for (const header of op.headers ?? []) if (header.includes(TOKEN_MARK)) return true;
  return false;
}

/** Whether a body value holds a placeholder: in it, or in any string or key within it. Stops at the first. */
function isMarked(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(TOKEN_MARK);
  if (Array.isArray(value)) return value.some(isMarked);
  if (typeof value !== 'object' || value === null) return false;
  for (const key in value) if (key.includes(TOKEN_MARK) || isMarked((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** The names of the placeholders that filling these operations would fill: the tokens a run needs. */
export function placeholderNames(operations: readonly OperationSpec[]): Set<string> {
  const names = new Set<string>();
  const note = (name: string): string => {
    names.add(name);
    return name; // any non-empty text: the filled copy is thrown away
  };
  for (const op of operations) fillTokenPlaceholders(op, note, new Set()); // an operation without one comes back as it is
  return names;
}
