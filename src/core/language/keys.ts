// Every key of a .fbbatch file: what it means (completion and hover) and what its value may be
// (validation). One table per level, so a key is documented and checked from the same entry.
import type { Node as JsonNode } from 'jsonc-parser';
import type { HttpMethod } from '../batch/spec';

export interface KeyInfo {
  readonly key: string;
  /** Markdown. */
  readonly documentation: string;
  /** Snippet for the value (VS Code snippet syntax), inserted after `"key": `. */
  readonly valueSnippet: string;
  /** The JSON types the value may have. */
  readonly types: readonly JsonNode['type'][];
  /** The value described in words, as in `"key" must be <what>`. */
  readonly what: string;
}

/** Completion and hover text of each method (the list of methods itself is document/to-spec's HTTP_METHODS). */
export const METHOD_DOCUMENTATION: Readonly<Record<HttpMethod, string>> = {
  GET: 'Read a node, edge or field. Takes no `body`.',
  POST: 'Create or update: publish, upload, change fields. May carry a `body`.',
  PUT: 'Update, where an endpoint accepts it. May carry a `body`.',
  DELETE: 'Delete the node. Takes no `body`.',
};

export const OPERATION_KEYS: readonly KeyInfo[] = [
  {
    key: 'method',
    documentation: 'HTTP method of the operation: `GET`, `POST`, `PUT` or `DELETE`.',
    valueSnippet: '"${1|GET,POST,PUT,DELETE|}"',
    types: ['string'],
    what: 'a string: GET, POST, PUT or DELETE',
  },
  {
    key: 'relative_url',
    documentation:
      'The part of the URL after the Graph API host and version, e.g. `me/friends?limit=5`. ' +
      'May use `{result=NAME:JSONPATH}` to insert values from an earlier operation and `{{token:NAME}}` for a stored token.',
    valueSnippet: '"$1"',
    types: ['string'],
    what: 'a string such as "me/feed?limit=5"',
  },
  {
    key: 'name',
    documentation:
      'Names the operation so later ones can use its result with `{result=NAME:JSONPATH}` or wait for it with `depends_on`.',
    valueSnippet: '"$1"',
    types: ['string'],
    what: 'a string that other operations use in {result=NAME:...}',
  },
  {
    key: 'depends_on',
    documentation:
      'Name of an earlier operation that must finish first. Only needed when no `{result=...}` reference already ties them; ' +
      'if the parent fails, this operation is not run.',
    valueSnippet: '"$1"',
    types: ['string'],
    what: 'the name of an earlier operation, as a string',
  },
  {
    key: 'body',
    documentation:
      'POST/PUT parameters: the raw form-encoded string the API takes (`message=Hello&link=...`), ' +
      'or an object that fbbatch form-encodes for you (nested values as JSON). GET and DELETE take no body.',
    valueSnippet: '"$1"',
    types: ['string', 'object'],
    what: 'a form-encoded string ("message=Hi&link=...") or an object ({ "message": "Hi" })',
  },
  {
    key: 'omit_response_on_success',
    documentation:
      'When a later operation references this one, the API leaves this response out (`null`) if it succeeded. ' +
      'Defaults to `true`; set `false` to keep the response.',
    valueSnippet: '${1|false,true|}',
    types: ['boolean'],
    what: 'true or false',
  },
  {
    key: 'attached_files',
    documentation:
      'Comma-separated names of files declared under `attachments`; each is sent as its own multipart part.',
    valueSnippet: '"$1"',
    types: ['string'],
    what: 'a string of attachment names separated by commas, e.g. "file1,file2"',
  },
  {
    key: 'headers',
    documentation: 'HTTP headers of the operation as `"Name: value"` strings, e.g. `"If-None-Match: <etag>"`.',
    valueSnippet: '["$1"]',
    types: ['array'],
    what: 'an array of "Name: value" strings',
  },
];

export const TOP_LEVEL_KEYS: readonly KeyInfo[] = [
  {
    key: 'api_version',
    documentation: 'Graph API version for this batch, e.g. `v24.0`. Without it the `fbbatch.apiVersion` setting is used.',
    valueSnippet: '"${1:v24.0}"',
    types: ['string'],
    what: 'a version string such as "v24.0"',
  },
  {
    key: 'include_headers',
    documentation: 'Set `false` to leave the response headers of every operation out of the answer (smaller responses).',
    valueSnippet: '${1|false,true|}',
    types: ['boolean'],
    what: 'true or false',
  },
  {
    key: 'attachments',
    documentation:
      'Files to send with the batch: part name → path relative to this file. Operations pick them with `attached_files`.',
    valueSnippet: '{\n\t"${1:file1}": "${2:./photo.jpg}"\n}',
    types: ['object'],
    what: 'an object mapping part names to file paths, e.g. { "file1": "./cat.gif" }',
  },
  {
    key: 'batch',
    documentation: 'The operations, in order: exactly the array the API takes as its `batch` parameter (at most 50 per request; fbbatch splits larger ones).',
    valueSnippet: '[\n\t$0\n]',
    types: ['array'],
    what: 'an array of operations',
  },
];

const OPERATION_KEY_INFO = new Map(OPERATION_KEYS.map((info) => [info.key, info]));
const TOP_LEVEL_KEY_INFO = new Map(TOP_LEVEL_KEYS.map((info) => [info.key, info]));

export function operationKeyInfo(key: string): KeyInfo | undefined {
  return OPERATION_KEY_INFO.get(key);
}

export function topLevelKeyInfo(key: string): KeyInfo | undefined {
  return TOP_LEVEL_KEY_INFO.get(key);
}
