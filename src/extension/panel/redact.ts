// The host's last line of defence before anything reaches the webview or a saved file: every
// string in the result goes through the core's redaction with the known secrets.
// Core already redacts; this catches whatever a server echoed back in a body or header.
import { redactSecrets } from '../../core/graph/redact';

function walk(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, secrets)]));
  }
  return value;
}

/** A copy of `value` (plain JSON data) with secrets masked in every string; keys stay as they are. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  return walk(value, secrets) as T;
}
