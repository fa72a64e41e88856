// Every quick fix: apply its edits, compare the text, and check the diagnostic is gone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { validateBatchDocument } from '../../../src/core/language/diagnostics';
import { getCodeActions } from '../../../src/core/language/quickfix';
import type { CodeAction, TextEdit } from '../../../src/core/language/types';
import { testContext } from '../diagnostics/context';

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.range.start - a.range.start)
    .reduce((out, edit) => out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end), text);
}

function actionsFor(text: string, code: string): CodeAction[] {
  const doc = parseBatchDocument(text);
  const diagnostics = validateBatchDocument(doc, testContext()).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `no ${code} in ${text}`);
  return getCodeActions(doc, diagnostics[0].range, diagnostics);
}

/** Applies the action with this title and checks the code is no longer reported. */
function fix(text: string, code: string, title: string): { result: string; action: CodeAction } {
  const actions = actionsFor(text, code);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.deepEqual(action.fixes, [code]);
  const result = applyEdits(text, action.edits);
  const left = validateBatchDocument(parseBatchDocument(result), testContext()).filter((d) => d.code === code);
  assert.deepEqual(left, [], `${code} still reported after the fix:\n${result}`);
  return { result, action };
}

interface Case {
  readonly code: string;
  readonly title: string;
  readonly text: string;
  readonly expected: string;
}

const CASES: readonly Case[] = [
  {
    code: 'FB110', title: 'Remove the body',
    text: '[{"method":"GET","relative_url":"me","body":"a=1"}]',
    expected: '[{"method":"GET","relative_url":"me"}]',
  },
  {
    code: 'FB110', title: 'Remove the body',
    text: '[\n  {\n    "method": "DELETE",\n    "body": { "a": 1 },\n    "relative_url": "123"\n  }\n]',
    expected: '[\n  {\n    "method": "DELETE",\n    "relative_url": "123"\n  }\n]',
  },
  {
    code: 'FB111', title: 'Change to "body"',
    text: '[{"method":"POST","relative_url":"me/feed","boddy":"message=hi"}]',
    expected: '[{"method":"POST","relative_url":"me/feed","body":"message=hi"}]',
  },
  {
    code: 'FB004', title: 'Change to "api_version"',
    text: '{"api_versoin":"v24.0","batch":[{"method":"GET","relative_url":"me"}]}',
    expected: '{"api_version":"v24.0","batch":[{"method":"GET","relative_url":"me"}]}',
  },
  {
    code: 'FB103', title: 'Change to "GET"',
    text: '[{"method":"GTE","relative_url":"me"}]',
    expected: '[{"method":"GET","relative_url":"me"}]',
  },
  {
    code: 'FB104', title: 'Change to "POST"',
    text: '[{"method":"post","relative_url":"me/feed"}]',
    expected: '[{"method":"POST","relative_url":"me/feed"}]',
  },
  {
    code: 'FB202', title: 'Change to "first"',
    text: '[{"method":"POST","name":"first","relative_url":"me/feed"},{"method":"GET","depends_on":"frist","relative_url":"me/feed"}]',
    expected: '[{"method":"POST","name":"first","relative_url":"me/feed"},{"method":"GET","depends_on":"first","relative_url":"me/feed"}]',
  },
  {
    code: 'FB202', title: 'Add "name": "first" to operation 1',
    text: '[{"method":"POST","relative_url":"me/feed"},{"method":"GET","depends_on":"first","relative_url":"me/feed"}]',
    expected: '[{"name": "first", "method":"POST","relative_url":"me/feed"},{"method":"GET","depends_on":"first","relative_url":"me/feed"}]',
  },
  {
    code: 'FB203', title: 'Change to "get-friends"',
    text: '[{"method":"GET","name":"get-friends","relative_url":"me/friends"},{"method":"GET","relative_url":"?ids={result=get-frinds:$.data.*.id}"}]',
    expected: '[{"method":"GET","name":"get-friends","relative_url":"me/friends"},{"method":"GET","relative_url":"?ids={result=get-friends:$.data.*.id}"}]',
  },
  {
    code: 'FB203', title: 'Change to "my op"',
    text: '[{"method":"GET","name":"my op","relative_url":"me"},{"method":"POST","relative_url":"me/feed","body":"m=%7Bresult%3Dmy%20opp%3A%24.id%7D"}]',
    expected: '[{"method":"GET","name":"my op","relative_url":"me"},{"method":"POST","relative_url":"me/feed","body":"m=%7Bresult%3Dmy%20op%3A%24.id%7D"}]',
  },
  {
    // Written plainly in a relative_url, which the server decodes: the `&` of the name must go in as %26.
    code: 'FB203', title: 'Change to "pages&more"',
    text: '[{"method":"GET","name":"pages&more","relative_url":"me"},{"method":"GET","relative_url":"?ids={result=pages%26mor:$.id}"}]',
    expected: '[{"method":"GET","name":"pages&more","relative_url":"me"},{"method":"GET","relative_url":"?ids={result=pages%26more:$.id}"}]',
  },
  {
    code: 'FB203', title: 'Add "name": "friends" to operation 1',
    text: '[\n  {\n    "method": "GET",\n    "relative_url": "me/friends"\n  },\n  { "method": "GET", "relative_url": "?ids={result=friends:$.data.*.id}" }\n]',
    expected: '[\n  {\n    "name": "friends",\n    "method": "GET",\n    "relative_url": "me/friends"\n  },\n  { "method": "GET", "relative_url": "?ids={result=friends:$.data.*.id}" }\n]',
  },
  {
    code: 'FB401', title: 'Change to "file1"',
    text: '{"attachments":{"file1":"./a.gif"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"fiel1"}]}',
    expected: '{"attachments":{"file1":"./a.gif"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"file1"}]}',
  },
  {
    code: 'FB404', title: 'Remove the unused attachment',
    text: '{"attachments":{"file1":"./a.gif", "file2":"./b.gif"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"file1"}]}',
    expected: '{"attachments":{"file1":"./a.gif"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"file1"}]}',
  },
  {
    code: 'FB008', title: 'Remove this duplicate key',
    text: '[{"method":"POST","relative_url":"me","method":"GET"}]',
    expected: '[{"relative_url":"me","method":"GET"}]',
  },
  {
    code: 'FB102', title: 'Add "method": "POST"',
    text: '[{"relative_url":"me/feed","body":"message=hi"}]',
    expected: '[{"method": "POST", "relative_url":"me/feed","body":"message=hi"}]',
  },
  {
    code: 'FB102', title: 'Add "method": "GET"',
    text: '[{}]',
    expected: '[{ "method": "GET" }]',
  },
  {
    code: 'FB105', title: 'Add "relative_url"',
    text: '[\n  {\n    "method": "GET"\n  }\n]',
    expected: '[\n  {\n    "method": "GET",\n    "relative_url": ""\n  }\n]',
  },
  { code: 'FB002', title: 'Insert a first operation', text: '', expected: '[\n  { "method": "GET", "relative_url": "me" }\n]\n' },
  { code: 'FB002', title: 'Insert a first operation', text: '// notes', expected: '// notes\n[\n  { "method": "GET", "relative_url": "me" }\n]\n' },
  {
    code: 'FB106', title: 'Remove "https://graph.facebook.com/v19.0/" from relative_url',
    text: '[{"method":"GET","relative_url":"https://graph.facebook.com/v19.0/me?fields=id"}]',
    expected: '[{"method":"GET","relative_url":"me?fields=id"}]',
  },
  {
    code: 'FB107', title: 'Remove "graph.facebook.com/" from relative_url',
    text: '[{"method":"GET","relative_url":"graph.facebook.com/me"}]',
    expected: '[{"method":"GET","relative_url":"me"}]',
  },
  {
    code: 'FB108', title: 'Remove "/" from relative_url',
    text: '[{"method":"GET","relative_url":"/me/feed"}]',
    expected: '[{"method":"GET","relative_url":"me/feed"}]',
  },
  {
    code: 'FB109', title: 'Remove "/v24.0/" from relative_url',
    text: '[{"method":"GET","relative_url":"/v24.0/me"}]',
    expected: '[{"method":"GET","relative_url":"me"}]',
  },
];

describe('quick fixes', () => {
  for (const c of CASES) {
    test(`${c.code}: ${c.title}`, () => {
      assert.equal(fix(c.text, c.code, c.title).result, c.expected);
    });
  }

  test('an absolute URL to another site gets no automatic fix', () => {
    assert.deepEqual(actionsFor('[{"method":"GET","relative_url":"https://example.com/me"}]', 'FB106'), []);
  });

  test('only diagnostics touching the requested range are fixed', () => {
    const text = '[{"method":"GTE","relative_url":"me"},{"method":"GET","relative_url":"me","boddy":"x"}]';
    const doc = parseBatchDocument(text);
    const diagnostics = validateBatchDocument(doc, testContext());
    const at = text.indexOf('boddy');
    assert.deepEqual(getCodeActions(doc, { start: at, end: at }, diagnostics).map((a) => a.title), ['Change to "body"']);
  });

  test('add-name is offered for the nearest earlier unnamed operations only', () => {
    const text = '[{"method":"GET","relative_url":"a"},{"method":"GET","name":"b","relative_url":"b"},{"method":"GET","relative_url":"?x={result=c:$.id}"},{"method":"GET","relative_url":"d"}]';
    assert.deepEqual(actionsFor(text, 'FB203').map((a) => a.title), ['Add "name": "c" to operation 1']);
  });
});

describe('moving a literal token into storage', () => {
  const TOKEN = 'EAABsbCS1iHgBAZBq0xyzxyzxyz12345';

  test('replaces the token by a placeholder and hands the token to the storing command only', () => {
    const text = `[{"method":"GET","relative_url":"me?access_token=${TOKEN}&fields=id"}]`;
    const { result, action } = fix(text, 'FB501', 'Move the access token into secret storage as "token"');
    assert.equal(result, '[{"method":"GET","relative_url":"me?access_token={{token:token}}&fields=id"}]');
    assert.deepEqual(action.command, { id: 'fbbatch.storeTokenFromFile', token: TOKEN, name: 'token' });
    assert.ok(!action.title.includes(TOKEN));
  });

  test('works inside a header, and picks a name no placeholder already uses', () => {
    const text = `[{"method":"GET","relative_url":"me?access_token={{token:token}}","headers":["Authorization: OAuth ${TOKEN}"]}]`;
    const { result, action } = fix(text, 'FB501', 'Move the access token into secret storage as "token2"');
    assert.equal(result, '[{"method":"GET","relative_url":"me?access_token={{token:token}}","headers":["Authorization: OAuth {{token:token2}}"]}]');
    assert.equal(action.command?.token, TOKEN);
  });

  test('the same token twice gets the same name; a different one another name', () => {
    const other = 'EAAOtherOtherOtherOtherOther99';
    const text = `[{"method":"GET","relative_url":"a?access_token=${TOKEN}"},{"method":"GET","relative_url":"b?access_token=${other}"},{"method":"GET","relative_url":"c?access_token=${TOKEN}"}]`;
    const doc = parseBatchDocument(text);
    const diagnostics = validateBatchDocument(doc, testContext()).filter((d) => d.code === 'FB501');
    const names = getCodeActions(doc, { start: 0, end: text.length }, diagnostics).map((a) => a.command?.name);
    assert.deepEqual(names, ['token', 'token2', 'token']);
  });

  test('picks a name that storage does not hold yet, so an existing token is never overwritten', () => {
    const text = `[{"method":"GET","relative_url":"me?access_token=${TOKEN}"}]`;
    const doc = parseBatchDocument(text);
    const diagnostics = validateBatchDocument(doc, testContext()).filter((d) => d.code === 'FB501');
    const actions = getCodeActions(doc, diagnostics[0].range, diagnostics, ['token', 'token2', 'page']);
    assert.deepEqual(actions.map((a) => a.command?.name), ['token3']);
    assert.equal(actions[0].edits[0].newText, '{{token:token3}}');
  });
});
