import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { getCompletions } from '../../../src/core/language/completion';
import type { CompletionItem, LanguageContext } from '../../../src/core/language/types';
import { applyEdits, fakeContext, slice, withCursor } from './helpers';

const FRIENDS = '{ "method": "GET", "name": "get-friends", "relative_url": "me/friends?limit=5" }';
const ME = '{ "method": "GET", "name": "me", "relative_url": "me" }';

function complete(source: string, ctx: LanguageContext = fakeContext()): { items: CompletionItem[]; text: string } {
  const { doc, offset, text } = withCursor(source);
  return { items: getCompletions(doc, offset, ctx), text };
}

const labels = (items: readonly CompletionItem[]): string[] => items.map((item) => item.label);

/** The text after accepting `label` (snippet placeholders left as written). */
function accept(source: string, label: string, ctx: LanguageContext = fakeContext()): string {
  const { items, text } = complete(source, ctx);
  const item = items.find((candidate) => candidate.label === label);
  assert.ok(item, `no item ${label} among ${labels(items).join(', ')}`);
  return applyEdits(text, [{ range: item.range, newText: item.insertText }]);
}

describe('operation keys', () => {
  test('offers the keys not yet present, with documentation, and no body for GET', () => {
    const { items } = complete('[ { "method": "GET", "relative_url": "me", | } ]');
    assert.deepEqual(labels(items), ['name', 'depends_on', 'omit_response_on_success', 'attached_files', 'headers']);
    assert.ok(items.every((item) => item.documentation !== undefined && item.documentation.length > 20));
  });

  test('offers body for POST and replaces the half-typed quoted key including its closing quote', () => {
    const source = '[ { "method": "POST", "bo|" } ]';
    const { items, text } = complete(source);
    const body = items.find((item) => item.label === 'body');
    assert.ok(body);
    assert.equal(slice(text, body.range), '"bo"');
    assert.equal(body.filterText, '"body"');
    assert.equal(accept(source, 'body'), '[ { "method": "POST", "body": "$1" } ]');
  });

  test('the key being typed does not count as present', () => {
    const { items } = complete('[ { "method": "GET", "name|" } ]');
    assert.ok(labels(items).includes('name'));
    assert.ok(!labels(items).includes('method'));
  });

  test('an unquoted word is replaced too', () => {
    assert.equal(accept('[ { "method": "GET", dep| } ]', 'depends_on'), '[ { "method": "GET", "depends_on": "$1" } ]');
  });

  test('renaming a key that already has a value inserts only the key', () => {
    assert.equal(accept('[ { "me|thod": "GET" } ]', 'relative_url'), '[ { "relative_url": "GET" } ]');
  });
});

describe('values', () => {
  test('method values replace the whole string', () => {
    const source = '[ { "method": "P|O" } ]';
    const { items, text } = complete(source);
    assert.deepEqual(labels(items), ['GET', 'POST', 'PUT', 'DELETE']);
    assert.equal(slice(text, items[0].range), '"PO"');
    assert.equal(accept(source, 'DELETE'), '[ { "method": "DELETE" } ]');
  });

  test('method value after the colon inserts a quoted method', () => {
    assert.equal(accept('[ { "method": | } ]', 'POST'), '[ { "method": "POST" } ]');
  });

  test('omit_response_on_success and include_headers take booleans', () => {
    assert.deepEqual(labels(complete('[ { "omit_response_on_success": | } ]').items), ['false', 'true']);
    assert.equal(accept('{ "include_headers": t| }', 'true'), '{ "include_headers": true }');
  });

  test('depends_on offers earlier named operations, nearest first, with method and url', () => {
    const { items, text } = complete(`[ ${FRIENDS}, ${ME}, { "method": "GET", "depends_on": "g|" }, { "name": "later" } ]`);
    assert.deepEqual(labels(items), ['me', 'get-friends']);
    assert.equal(items[1].detail, 'GET me/friends?limit=5');
    assert.equal(slice(text, items[1].range), '"g"');
  });

  test('attached_files offers declared attachments not listed yet, also after a comma', () => {
    const base = '{ "attachments": { "cat": "./cat.gif", "dog": "./dog.jpg", "fox": "./fox.png" }, "batch": [ ';
    assert.deepEqual(labels(complete(`${base}{ "attached_files": "|" } ] }`).items), ['cat', 'dog', 'fox']);
    const source = `${base}{ "attached_files": "dog, c|" } ] }`;
    assert.deepEqual(labels(complete(source).items), ['cat', 'fox']);
    assert.equal(accept(source, 'cat'), `${base}{ "attached_files": "dog, cat" } ] }`);
  });
});

test('nothing right after a complete key or string value', () => {
  for (const source of ['[ { "method": "GET"| } ]', '[ { "method"|: "GET" } ]', '[ { "depends_on": "x"| } ]', '{ "api_version"| }']) {
    assert.deepEqual(complete(source).items, [], source);
  }
});

test('at the end of a half-typed file the open operation still gets its keys and values', () => {
  assert.ok(labels(complete('[ { "method": "GET", |').items).includes('relative_url'));
  assert.ok(labels(complete('[ { "method": "GET", "rel|').items).includes('relative_url'));
  assert.deepEqual(labels(complete('[ { "method": "P|').items), ['GET', 'POST', 'PUT', 'DELETE']);
  assert.deepEqual(complete('[ { "method": "GET"|').items, []);
});

describe('top level', () => {
  test('offers the option keys not present yet', () => {
    const { items } = complete('{ "api_version": "v24.0", | "batch": [] }');
    assert.deepEqual(labels(items), ['include_headers', 'attachments']);
  });

  test('nothing inside the attachments object keys (those are the user\'s names)', () => {
    assert.deepEqual(complete('{ "attachments": { | } }').items, []);
  });
});

describe('references and tokens', () => {
  test('after {result= offers only earlier operations, replacing the partial name', () => {
    const source = `[ ${FRIENDS}, { "method": "GET", "relative_url": "?ids={result=get-fr|nds:$.id}" }, ${ME} ]`;
    const { items, text } = complete(source);
    assert.deepEqual(labels(items), ['get-friends']);
    assert.equal(items[0].detail, 'GET me/friends?limit=5');
    assert.equal(slice(text, items[0].range), 'get-frnds');
    assert.ok(accept(source, 'get-friends').includes('{result=get-friends:$.id}'));
  });

  test('works in a body object value and in a header', () => {
    assert.deepEqual(labels(complete(`[ ${ME}, { "method": "POST", "body": { "message": "hi {result=|" } } ]`).items), ['me']);
    assert.deepEqual(labels(complete(`[ ${ME}, { "method": "GET", "headers": ["X-A: {result=|"] } ]`).items), ['me']);
  });

  test('no reference completion once the reference is closed before the cursor', () => {
    assert.deepEqual(complete(`[ ${ME}, { "relative_url": "{result=me:$.id}/fri|" } ]`).items, []);
  });

  test('a percent-encoded reference in a form body gets the name percent-encoded', () => {
    const source = `[ { "name": "a b", "method": "GET" }, { "method": "POST", "body": "x=%7Bresult%3D|" } ]`;
    const { items } = complete(source);
    assert.deepEqual(items, []); // "a b" has whitespace: it cannot be referenced
    const named = `[ { "name": "ü1", "method": "GET" }, { "method": "POST", "body": "x=%7Bresult%3D|" } ]`;
    assert.equal(complete(named).items[0].insertText, '%C3%BC1');
  });

  test('a percent-encoded reference is completed where the server decodes it (a relative_url), not in an object body value', () => {
    assert.deepEqual(labels(complete(`[ ${ME}, { "method": "GET", "relative_url": "?ids=%7Bresult%3D|" } ]`).items), ['me']);
    assert.deepEqual(complete(`[ ${ME}, { "method": "POST", "body": { "m": "%7Bresult%3D|" } } ]`).items, []);
  });

  test('a name is spelled so that the server reads it back: form-safe in a relative_url, as it is in a header', () => {
    const source = (where: string) => `[ { "name": "a+b", "method": "GET", "relative_url": "me" }, { "method": "GET", ${where} } ]`;
    assert.equal(complete(source('"relative_url": "?ids={result=|"')).items[0].insertText, 'a%2Bb');
    assert.equal(complete(source('"headers": ["X-A: {result=|"]')).items[0].insertText, 'a+b');
  });

  test('after {{token: offers stored token names and closes the placeholder', () => {
    const ctx = fakeContext({ tokenNames: () => ['page', 'admin'] });
    const source = '[ { "relative_url": "me?access_token={{token:pa|" } ]';
    assert.deepEqual(labels(complete(source, ctx).items), ['page', 'admin']);
    assert.equal(accept(source, 'page', ctx), '[ { "relative_url": "me?access_token={{token:page}}" } ]');
    assert.equal(accept('[ { "relative_url": "{{token:p|}}" } ]', 'page', ctx), '[ { "relative_url": "{{token:page}}" } ]');
  });
});

describe('JSONPath members of the last response', () => {
  const response = {
    data: [
      { id: '101', name: 'Ann', 'first name': 'A' },
      { id: '102', name: 'Bob', picture: { url: 'x' } },
    ],
    paging: { next: 'https://example.invalid' },
  };
  const ctx = fakeContext({ lastResponse: (name) => (name === 'get-friends' ? response : undefined) });
  const at = (path: string): string => `[ ${FRIENDS}, { "method": "GET", "relative_url": "?ids={result=get-friends:${path}" } ]`;

  test('members of every element after $.data.*.', () => {
    const { items } = complete(at('$.data.*.|'), ctx);
    assert.deepEqual(labels(items), ['id', 'name', 'first name', 'picture']);
    assert.equal(items[0].detail, '"101"');
  });

  test('indices and * of an array, members of the root', () => {
    assert.deepEqual(labels(complete(at('$.data.|'), ctx).items), ['*', '0', '1']);
    assert.deepEqual(labels(complete(at('$.|'), ctx).items), ['data', 'paging']);
  });

  test('replaces the partially typed member, also when text follows', () => {
    const source = at('$.data.0.na|me}');
    const { items, text } = complete(source, ctx);
    const name = items.find((item) => item.label === 'name');
    assert.ok(name);
    assert.equal(slice(text, name.range), 'name');
  });

  test('a member that is not an identifier goes in brackets, replacing the dot', () => {
    const source = at('$.data.0.|');
    assert.ok(accept(source, 'first name', ctx).includes("{result=get-friends:$.data.0['first name']"));
  });

  test('nothing before a run, for another operation, or after an invalid prefix', () => {
    assert.deepEqual(complete(at('$.data.*.|')).items, []);
    assert.deepEqual(complete(`[ ${ME}, { "relative_url": "{result=me:$.|" } ]`, ctx).items, []);
    assert.deepEqual(complete(at('$.data[.|'), ctx).items, []);
  });
});

describe('snippets', () => {
  test('a new operation between elements gets the commas it needs', () => {
    const after = accept(`[ ${ME} | ]`, 'GET operation');
    assert.equal(after, `[ ${ME} , { "method": "GET", "relative_url": "\${1:me}" } ]`);
    const between = accept(`[ ${ME}, | ${FRIENDS} ]`, 'GET operation');
    assert.equal(between, `[ ${ME}, { "method": "GET", "relative_url": "\${1:me}" }, ${FRIENDS} ]`);
    const first = accept(`[ |${ME} ]`, 'POST operation');
    assert.ok(first.startsWith('[ { "method": "POST"') && first.endsWith(`},${ME} ]`), first);
  });

  test('the result snippet proposes the nearest earlier named operation', () => {
    const { items } = complete(`[ ${FRIENDS}, ${ME}, | ]`);
    const snippet = items.find((item) => item.label === 'Operation using a result');
    assert.ok(snippet?.insertText.includes('{result=${1:me}:\\$.'));
    assert.equal(snippet?.isSnippet, true);
  });

  test('an empty or comment-only file offers whole-file snippets', () => {
    assert.deepEqual(labels(complete('|').items), ['Batch (array)', 'Batch with options', 'Batch with attachments']);
    assert.equal(complete('// my batch\n|\n').items.length, 3);
    const { items, text } = complete('bat|');
    assert.equal(slice(text, items[0].range), 'bat');
  });
});

// Its speed is measured by the benchmark (npm run bench), not by a timed test on a shared machine.
test('completion on a 5,000-operation file offers every earlier name and the members of the last answer', () => {
  const ops = Array.from({ length: 5000 }, (_, i) =>
    `  { "method": "GET", "name": "op-${i}", "relative_url": "?ids={result=op-${Math.max(i - 1, 0)}:$.data.*.id}" }`);
  const text = `[\n${ops.join(',\n')}\n]`;
  const doc = parseBatchDocument(text);
  const ctx = fakeContext({ lastResponse: () => ({ data: [{ id: '1', name: 'x' }] }) });
  const names = getCompletions(doc, text.lastIndexOf('{result=') + '{result='.length, ctx);
  assert.equal(names.filter((item) => item.kind === 'operation').length, 4999);
  const members = getCompletions(doc, text.lastIndexOf('$.data.*.') + '$.data.*.'.length, ctx);
  assert.deepEqual(labels(members).sort(), ['id', 'name']);
});
