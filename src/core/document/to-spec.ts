// BatchDocument → BatchSpec, the runner's input. Meant for a document without error diagnostics;
// anything the validator would have reported is left out rather than guessed.
import type { Node as JsonNode } from 'jsonc-parser';
import { nodeValue } from './json/walk';
import type { BatchSpec, HttpMethod, OperationSpec } from '../batch/spec';
import type { BatchDocument, OperationModel } from './model';
import { findProperty } from './properties';

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

export function toBatchSpec(doc: BatchDocument): BatchSpec {
  const top = doc.topProperties;
  const apiVersion = valueOf(findProperty(top, 'api_version')?.value);
  const includeHeaders = valueOf(findProperty(top, 'include_headers')?.value);
  const attachments: Record<string, string> = {};
  for (const attachment of doc.attachments) {
    if (attachment.path !== undefined) attachments[attachment.name] = attachment.path.value;
  }
  return {
    apiVersion: typeof apiVersion === 'string' ? apiVersion : undefined,
    includeHeaders: typeof includeHeaders === 'boolean' ? includeHeaders : undefined,
    attachments,
    operations: doc.operations.flatMap((operation) => {
      const spec = toOperationSpec(operation);
      return spec === undefined ? [] : [spec];
    }),
  };
}

/** The API takes upper-case methods; a lower-case one is only a warning, so it is normalised here. */
export function asHttpMethod(method: string | undefined): HttpMethod | undefined {
  const upper = method?.toUpperCase();
  return HTTP_METHODS.find((known) => known === upper);
}

function toOperationSpec(operation: OperationModel): OperationSpec | undefined {
  const method = asHttpMethod(operation.method?.value);
  const relativeUrl = operation.relativeUrl?.value;
  if (!operation.isObject || method === undefined || relativeUrl === undefined) return undefined;
  const body = valueOf(operation.body?.value);
  const omit = valueOf(findProperty(operation.properties, 'omit_response_on_success')?.value);
  const headers = valueOf(findProperty(operation.properties, 'headers')?.value);
  return {
    index: operation.index,
    method,
    relative_url: relativeUrl,
    name: operation.name?.value,
    depends_on: operation.dependsOn?.value,
    body: typeof body === 'string' || isRecord(body) ? body : undefined,
    omit_response_on_success: typeof omit === 'boolean' ? omit : undefined,
    attached_files: operation.attachedFiles?.value,
    headers: Array.isArray(headers) ? headers.filter((h): h is string => typeof h === 'string') : undefined,
    sourceRange: operation.range,
  };
}

function valueOf(node: JsonNode | undefined): unknown {
  return node === undefined ? undefined : nodeValue(node);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
