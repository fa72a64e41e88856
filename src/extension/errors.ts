// Turns anything thrown by core or VS Code into one sentence for the user: the core's own errors
// already say what to do; anything else is named plainly. Known secrets are always masked.
import { redactSecrets } from '../core/graph/redact';

export function describeError(error: unknown, secrets: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const known = error instanceof Error && ['BatchInputError', 'GraphConfigError', 'UploadError', 'GraphTransportError'].includes(error.name);
  const text = known ? message : `Something unexpected went wrong: ${message}. The details are in the fbbatch output channel.`;
  return redactSecrets(text, secrets);
}
