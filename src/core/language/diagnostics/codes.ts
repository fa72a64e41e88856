// Every diagnostic the validator can report: a stable code, its default severity and a short title
// (the README's table is written from this list). Codes never change meaning once released.
import type { Severity } from '../types';

export interface DiagnosticCodeInfo {
  readonly severity: Severity;
  readonly title: string;
}

export const DIAGNOSTIC_CODES = {
  // The file as a whole
  FB001: { severity: 'error', title: 'JSON syntax error' },
  FB002: { severity: 'information', title: 'Empty batch file' },
  FB003: { severity: 'error', title: 'Top level is neither a batch array nor an object with "batch"' },
  FB004: { severity: 'warning', title: 'Unknown top-level key' },
  FB005: { severity: 'error', title: 'Object form without a "batch" array' },
  FB006: { severity: 'error', title: 'Top-level option has the wrong type' },
  FB007: { severity: 'error', title: 'api_version is not of the form vNN.N' },
  FB008: { severity: 'warning', title: 'Duplicate key (only the last one counts)' },
  FB009: { severity: 'warning', title: 'The batch has no operations' },
  // One operation
  FB101: { severity: 'error', title: 'Operation is not an object' },
  FB102: { severity: 'error', title: 'Operation has no "method"' },
  FB103: { severity: 'error', title: 'Unknown HTTP method' },
  FB104: { severity: 'warning', title: 'HTTP method not in upper case' },
  FB105: { severity: 'error', title: 'Operation has no "relative_url"' },
  FB106: { severity: 'error', title: 'relative_url is an absolute URL' },
  FB107: { severity: 'error', title: 'relative_url starts with the Graph API host' },
  FB108: { severity: 'warning', title: 'relative_url starts with a slash' },
  FB109: { severity: 'warning', title: 'relative_url starts with an API version' },
  FB110: { severity: 'error', title: 'GET or DELETE operation with a body' },
  FB111: { severity: 'warning', title: 'Unknown operation key' },
  FB112: { severity: 'error', title: 'Operation value has the wrong type' },
  FB113: { severity: 'error', title: 'Header is not of the form "Name: value"' },
  // Names, dependencies and references
  FB201: { severity: 'error', title: 'Duplicate operation name' },
  FB202: { severity: 'error', title: 'depends_on names no operation' },
  FB203: { severity: 'error', title: 'Reference names no operation' },
  FB204: { severity: 'error', title: 'Depends on a later operation' },
  FB205: { severity: 'error', title: 'Operation depends on itself' },
  FB206: { severity: 'error', title: 'Dependency cycle' },
  FB207: { severity: 'error', title: 'Invalid JSONPath in a reference' },
  FB208: { severity: 'warning', title: 'Unclosed {result=...} reference' },
  // Size
  FB301: { severity: 'information', title: 'More than 50 operations: sent as several requests' },
  FB302: { severity: 'error', title: 'Dependency group larger than 50 operations' },
  // Attachments
  FB401: { severity: 'error', title: 'attached_files names an undeclared attachment' },
  FB402: { severity: 'error', title: 'Attachment file not found' },
  FB403: { severity: 'warning', title: 'Attachment file outside the workspace' },
  FB404: { severity: 'hint', title: 'Attachment declared but not used' },
  // Access tokens
  FB501: { severity: 'warning', title: 'Literal access token in the file' },
  FB502: { severity: 'information', title: 'No stored token with this name yet' },
} as const satisfies Readonly<Record<string, DiagnosticCodeInfo>>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
