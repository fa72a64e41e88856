// How problems are printed: `path:line:col: severity code: message` (1-based), or LSP-style JSON (0-based).
import type { Diagnostic } from '../core/language/types';
import { lineIndex, type TextPosition } from '../core/text-position';

export interface FileDiagnostics {
  /** The path as shown to the user. */
  readonly file: string;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface JsonFileDiagnostics {
  readonly file: string;
  readonly diagnostics: readonly {
    readonly code: string;
    readonly severity: Diagnostic['severity'];
    readonly message: string;
    readonly range: { readonly start: TextPosition; readonly end: TextPosition };
  }[];
}

export function diagnosticLines(report: FileDiagnostics): string[] {
  const index = lineIndex(report.text);
  return sorted(report.diagnostics).map((d) => {
    const start = index.positionAt(d.range.start);
    return `${report.file}:${start.line + 1}:${start.character + 1}: ${d.severity} ${d.code}: ${d.message}`;
  });
}

export function diagnosticsJson(report: FileDiagnostics): JsonFileDiagnostics {
  const index = lineIndex(report.text);
  return {
    file: report.file,
    diagnostics: sorted(report.diagnostics).map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: { start: index.positionAt(d.range.start), end: index.positionAt(d.range.end) },
    })),
  };
}

/** "2 errors, 1 warning" (only the severities present; "no problems" when none). */
export function countSummary(diagnostics: readonly Diagnostic[]): string {
  const parts = (['error', 'warning', 'information', 'hint'] as const).flatMap((severity) => {
    const n = diagnostics.filter((d) => d.severity === severity).length;
    if (n === 0) return [];
    const noun = severity === 'information' ? 'info' : severity;
    return [`${n} ${noun}${n === 1 || noun === 'info' ? '' : 's'}`];
  });
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}

function sorted(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}
