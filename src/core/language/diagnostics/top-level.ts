// The file as a whole: emptiness, shape, the object form's options and the attachments map.
import type { BatchDocument, Property } from '../../document/model';
import { findProperty, propertiesOf } from '../../document/properties';
import { TOP_LEVEL_KEYS, topLevelKeyInfo } from '../keys';
import type { Diagnostic } from '../types';
import { checkDuplicateKeys, checkType, describeKind, rangeOf } from './json-kinds';
import { diagnostic } from './make';
import { closestMatch, didYouMean, suggestionData } from './suggest';

const OPTION_NAMES = TOP_LEVEL_KEYS.map((info) => info.key);
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
    if (topLevelKeyInfo(property.key) !== undefined) continue;
    const suggestion = closestMatch(property.key, OPTION_NAMES);
    out.push(
      diagnostic('FB004', property.keyRange, `"${property.key}" is not a batch file option (the options are ${OPTION_NAMES.join(', ')}).${didYouMean(suggestion)}`, suggestionData(suggestion)),
    );
  }
  if (findProperty(properties, 'batch') === undefined) {
    const open = doc.root?.offset ?? 0;
    out.push(diagnostic('FB005', { start: open, end: open + 1 }, `This object has no "batch": add "batch": [ ... ] with the operations to run.`));
  } else {
    checkOptionType(properties, 'batch', out);
  }
  const version = findProperty(properties, 'api_version');
  if (checkOptionType(properties, 'api_version', out) && version?.value?.type === 'string') {
    const value = String(version.value.value);
    if (!API_VERSION.test(value)) {
      out.push(diagnostic('FB007', rangeOf(version.value), `"${value}" is not a Graph API version: write it as v<major>.<minor>, e.g. "v24.0".`));
    }
  }
  checkOptionType(properties, 'include_headers', out);
  if (checkOptionType(properties, 'attachments', out)) checkAttachmentMap(doc, out);
}

/** FB006 when the option that counts (the last of its key) has a value of the wrong type; true if it is fine or absent. */
function checkOptionType(properties: readonly Property[], key: string, out: Diagnostic[]): boolean {
  const info = topLevelKeyInfo(key);
  return info === undefined || checkType(findProperty(properties, key), info, 'FB006', out);
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
