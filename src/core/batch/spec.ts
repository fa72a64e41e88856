// What a .fbbatch file asks for, independent of the editor: the input of plan/encode/run.
import type { OffsetRange } from '../text';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One operation as the API's `batch` array carries it (before token placeholders are filled). */
export interface OperationSpec {
  /** Position in the file's batch array, 0-based. */
  readonly index: number;
  readonly method: HttpMethod;
  readonly relative_url: string;
  readonly name?: string;
  readonly depends_on?: string;
  /** Raw form-encoded string, or an object the encoder form-encodes (nested values as JSON). */
  readonly body?: string | Readonly<Record<string, unknown>>;
  readonly omit_response_on_success?: boolean;
  /** Comma-separated part names, as the API takes them. */
  readonly attached_files?: string;
  /** `"Name: value"` lines. */
  readonly headers?: readonly string[];
  /** Where the operation object stands in the source file, for "jump to source". */
  readonly sourceRange?: OffsetRange;
}

export interface BatchSpec {
  readonly apiVersion?: string;
  readonly includeHeaders?: boolean;
  /** Part name → path as written (relative to the batch file's folder). */
  readonly attachments: Readonly<Record<string, string>>;
  readonly operations: readonly OperationSpec[];
}

/** How every `{{token:NAME}}` starts: a cheap test before the pattern runs. */
export const TOKEN_MARK = '{{token:';

/** `{{token:NAME}}` in a relative_url, body or header: filled from a named stored token at run time. */
export const TOKEN_PLACEHOLDER = /\{\{token:([A-Za-z0-9_.-]+)\}\}/g;

/** `{result=NAME:JSONPATH}` as the API resolves it (the path runs to the closing brace). */
export const RESULT_REFERENCE = /\{result=([^:{}]*):([^{}]*)\}/g;

export const MAX_OPERATIONS_PER_REQUEST = 50;
