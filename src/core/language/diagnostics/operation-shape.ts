// One operation on its own: an object, a known upper-case method, a relative_url, known keys with
// values of the right type, well-formed headers, and no body on GET/DELETE.
import type { Node as JsonNode } from 'jsonc-parser';
import type { OperationModel } from '../../document/model';
import { findProperty } from '../../document/properties';
import { asHttpMethod, HTTP_METHODS } from '../../document/to-spec';
import type { Diagnostic } from '../types';
import { checkDuplicateKeys, checkType, describeKind, rangeOf } from './json-kinds';
import { diagnostic } from './make';
import { closestMatch, didYouMean, suggestionData } from './suggest';

/** Every key an operation may carry, with the JSON types its value may have and how to say so. */
export const OPERATION_KEYS: Readonly<Record<string, { readonly types: readonly JsonNode['type'][]; readonly what: string }>> = {
  method: { types: ['string'], what: 'a string: GET, POST, PUT or DELETE' },
  relative_url: { types: ['string'], what: 'a string such as "me/feed?limit=5"' },
  name: { types: ['string'], what: 'a string that other operations use in {result=NAME:...}' },
  depends_on: { types: ['string'], what: 'the name of an earlier operation, as a string' },
  body: { types: ['string', 'object'], what: 'a form-encoded string ("message=Hi&link=...") or an object ({ "message": "Hi" })' },
  headers: { types: ['array'], what: 'an array of "Name: value" strings' },
  omit_response_on_success: { types: ['boolean'], what: 'true or false' },
  attached_files: { types: ['string'], what: 'a string of attachment names separated by commas, e.g. "file1,file2"' },
};
const KEY_NAMES = Object.keys(OPERATION_KEYS);
const HEADER_LINE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+:/;

export function checkOperationShape(operation: OperationModel, out: Diagnostic[]): void {
  if (!operation.isObject) {
    out.push(diagnostic('FB101', operation.range, `Each operation is an object such as { "method": "GET", "relative_url": "me" }, not ${describeKind(operation.node)}.`));
    return;
  }
  const open = { start: operation.range.start, end: operation.range.start + 1 };
  checkDuplicateKeys(operation.properties, out);
  for (const property of operation.properties) {
    const spec = OPERATION_KEYS[property.key];
    if (spec !== undefined) {
      checkType(property, spec.types, spec.what, 'FB112', out);
      continue;
    }
    const suggestion = closestMatch(property.key, KEY_NAMES);
    out.push(
      diagnostic('FB111', property.keyRange, `"${property.key}" is not an operation key, and the API would reject or ignore it.${didYouMean(suggestion)} The keys are ${KEY_NAMES.join(', ')}.`, suggestionData(suggestion)),
    );
  }
  checkMethod(operation, open, out);
  if (findProperty(operation.properties, 'relative_url') === undefined) {
    out.push(diagnostic('FB105', open, 'This operation has no "relative_url": add the path after the version, e.g. "relative_url": "me/feed".'));
  }
  checkHeaders(operation, out);
}

function checkMethod(operation: OperationModel, open: { start: number; end: number }, out: Diagnostic[]): void {
  if (findProperty(operation.properties, 'method') === undefined) {
    out.push(diagnostic('FB102', open, 'This operation has no "method": add "method": "GET" (or POST, PUT, DELETE).', { data: { method: operation.body === undefined ? 'GET' : 'POST' } }));
    return;
  }
  const literal = operation.method;
  if (literal === undefined) return; // wrong type: reported with the other value types
  const method = asHttpMethod(literal.value);
  if (method === undefined) {
    const suggestion = closestMatch(literal.value, HTTP_METHODS);
    out.push(
      diagnostic('FB103', literal.range, `"${literal.value}" is not a method the batch API takes: use GET, POST, PUT or DELETE.${didYouMean(suggestion)}`, suggestionData(suggestion)),
    );
  } else if (method !== literal.value) {
    out.push(diagnostic('FB104', literal.range, `The API takes methods in upper case: write "${method}".`, suggestionData(method)));
  }
  if ((method === 'GET' || method === 'DELETE') && operation.body !== undefined) {
    out.push(
      diagnostic('FB110', operation.body.keyRange, `A ${method} operation takes no body, so the API rejects it. Put parameters in relative_url's query string (e.g. "me/feed?limit=5") or use POST.`),
    );
  }
}

function checkHeaders(operation: OperationModel, out: Diagnostic[]): void {
  const headers = findProperty(operation.properties, 'headers')?.value;
  if (headers?.type !== 'array') return;
  for (const header of headers.children ?? []) {
    if (header.type !== 'string') {
      out.push(diagnostic('FB112', rangeOf(header), `Each header is a "Name: value" string, e.g. "If-None-Match: \\"etag\\"", not ${describeKind(header)}.`));
    } else if (!HEADER_LINE.test(String(header.value))) {
      out.push(diagnostic('FB113', rangeOf(header), 'A header is written "Name: value", e.g. "If-None-Match: \\"etag\\"": add the header name and a colon.'));
    }
  }
}
