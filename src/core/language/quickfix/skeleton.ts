// Fill in what is missing: a method, a relative_url, or a first operation in an empty file.
import type { Node as JsonNode } from 'jsonc-parser';
import { findProperty } from '../../document/properties';
import { dataString, quickFix, type QuickFixProvider } from './actions';
import { operationTouching } from '../locate';
import { insertProperty } from './property-edits';

export const addMethod: QuickFixProvider = (doc, diagnostic) => {
  const operation = operationTouching(doc, diagnostic.range.start);
  if (operation === undefined) return [];
  const method = dataString(diagnostic, 'method') ?? 'GET';
  const edit = insertProperty(doc.text, operation.node, `"method": "${method}"`);
  return [quickFix(`Add "method": "${method}"`, diagnostic, [edit], true)];
};

export const addRelativeUrl: QuickFixProvider = (doc, diagnostic) => {
  const operation = operationTouching(doc, diagnostic.range.start);
  if (operation === undefined) return [];
  const method = findProperty(operation.properties, 'method');
  const after = method === undefined ? undefined : operation.node.children?.find((child: JsonNode) => child.offset === method.range.start);
  const edit = insertProperty(doc.text, operation.node, '"relative_url": ""', after);
  return [quickFix('Add "relative_url"', diagnostic, [edit], true)];
};

const SAMPLE = '[\n  { "method": "GET", "relative_url": "me" }\n]\n';

export const insertSample: QuickFixProvider = (doc, diagnostic) => {
  const end = doc.text.length;
  const newText = end === 0 || doc.text.endsWith('\n') ? SAMPLE : `\n${SAMPLE}`;
  return [quickFix('Insert a first operation', diagnostic, [{ range: { start: end, end }, newText }], true)];
};
