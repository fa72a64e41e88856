// The host's last line of defence before anything reaches the webview or a saved file: every
// string in the result has the known secrets (and any access_token parameter value) masked.
// Core already redacts; this catches whatever a server echoed back in a body or header.

export const REDACTED = '[redacted]';
const MIN_SECRET_LENGTH = 6; // shorter strings would mask ordinary words, and no token is that short
const TOKEN_PARAMETER = /(access_token=)[^&\s"'\\]+/g;

function redactString(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out.replace(TOKEN_PARAMETER, `$1${REDACTED}`);
}

function walk(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return redactString(value, secrets);
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, secrets)]));
  }
  return value;
}

/** A copy of `value` (plain JSON data) with secrets masked in every string, keys included unchanged. */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  const usable = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  return walk(value, usable) as T;
}
