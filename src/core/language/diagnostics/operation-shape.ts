// One operation on its own: an object, a known upper-case method, a relative_url, known keys with
// values of the right type, well-formed headers, and no body on GET/DELETE.
import type { OperationModel } from '../../document/model';
import { findProperty } from '../../document/properties';
import { asHttpMethod, HTTP_METHODS } from '../../document/to-spec';
import { OPERATION_KEYS, operationKeyInfo } from '../keys';
import type { OffsetRange } from '../../text';
import type { Diagnostic } from '../types';
import { checkDuplicateKeys, checkType, describeKind, rangeOf } from './json-kinds';
import { diagnostic } from './make';
import { closestMatch, didYouMean, suggestionData } from './suggest';

const KEY_NAMES = OPERATION_KEYS.map((info) => info.key);
const HEADER_LINE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+:/;

export function checkOperationShape(operation: OperationModel, out: Diagnostic[]): void {
  if (!operation.isObject) {
    out.push(diagnostic('FB101', operation.range, `Each operation is an object such as { "method": "GET", "relative_url": "me" }, not ${describeKind(operation.node)}.`));
    return;
  }
  checkDuplicateKeys(operation.properties, out);
  for (const property of operation.properties) {
    const info = operationKeyInfo(property.key);
    if (info !== undefined) {
      checkType(property, info, 'FB112', out);
      continue;
    }
    const suggestion = closestMatch(property.key, KEY_NAMES);
    out.push(
      diagnostic('FB111', property.keyRange, `"${property.key}" is not an operation key, and the API would reject or ignore it.${didYouMean(suggestion)} The keys are ${KEY_NAMES.join(', ')}.`, suggestionData(suggestion)),
    );
  }
  checkMethod(operation, out);
  if (findProperty(operation.properties, 'relative_url') === undefined) {
    out.push(diagnostic('FB105', openingBrace(operation), 'This operation has no "relative_url": add the path after the version, e.g. "relative_url": "me/feed".'));
  }
  checkHeaders(operation, out);
}

/** Where a missing key is reported: the operation's `{`. */
function openingBrace(operation: OperationModel): OffsetRange {
  return { start: operation.range.start, end: operation.range.start + 1 };
}

function checkMethod(operation: OperationModel, out: Diagnostic[]): void {
  if (findProperty(operation.properties, 'method') === undefined) {
    out.push(diagnostic('FB102', openingBrace(operation), 'This operation has no "method": add "method": "GET" (or POST, PUT, DELETE).', { data: { method: operation.body === undefined ? 'GET' : 'POST' } }));
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
