// Rate-limit usage headers (X-App-Usage, X-Business-Use-Case-Usage, X-Ad-Account-Usage) → objects.
import type { ResponseHeader } from '../batch/result';

export const USAGE_HEADERS: readonly string[] = ['x-app-usage', 'x-business-use-case-usage', 'x-ad-account-usage'];

type HeaderSource = readonly ResponseHeader[] | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Keys are the lower-case header names; values are parsed JSON, or the raw text when not JSON.
 * `cache` (value text → parsed) lets a batch parse the usage its operations share only once.
 */
export function parseUsageHeaders(headers: HeaderSource | undefined, cache?: Map<string, unknown>): Record<string, unknown> | undefined {
  if (headers === undefined) return undefined;
  let usage: Record<string, unknown> | undefined;
  if (Array.isArray(headers)) {
    for (const header of headers as readonly ResponseHeader[]) usage = addUsage(usage, header.name, header.value, cache);
  } else {
    for (const [name, value] of Object.entries(headers as Readonly<Record<string, string | readonly string[] | undefined>>)) {
      if (value !== undefined) usage = addUsage(usage, name, typeof value === 'string' ? value : value.join(', '), cache);
    }
  }
  return usage;
}

// Header name as received → usage key (or null). Servers spell names the same way every time,
// so this stays tiny and spares a lower-casing per header on large batches.
const usageKeyByName = new Map<string, string | null>();

function usageKey(name: string): string | null {
  let key = usageKeyByName.get(name);
  if (key === undefined) {
    const lower = name.toLowerCase();
    key = USAGE_HEADERS.includes(lower) ? lower : null;
    if (usageKeyByName.size < 256) usageKeyByName.set(name, key);
  }
  return key;
}

function addUsage(usage: Record<string, unknown> | undefined, name: string, value: string, cache: Map<string, unknown> | undefined): Record<string, unknown> | undefined {
  const key = usageKey(name);
  if (key === null) return usage;
  let parsed = cache?.get(value);
  if (parsed === undefined) {
    parsed = parseJsonOrText(value);
    cache?.set(value, parsed);
  }
  const out = usage ?? {};
  out[key] = parsed;
  return out;
}

function parseJsonOrText(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
