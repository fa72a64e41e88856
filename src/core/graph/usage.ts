// Rate-limit usage headers (X-App-Usage, X-Business-Use-Case-Usage, X-Ad-Account-Usage) → objects.
import type { ResponseHeader } from '../batch/result';

export const USAGE_HEADERS: readonly string[] = ['x-app-usage', 'x-business-use-case-usage', 'x-ad-account-usage'];

type HeaderSource = readonly ResponseHeader[] | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Usage texts of one batch answer, each parsed once. Its operations nearly always repeat the same
 * text, so the last one is compared first: no hashing of a fresh string per operation.
 */
export class UsageCache {
  private lastText: string | undefined;
  private lastParsed: unknown;
  private readonly parsed = new Map<string, unknown>();

  parse(text: string): unknown {
    if (text === this.lastText) return this.lastParsed;
    let value = this.parsed.get(text);
    if (value === undefined) {
      value = parseJsonOrText(text);
      this.parsed.set(text, value);
    }
    this.lastText = text;
    this.lastParsed = value;
    return value;
  }
}

/** Keys are the lower-case header names; values are parsed JSON, or the raw text when not JSON. */
export function parseUsageHeaders(headers: HeaderSource | undefined, cache?: UsageCache): Record<string, unknown> | undefined {
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
  // Every usage header is "x-…-usage": most names (Content-Type, ETag…) stop at the first letter.
  if ((name.charCodeAt(0) | 0x20) !== 0x78 || name.length < 11) return null;
  let key = usageKeyByName.get(name);
  if (key === undefined) {
    const lower = name.toLowerCase();
    key = USAGE_HEADERS.includes(lower) ? lower : null;
    if (usageKeyByName.size < 256) usageKeyByName.set(name, key);
  }
  return key;
}

function addUsage(usage: Record<string, unknown> | undefined, name: string, value: string, cache: UsageCache | undefined): Record<string, unknown> | undefined {
  const key = usageKey(name);
  if (key === null) return usage;
  const parsed = cache ? cache.parse(value) : parseJsonOrText(value);
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
