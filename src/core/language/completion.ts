// Completion: works out what the cursor is in (a key, a value, a string with references, a gap of
// the batch array) and hands over to the matching source of items.
import type { BatchDocument, OperationModel } from '../document/model';
import type { OffsetRange } from '../text';
import { HTTP_METHODS } from '../document/to-spec';
import { completeInString } from './completionInString';
import { isBlankDocument, newFileSnippets, newOperationSnippets } from './completionSnippets';
import { operationLabel, operationSummary } from './describe';
import { METHOD_DOCUMENTATION, OPERATION_KEYS, TOP_LEVEL_KEYS, type KeyInfo } from './keys';
import {
  isInsideBatchArray,
  isInsideString,
  isRightAfterString,
  operationAt,
  positionInDocument,
  positionInOperation,
  type JsonPosition,
} from './locate';
import { isKeyChar, isNameChar, jsonEscape, significantChars, wordEnd, wordStart } from './textScan';
import type { CompletionItem, LanguageContext } from './types';

export function getCompletions(doc: BatchDocument, offset: number, ctx: LanguageContext): CompletionItem[] {
  if (!(offset >= 0 && offset <= doc.text.length)) return [];
  const op = operationAt(doc, offset);
  if (op !== undefined) return op.isObject ? completeInOperation(doc, op, offset, ctx) : [];
  if (isInsideBatchArray(doc, offset)) return newOperationSnippets(doc, offset);
  if (doc.shape === 'object') return completeTopLevel(doc, offset);
  return isBlankDocument(doc) ? newFileSnippets(doc, offset) : [];
}

function completeInOperation(doc: BatchDocument, op: OperationModel, offset: number, ctx: LanguageContext): CompletionItem[] {
  const position = positionInOperation(doc, op, offset);
  if (isRightAfterString(doc.text, position.previous, offset)) return [];
  const [key, inner] = position.path;
  if (position.isAtPropertyKey) {
    if (position.path.length !== 1) return [];
    const method = op.method?.value.toUpperCase();
    const keys = OPERATION_KEYS.filter((info) => info.key !== 'body' || (method !== 'GET' && method !== 'DELETE'));
    return keyItems(doc, op.properties, offset, position, keys);
  }
  const inString = isInsideString(doc.text, position.previous, offset) ? position.previous : undefined;
  switch (key) {
    case 'method':
      return position.path.length === 1 ? methodItems(doc, offset, position) : [];
    case 'depends_on':
      return position.path.length === 1 ? dependsOnItems(doc, op, offset, position) : [];
    case 'omit_response_on_success':
      return position.path.length === 1 ? booleanItems(doc, offset, position) : [];
    case 'attached_files':
      return inString !== undefined && position.path.length === 1 ? attachmentItems(doc, inString.offset, offset) : [];
    case 'relative_url':
    case 'body':
    case 'headers':
      if (inString === undefined || (key === 'headers' && typeof inner !== 'number')) return [];
      return completeInString(
        // Read as the server reads it (document/references.ts): an object body's values are sent as written.
        { doc, op, stringStart: inString.offset, offset, formEncoded: key === 'relative_url' || (key === 'body' && inner === undefined) },
        ctx,
      );
    default:
      return [];
  }
}

function completeTopLevel(doc: BatchDocument, offset: number): CompletionItem[] {
  const position = positionInDocument(doc, offset);
  if (position.path.length !== 1 || isRightAfterString(doc.text, position.previous, offset)) return [];
  if (position.isAtPropertyKey) return keyItems(doc, doc.topProperties, offset, position, TOP_LEVEL_KEYS);
  return position.path[0] === 'include_headers' ? booleanItems(doc, offset, position) : [];
}

/**
 * What a value completion replaces: the whole string token when the cursor is in one (a closing
 * quote included when present), else the bare word at the cursor.
 */
function valueRange(doc: BatchDocument, offset: number, position: JsonPosition): { range: OffsetRange; quoted: boolean } {
  const text = doc.text;
  if (isInsideString(text, position.previous, offset)) {
    const end = wordEnd(text, offset, isNameChar);
    return { range: { start: position.previous.offset, end: text.charAt(end) === '"' ? end + 1 : end }, quoted: true };
  }
  return { range: { start: wordStart(text, offset, isKeyChar), end: wordEnd(text, offset, isKeyChar) }, quoted: false };
}

function keyItems(
  doc: BatchDocument,
  properties: readonly { key: string; keyRange: OffsetRange }[],
  offset: number,
  position: JsonPosition,
  keys: readonly KeyInfo[],
): CompletionItem[] {
  const { range, quoted } = valueRange(doc, offset, position);
  // The key being typed is already a property of the half-written object: it does not count as present.
  const present = new Set(properties.filter((p) => !(p.keyRange.start <= offset && offset <= p.keyRange.end)).map((p) => p.key));
  const hasColon = significantChars(doc.text, range.end, range.end + 200).startsWith(':');
  return keys
    .filter((info) => !present.has(info.key))
    .map((info, i) => ({
      label: info.key,
      kind: 'property',
      documentation: info.documentation,
      insertText: hasColon ? `"${info.key}"` : `"${info.key}": ${info.valueSnippet}`,
      isSnippet: !hasColon,
      range,
      filterText: quoted ? `"${info.key}"` : undefined,
      sortText: String(i).padStart(2, '0'),
    }));
}

function literalItems(
  doc: BatchDocument,
  offset: number,
  position: JsonPosition,
  values: readonly { label: string; detail?: string; documentation?: string; json: string }[],
  kind: CompletionItem['kind'],
): CompletionItem[] {
  const { range, quoted } = valueRange(doc, offset, position);
  return values.map((value, i) => ({
    label: value.label,
    kind,
    detail: value.detail,
    documentation: value.documentation,
    insertText: value.json,
    range,
    filterText: quoted ? value.json : undefined,
    sortText: String(i).padStart(6, '0'),
  }));
}

function methodItems(doc: BatchDocument, offset: number, position: JsonPosition): CompletionItem[] {
  const values = HTTP_METHODS.map((method) => ({ label: method, documentation: METHOD_DOCUMENTATION[method], json: `"${method}"` }));
  return literalItems(doc, offset, position, values, 'value');
}

function booleanItems(doc: BatchDocument, offset: number, position: JsonPosition): CompletionItem[] {
  return literalItems(doc, offset, position, [{ label: 'false', json: 'false' }, { label: 'true', json: 'true' }], 'keyword');
}

/** Names of earlier operations (a dependency must run first). */
function dependsOnItems(doc: BatchDocument, op: OperationModel, offset: number, position: JsonPosition): CompletionItem[] {
  const values = doc.operations
    .slice(0, op.index)
    .filter((earlier) => earlier.name !== undefined && earlier.name.value !== '')
    .reverse() // nearest first
    .map((earlier) => ({
      label: operationLabel(earlier),
      detail: operationSummary(earlier),
      documentation: `Operation #${earlier.index + 1}`,
      json: `"${jsonEscape(earlier.name?.value ?? '')}"`,
    }));
  return literalItems(doc, offset, position, values, 'operation');
}

/** Declared attachment names for the comma-separated item under the cursor, minus those already listed. */
function attachmentItems(doc: BatchDocument, stringStart: number, offset: number): CompletionItem[] {
  const text = doc.text;
  const isItemChar = (ch: string): boolean => ch !== '' && !/[,"\s\\]/.test(ch);
  const range: OffsetRange = { start: wordStart(text, offset, isItemChar), end: wordEnd(text, offset, isItemChar) };
  if (range.start <= stringStart) return [];
  const lineEnd = text.indexOf('\n', offset);
  const closing = text.indexOf('"', offset);
  const stringEnd = closing < 0 || (lineEnd >= 0 && lineEnd < closing) ? offset : closing;
  const listed = new Set(
    (text.slice(stringStart + 1, range.start) + ',' + text.slice(range.end, stringEnd)).split(',').map((s) => s.trim()),
  );
  return doc.attachments
    .filter((attachment) => !listed.has(attachment.name))
    .map((attachment, i) => ({
      label: attachment.name,
      kind: 'attachment',
      detail: attachment.path?.value,
      insertText: jsonEscape(attachment.name),
      range,
      sortText: String(i).padStart(4, '0'),
    }));
}
