// Snippets for a new operation (between elements of the batch array) and for a new, empty file.
import type { BatchDocument } from '../document/model';
import type { OffsetRange } from '../text';
import { operationStartingBefore } from './locate';
import { isKeyChar, jsonEscape, significantChars, wordEnd, wordStart } from './textScan';
import type { CompletionItem } from './types';

interface Snippet {
  readonly label: string;
  readonly detail: string;
  readonly body: string;
}

function toItems(snippets: readonly Snippet[], range: OffsetRange, wrap: (body: string) => string): CompletionItem[] {
  return snippets.map((snippet, i) => ({
    label: snippet.label,
    kind: 'snippet',
    detail: snippet.detail,
    insertText: wrap(snippet.body),
    isSnippet: true,
    range,
    sortText: `~${i}`, // after real values
  }));
}

/** The word being typed at `offset` (what a snippet replaces). */
function wordRange(text: string, offset: number): OffsetRange {
  return { start: wordStart(text, offset, isKeyChar), end: wordEnd(text, offset, isKeyChar) };
}

/** Snippets for a new operation at a gap of the batch array, with the commas the gap lacks. */
export function newOperationSnippets(doc: BatchDocument, offset: number): CompletionItem[] {
  const range = wordRange(doc.text, offset);
  const previous = operationStartingBefore(doc, range.start);
  const next = doc.operations[previous === undefined ? 0 : previous.index + 1];
  const needsLeadingComma = previous !== undefined && !significantChars(doc.text, previous.range.end, range.start).includes(',');
  const needsTrailingComma =
    next !== undefined && next.range.start >= range.end && !significantChars(doc.text, range.end, next.range.start).includes(',');
  const parent = nearestNameUpTo(doc, previous?.index ?? -1) ?? 'name';
  // The name goes into a JSON string inside a snippet: JSON-escape, then escape snippet syntax.
  const parentInSnippet = jsonEscape(parent).replace(/[$}\\]/g, '\\$&');
  const snippets: Snippet[] = [
    { label: 'GET operation', detail: 'Read a node or edge', body: '{ "method": "GET", "relative_url": "${1:me}" }' },
    {
      label: 'POST operation',
      detail: 'Publish or update, with a form body',
      body: '{ "method": "POST", "relative_url": "${1:me/feed}", "body": "${2:message=Hello}" }',
    },
    {
      label: 'Named operation',
      detail: 'An operation later ones can reference',
      body: '{ "method": "GET", "name": "${1:get-friends}", "relative_url": "${2:me/friends?limit=5}" }',
    },
    {
      label: 'Operation using a result',
      detail: `Uses {result=${parent}:...} of an earlier operation`,
      body: `{ "method": "GET", "relative_url": "?ids={result=\${1:${parentInSnippet}}:\\$.\${2:data.*.id}}" }`,
    },
  ];
  return toItems(snippets, range, (body) => `${needsLeadingComma ? ', ' : ''}${body}${needsTrailingComma ? ',' : ''}`);
}

function nearestNameUpTo(doc: BatchDocument, index: number): string | undefined {
  for (let i = Math.min(index, doc.operations.length - 1); i >= 0; i--) {
    const name = doc.operations[i].name?.value;
    if (name !== undefined && name !== '') return name;
  }
  return undefined;
}

/** True when the document holds nothing but whitespace and comments. */
export function isBlankDocument(doc: BatchDocument): boolean {
  return doc.root === undefined && significantChars(doc.text, 0, doc.text.length).replace(/[A-Za-z_]/g, '') === '';
}

const NEW_FILE_SNIPPETS: readonly Snippet[] = [
  {
    label: 'Batch (array)',
    detail: 'Two operations, the second using the first one\'s result',
    body:
      '[\n\t{ "method": "GET", "name": "${1:get-friends}", "relative_url": "${2:me/friends?limit=5}" },\n' +
      '\t{ "method": "GET", "relative_url": "?ids={result=${1:get-friends}:\\$.data.*.id}" }\n]\n',
  },
  {
    label: 'Batch with options',
    detail: 'API version, include_headers and the batch',
    body:
      '{\n\t"api_version": "${1:v24.0}",\n\t"include_headers": ${2|false,true|},\n\t"batch": [\n' +
      '\t\t{ "method": "GET", "relative_url": "${3:me}" }\n\t]\n}\n',
  },
  {
    label: 'Batch with attachments',
    detail: 'Upload a file with the batch (multipart)',
    body:
      '{\n\t"attachments": {\n\t\t"${1:file1}": "${2:./photo.jpg}"\n\t},\n\t"batch": [\n' +
      '\t\t{ "method": "POST", "relative_url": "me/photos", "body": "message=${3:My photo}", "attached_files": "${1:file1}" }\n\t]\n}\n',
  },
];

/** Starting points for an empty file. */
export function newFileSnippets(doc: BatchDocument, offset: number): CompletionItem[] {
  return toItems(NEW_FILE_SNIPPETS, wordRange(doc.text, offset), (body) => body);
}
