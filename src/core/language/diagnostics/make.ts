// Builds a Diagnostic from a code of the table, so severity always matches the documented one.
import type { OffsetRange } from '../../text';
import type { Diagnostic } from '../types';
import { redactSecrets } from '../../graph/redact';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';
import { FACEBOOK_TOKEN } from './literal-tokens';

export type DiagnosticExtras = Pick<Diagnostic, 'data' | 'related' | 'tags'>;

export function diagnostic(code: DiagnosticCode, range: OffsetRange, message: string, extras: DiagnosticExtras = {}): Diagnostic {
  // Messages quote what the user wrote; a token pasted in the wrong place must not be echoed.
  const safe = redactSecrets(message).replace(FACEBOOK_TOKEN, '[redacted]');
  // A plain copy of the range: a model's ranges follow its nodes when a later keystroke moves them.
  return { code, severity: DIAGNOSTIC_CODES[code].severity, message: safe, range: { start: range.start, end: range.end }, ...extras };
}
