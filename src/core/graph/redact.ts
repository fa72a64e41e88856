// Keep tokens out of anything a person, a log or a file may see.
export const REDACTED = '[redacted]';

/** Token-shaped text that must go even when we were not told the value. */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /(access_token=)[^&\s"'<>]+/gi,
  /("access_token"\s*:\s*")[^"]*/gi,
  // Only token-like words (6+ characters with a digit, capital or symbol): "Invalid OAuth access
  // token" is an ordinary Graph message and must stay readable.
  /(\b(?:OAuth|Bearer)\s+)(?=[A-Za-z0-9._~+/=|%-]{6,})(?=[a-z]*[A-Z0-9._~+/=|%-])[A-Za-z0-9._~+/=|%-]+/g,
];

export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    // Very short values would mangle ordinary words; real tokens are long.
    if (secret.length < 4) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = out.split(form).join(REDACTED);
    }
  }
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, `$1${REDACTED}`);
  return out;
}
