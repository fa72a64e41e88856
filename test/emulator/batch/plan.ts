// Checks a batch array and works out who depends on whom, before anything runs: problems here
// fail the whole request with HTTP 400, as the service does.
import { findResultReferences, parseJsonPath } from '../../../src/core/document/jsonpath';
import { GraphFailure } from '../errors';
import type { GraphMethod } from '../graph/execute';

export const MAX_BATCH_SIZE = 50;

export interface PlannedOperation {
  readonly index: number;
  readonly method: GraphMethod;
  readonly relativeUrl: string;
  /** Form-encoded body (POST and PUT only). */
  readonly body?: string;
  readonly name?: string;
  /** Indices of the operations it waits for (depends_on and references). */
  readonly parents: readonly number[];
  readonly omitResponseOnSuccess: boolean;
  readonly attachedFiles: readonly string[];
  /** Header name (lower case) → value. */
  readonly headers: ReadonlyMap<string, string>;
}

const METHODS: readonly GraphMethod[] = ['GET', 'POST', 'PUT', 'DELETE'];

export function parseBatchParam(text: string | undefined): unknown[] {
  if (text === undefined) throw new GraphFailure('batchMissing');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GraphFailure('batchNotArray', error instanceof Error ? error.message : 'not JSON');
  }
  if (!Array.isArray(value)) throw new GraphFailure('batchNotArray', `got ${value === null ? 'null' : typeof value}`);
  if (value.length === 0) throw new GraphFailure('batchEmpty');
  if (value.length > MAX_BATCH_SIZE) throw new GraphFailure('batchTooLarge', String(value.length));
  return value;
}

export function planBatch(raw: readonly unknown[]): PlannedOperation[] {
  const indexByName = new Map<string, number>();
  return raw.map((item, index) => {
    const fail = (what: string): never => {
      throw new GraphFailure('batchInvalidOperation', `operation ${index}: ${what}`);
    };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('must be a JSON object');
    const op = item as Record<string, unknown>;
    const method = typeof op.method === 'string' ? op.method.toUpperCase() : op.method === undefined ? 'GET' : undefined;
    if (!METHODS.includes(method as GraphMethod)) return fail('method must be GET, POST, PUT or DELETE');
    if (typeof op.relative_url !== 'string') return fail('relative_url must be a string');
    const optionalString = (key: string): string | undefined => {
      const value = op[key];
      if (value !== undefined && typeof value !== 'string') fail(`${key} must be a string`);
      return value as string | undefined;
    };
    const name = optionalString('name');
    const dependsOn = optionalString('depends_on');
    const body = optionalString('body');
    const attached = optionalString('attached_files');
    if (op.omit_response_on_success !== undefined && typeof op.omit_response_on_success !== 'boolean') fail('omit_response_on_success must be true or false');

    const parents = new Set<number>();
    const parentOf = (parentName: string, how: string): void => {
      const parent = indexByName.get(parentName);
      if (parent === undefined) throw new GraphFailure('batchBadReference', `operation ${index} ${how} "${parentName}", which is not the name of an earlier operation`);
      parents.add(parent);
    };
    if (dependsOn !== undefined) parentOf(dependsOn, 'depends on');
    const sources = [{ text: op.relative_url, formEncoded: true }, { text: body ?? '', formEncoded: true }];
    const headers = parseHeaders(op.headers, fail);
    for (const value of headers.values()) sources.push({ text: value, formEncoded: false });
    for (const source of sources) {
      for (const reference of findResultReferences(source.text, { formEncoded: source.formEncoded })) {
        parentOf(reference.name, 'references');
        const path = parseJsonPath(reference.path);
        if (!path.ok) throw new GraphFailure('batchBadReference', `operation ${index}: the path of {result=${reference.name}:${reference.path}} is not valid: ${path.error.message}`);
      }
    }
    if (name !== undefined) {
      if (indexByName.has(name)) fail(`the name "${name}" is used twice`);
      indexByName.set(name, index);
    }
    return {
      index,
      method: method as GraphMethod,
      relativeUrl: op.relative_url,
      body: method === 'POST' || method === 'PUT' ? body : undefined,
      name,
      parents: [...parents],
      omitResponseOnSuccess: op.omit_response_on_success !== false,
      attachedFiles: (attached ?? '').split(',').map((part) => part.trim()).filter((part) => part !== ''),
      headers,
    };
  });
}

/** `["Name: value", ...]` or `[{"name","value"}, ...]`. */
function parseHeaders(value: unknown, fail: (what: string) => never): Map<string, string> {
  const headers = new Map<string, string>();
  if (value === undefined) return headers;
  if (!Array.isArray(value)) return fail('headers must be an array');
  for (const header of value) {
    if (typeof header === 'string' && header.includes(':')) {
      const colon = header.indexOf(':');
      headers.set(header.slice(0, colon).trim().toLowerCase(), header.slice(colon + 1).trim());
    } else if (typeof header === 'object' && header !== null && typeof (header as { name?: unknown }).name === 'string' && typeof (header as { value?: unknown }).value === 'string') {
      const { name, value: headerValue } = header as { name: string; value: string };
      headers.set(name.toLowerCase(), headerValue);
    } else {
      fail('each header must be "Name: value" or {"name","value"}');
    }
  }
  return headers;
}
