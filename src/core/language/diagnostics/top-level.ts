// The file as a whole: emptiness, shape, the object form's options and the attachments map.
import type { BatchDocument } from '../../document/model';
import { findProperty, propertiesOf } from '../../document/properties';
import type { Diagnostic } from '../types';
import { checkDuplicateKeys, checkType, describeKind, rangeOf } from './json-kinds';
import { diagnostic } from './make';
import { closestMatch, didYouMean, suggestionData } from './suggest';

export const TOP_LEVEL_KEYS = ['api_version', 'include_headers', 'attachments', 'batch'] as const;
const API_VERSION = /^v\d+\.\d+$/;
const EXAMPLE = '[ { "method": "GET", "relative_url": "me" } ]';

export function checkTopLevel(doc: BatchDocument, out: Diagnostic[]): void {
  const root = doc.root;
  if (root === undefined) {
    if (doc.syntaxErrors.length === 0) {
      out.push(diagnostic('FB002', { start: 0, end: doc.text.length }, `This batch file is empty. Write a JSON array of operations, e.g. ${EXAMPLE}`));
    }
    return;
  }
  if (doc.shape === 'invalid') {
    out.push(
      diagnostic('FB003', rangeOf(root), `A batch file holds a JSON array of operations, or an object with a "batch" array and options; this is ${describeKind(root)}. For example: ${EXAMPLE}`),
    );
    return;
  }
  if (doc.shape === 'object') checkOptions(doc, out);
  if (doc.batchNode !== undefined && doc.operations.length === 0) {
    out.push(diagnostic('FB009', rangeOf(doc.batchNode), `The batch has no operations, so there is nothing to run. Add one, e.g. { "method": "GET", "relative_url": "me" }`));
  }
}

function checkOptions(doc: BatchDocument, out: Diagnostic[]): void {
  const properties = doc.topProperties;
  checkDuplicateKeys(properties, out);
  for (const property of properties) {
    if ((TOP_LEVEL_KEYS as readonly string[]).includes(property.key)) continue;
    const suggestion = closestMatch(property.key, TOP_LEVEL_KEYS);
    out.push(
      diagnostic('FB004', property.keyRange, `"${property.key}" is not a batch file option (the options are ${TOP_LEVEL_KEYS.join(', ')}).${didYouMean(suggestion)}`, suggestionData(suggestion)),
    );
  }
  const batch = findProperty(properties, 'batch');
  if (batch === undefined) {
    const open = doc.root?.offset ?? 0;
    out.push(diagnostic('FB005', { start: open, end: open + 1 }, `This object has no "batch": add "batch": [ ... ] with the operations to run.`));
  } else {
    checkType(batch, ['array'], 'an array of operations', 'FB006', out);
  }
  const version = findProperty(properties, 'api_version');
  if (checkType(version, ['string'], 'a version string such as "v24.0"', 'FB006', out) && version?.value?.type === 'string') {
    const value = String(version.value.value);
    if (!API_VERSION.test(value)) {
      out.push(diagnostic('FB007', rangeOf(version.value), `"${value}" is not a Graph API version: write it as v<major>.<minor>, e.g. "v24.0".`));
    }
  }
  checkType(findProperty(properties, 'include_headers'), ['boolean'], 'true or false', 'FB006', out);
  const attachments = findProperty(properties, 'attachments');
  if (checkType(attachments, ['object'], 'an object mapping part names to file paths, e.g. { "file1": "./cat.gif" }', 'FB006', out)) {
    checkAttachmentMap(doc, out);
  }
}

function checkAttachmentMap(doc: BatchDocument, out: Diagnostic[]): void {
  const map = findProperty(doc.topProperties, 'attachments')?.value;
  if (map?.type !== 'object') return;
  for (const entry of map.children ?? []) {
    const value = entry.children?.[1];
    if (value === undefined || value.type === 'string') continue;
    out.push(diagnostic('FB006', rangeOf(value), `An attachment is a file path relative to this file, e.g. "./cat.gif", not ${describeKind(value)}.`));
  }
  checkDuplicateKeys(propertiesOf(map), out);
}
