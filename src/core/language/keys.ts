// What each key of a .fbbatch file means: shown by completion and hover alike.

export interface KeyInfo {
  readonly key: string;
  /** Markdown. */
  readonly documentation: string;
  /** Snippet for the value (VS Code snippet syntax), inserted after `"key": `. */
  readonly valueSnippet: string;
}

export const HTTP_METHODS: readonly { readonly method: string; readonly documentation: string }[] = [
  { method: 'GET', documentation: 'Read a node, edge or field. Takes no `body`.' },
  { method: 'POST', documentation: 'Create or update: publish, upload, change fields. May carry a `body`.' },
  { method: 'PUT', documentation: 'Update, where an endpoint accepts it. May carry a `body`.' },
  { method: 'DELETE', documentation: 'Delete the node. Takes no `body`.' },
];

export const OPERATION_KEYS: readonly KeyInfo[] = [
  {
    key: 'method',
    documentation: 'HTTP method of the operation: `GET`, `POST`, `PUT` or `DELETE`.',
    valueSnippet: '"${1|GET,POST,PUT,DELETE|}"',
  },
  {
    key: 'relative_url',
    documentation:
      'The part of the URL after the Graph API host and version, e.g. `me/friends?limit=5`. ' +
      'May use `{result=NAME:JSONPATH}` to insert values from an earlier operation and `{{token:NAME}}` for a stored token.',
    valueSnippet: '"$1"',
  },
  {
    key: 'name',
    documentation:
      'Names the operation so later ones can use its result with `{result=NAME:JSONPATH}` or wait for it with `depends_on`.',
    valueSnippet: '"$1"',
  },
  {
    key: 'depends_on',
    documentation:
      'Name of an earlier operation that must finish first. Only needed when no `{result=...}` reference already ties them; ' +
      'if the parent fails, this operation is not run.',
    valueSnippet: '"$1"',
  },
  {
    key: 'body',
    documentation:
      'POST/PUT parameters: the raw form-encoded string the API takes (`message=Hello&link=...`), ' +
      'or an object that fbbatch form-encodes for you (nested values as JSON). GET and DELETE take no body.',
    valueSnippet: '"$1"',
  },
  {
    key: 'omit_response_on_success',
    documentation:
      'When a later operation references this one, the API leaves this response out (`null`) if it succeeded. ' +
      'Defaults to `true`; set `false` to keep the response.',
    valueSnippet: '${1|false,true|}',
  },
  {
    key: 'attached_files',
    documentation:
      'Comma-separated names of files declared under `attachments`; each is sent as its own multipart part.',
    valueSnippet: '"$1"',
  },
  {
    key: 'headers',
    documentation: 'HTTP headers of the operation as `"Name: value"` strings, e.g. `"If-None-Match: <etag>"`.',
    valueSnippet: '["$1"]',
  },
];

export const TOP_LEVEL_KEYS: readonly KeyInfo[] = [
  {
    key: 'api_version',
    documentation: 'Graph API version for this batch, e.g. `v24.0`. Without it the `fbbatch.apiVersion` setting is used.',
    valueSnippet: '"${1:v24.0}"',
  },
  {
    key: 'include_headers',
    documentation: 'Set `false` to leave the response headers of every operation out of the answer (smaller responses).',
    valueSnippet: '${1|false,true|}',
  },
  {
    key: 'attachments',
    documentation:
      'Files to send with the batch: part name → path relative to this file. Operations pick them with `attached_files`.',
    valueSnippet: '{\n\t"${1:file1}": "${2:./photo.jpg}"\n}',
  },
  {
    key: 'batch',
    documentation: 'The operations, in order: exactly the array the API takes as its `batch` parameter (at most 50 per request; fbbatch splits larger ones).',
    valueSnippet: '[\n\t$0\n]',
  },
];

export function operationKeyInfo(key: string): KeyInfo | undefined {
  return OPERATION_KEYS.find((info) => info.key === key);
}

export function topLevelKeyInfo(key: string): KeyInfo | undefined {
  return TOP_LEVEL_KEYS.find((info) => info.key === key);
}
