// Every diagnostic the validator can report: a stable code and its default severity, with its meaning
// as a comment (the README's table lists the same). Codes never change meaning once released.
import type { Severity } from '../types';

export interface DiagnosticCodeInfo {
  readonly severity: Severity;
}

export const DIAGNOSTIC_CODES = {
  // The file as a whole
  FB001: { severity: 'error' }, // JSON syntax error
  FB002: { severity: 'information' }, // Empty batch file
  FB003: { severity: 'error' }, // Top level is neither a batch array nor an object with "batch"
  FB004: { severity: 'warning' }, // Unknown top-level key
  FB005: { severity: 'error' }, // Object form without a "batch" array
  FB006: { severity: 'error' }, // Top-level option has the wrong type
  FB007: { severity: 'error' }, // api_version is not of the form vNN.N
  FB008: { severity: 'warning' }, // Duplicate key (only the last one counts)
  FB009: { severity: 'warning' }, // The batch has no operations
  // One operation
  FB101: { severity: 'error' }, // Operation is not an object
  FB102: { severity: 'error' }, // Operation has no "method"
  FB103: { severity: 'error' }, // Unknown HTTP method
  FB104: { severity: 'warning' }, // HTTP method not in upper case
  FB105: { severity: 'error' }, // Operation has no "relative_url"
  FB106: { severity: 'error' }, // relative_url is an absolute URL
  FB107: { severity: 'error' }, // relative_url starts with the Graph API host
  FB108: { severity: 'warning' }, // relative_url starts with a slash
  FB109: { severity: 'warning' }, // relative_url starts with an API version
  FB110: { severity: 'error' }, // GET or DELETE operation with a body
  FB111: { severity: 'warning' }, // Unknown operation key
  FB112: { severity: 'error' }, // Operation value has the wrong type
  FB113: { severity: 'error' }, // Header is not of the form "Name: value"
  // Names, dependencies and references
  FB201: { severity: 'error' }, // Duplicate operation name
  FB202: { severity: 'error' }, // depends_on names no operation
  FB203: { severity: 'error' }, // Reference names no operation
  FB204: { severity: 'error' }, // Depends on a later operation
  FB205: { severity: 'error' }, // Operation depends on itself
  FB206: { severity: 'error' }, // Dependency cycle
  FB207: { severity: 'error' }, // Invalid JSONPath in a reference
  FB208: { severity: 'warning' }, // Unclosed {result=...} reference
  // Size
  FB301: { severity: 'information' }, // More than 50 operations: sent as several requests
  FB302: { severity: 'error' }, // Dependency group larger than 50 operations
  // Attachments
  FB401: { severity: 'error' }, // attached_files names an undeclared attachment
  FB402: { severity: 'error' }, // Attachment file not found
  FB403: { severity: 'warning' }, // Attachment file outside the workspace
  FB404: { severity: 'hint' }, // Attachment declared but not used
  // Access tokens
  FB501: { severity: 'warning' }, // Literal access token in the file
  FB502: { severity: 'information' }, // No stored token with this name yet
} as const satisfies Readonly<Record<string, DiagnosticCodeInfo>>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
