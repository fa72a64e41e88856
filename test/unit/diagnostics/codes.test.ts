// One triggering case per diagnostic code: code, severity and the exact source text of the range.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { DIAGNOSTIC_CODES, validateBatchDocument } from '../../../src/core/language/diagnostics';
import type { LanguageContext, Severity } from '../../../src/core/language/types';
import { testContext } from './context';

interface Case {
  readonly code: string;
  readonly severity: Severity;
  readonly text: string;
  readonly rangeText: string;
  readonly context?: Partial<LanguageContext>;
  /** Words the message must contain (it must say how to fix the problem). */
  readonly says?: string;
  readonly suggestion?: string;
}

const op = (fields: string): string => `[{"method":"GET","relative_url":"me"${fields}}]`;
const chain = (count: number): string =>
  '[' + Array.from({ length: count }, (_, i) => `{"method":"GET","name":"n${i}","relative_url":"${i === 0 ? 'me' : `?ids={result=n${i - 1}:$.id}`}"}`).join(',') + ']';

const CASES: readonly Case[] = [
  { code: 'FB001', severity: 'error', text: '[{"method": "GET" "relative_url": "me"}]', rangeText: '"relative_url"', says: 'comma' },
  { code: 'FB002', severity: 'information', text: '  // nothing yet\n', rangeText: '  // nothing yet\n', says: 'relative_url' },
  { code: 'FB003', severity: 'error', text: '"me/feed"', rangeText: '"me/feed"', says: 'array of operations' },
  { code: 'FB004', severity: 'warning', text: '{"api_versoin":"v24.0","batch":[{"method":"GET","relative_url":"me"}]}', rangeText: '"api_versoin"', suggestion: 'api_version' },
  { code: 'FB005', severity: 'error', text: '{"api_version":"v24.0"}', rangeText: '{', says: '"batch": [' },
  { code: 'FB006', severity: 'error', text: '{"include_headers":"false","batch":[{"method":"GET","relative_url":"me"}]}', rangeText: '"false"', says: 'true or false' },
  { code: 'FB006', severity: 'error', text: '{"batch":{"method":"GET"}}', rangeText: '{"method":"GET"}', says: 'array' },
  { code: 'FB006', severity: 'error', text: '{"attachments":{"f":1},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"f"}]}', rangeText: '1', says: 'file path' },
  { code: 'FB007', severity: 'error', text: '{"api_version":"24.0","batch":[{"method":"GET","relative_url":"me"}]}', rangeText: '"24.0"', says: 'v24.0' },
  { code: 'FB008', severity: 'warning', text: '[{"method":"POST","method":"GET","relative_url":"me"}]', rangeText: '"method"', says: 'last one counts' },
  { code: 'FB009', severity: 'warning', text: '{"batch": [ ]}', rangeText: '[ ]', says: 'Add one' },
  { code: 'FB101', severity: 'error', text: '[{"method":"GET","relative_url":"me"}, "me/feed"]', rangeText: '"me/feed"', says: 'object' },
  { code: 'FB102', severity: 'error', text: '[{"relative_url":"me"}]', rangeText: '{', says: '"method": "GET"' },
  { code: 'FB103', severity: 'error', text: '[{"method":"GTE","relative_url":"me"}]', rangeText: '"GTE"', suggestion: 'GET' },
  { code: 'FB104', severity: 'warning', text: '[{"method":"post","relative_url":"me/feed"}]', rangeText: '"post"', says: 'upper case' },
  { code: 'FB105', severity: 'error', text: '[{"method":"GET"}]', rangeText: '{', says: '"relative_url": "me/feed"' },
  { code: 'FB106', severity: 'error', text: '[{"method":"GET","relative_url":"https://graph.facebook.com/v19.0/me?fields=id"}]', rangeText: 'https://graph.facebook.com/v19.0/', says: 'https://graph.facebook.com/vX.Y/' },
  { code: 'FB107', severity: 'error', text: '[{"method":"GET","relative_url":"graph.facebook.com/me"}]', rangeText: 'graph.facebook.com/', says: 'write "me"' },
  { code: 'FB108', severity: 'warning', text: '[{"method":"GET","relative_url":"/me/feed"}]', rangeText: '/', says: 'write "me/feed"' },
  { code: 'FB109', severity: 'warning', text: '[{"method":"GET","relative_url":"v19.0/me"}]', rangeText: 'v19.0/', says: 'api_version' },
  { code: 'FB110', severity: 'error', text: '[{"method":"DELETE","relative_url":"123","body":"a=1"}]', rangeText: '"body"', says: 'query string' },
  { code: 'FB111', severity: 'warning', text: op(',"boddy":"a=1"'), rangeText: '"boddy"', suggestion: 'body' },
  { code: 'FB112', severity: 'error', text: op(',"omit_response_on_success":"false"'), rangeText: '"false"', says: 'true or false' },
  { code: 'FB112', severity: 'error', text: op(',"headers":"X-A: 1"'), rangeText: '"X-A: 1"', says: 'array' },
  { code: 'FB112', severity: 'error', text: op(',"headers":[7]'), rangeText: '7', says: '"Name: value"' },
  { code: 'FB112', severity: 'error', text: '[{"method":"POST","relative_url":"me/feed","body":42}]', rangeText: '42', says: 'form-encoded string' },
  { code: 'FB112', severity: 'error', text: '[{"method":"POST","relative_url":"me/photos","attached_files":["f1"]}]', rangeText: '["f1"]', says: 'separated by commas' },
  { code: 'FB113', severity: 'error', text: op(',"headers":["no colon here"]'), rangeText: '"no colon here"', says: 'Name: value' },
  {
    code: 'FB201', severity: 'error', rangeText: '"a"', says: 'Rename',
    text: '[{"method":"GET","name":"a","relative_url":"me"},{"method":"GET","name":"b","relative_url":"me"},{"method":"GET","name":"a","relative_url":"me/feed"}]',
  },
  {
    code: 'FB202', severity: 'error', rangeText: 'frist', suggestion: 'first',
    text: '[{"method":"POST","name":"first","relative_url":"me/feed","body":"message=hi"},{"method":"GET","depends_on":"frist","relative_url":"me/feed"}]',
  },
  {
    code: 'FB203', severity: 'error', rangeText: 'get-frinds', suggestion: 'get-friends',
    text: '[{"method":"GET","name":"get-friends","relative_url":"me/friends"},{"method":"GET","relative_url":"?ids={result=get-frinds:$.data.*.id}"}]',
  },
  {
    code: 'FB204', severity: 'error', rangeText: 'later', says: 'move "later" above',
    text: '[{"method":"GET","relative_url":"?ids={result=later:$.id}"},{"method":"GET","name":"later","relative_url":"me"}]',
  },
  {
    code: 'FB204', severity: 'error', rangeText: 'later', says: 'earlier one',
    text: '[{"method":"GET","relative_url":"me","depends_on":"later"},{"method":"GET","name":"later","relative_url":"me"}]',
  },
  { code: 'FB205', severity: 'error', text: op(',"name":"self"').replace('"me"', '"?x={result=self:$.id}"'), rangeText: 'self', says: 'itself' },
  { code: 'FB205', severity: 'error', text: op(',"name":"me","depends_on":"me"'), rangeText: 'me', says: 'earlier operation' },
  {
    code: 'FB206', severity: 'error', rangeText: 'a', says: 'a → b → a',
    text: '[{"name":"a","method":"GET","relative_url":"me","depends_on":"b"},{"name":"b","method":"GET","relative_url":"?x={result=a:$.id}"}]',
  },
  {
    code: 'FB203', severity: 'error', rangeText: 'frinds', suggestion: 'friends',
    text: '[{"name":"friends","method":"GET","relative_url":"me/friends"},{"method":"GET","relative_url":"?ids=%7Bresult%3Dfrinds%3A%24.data.*.id%7D"}]',
  },
  {
    code: 'FB207', severity: 'error', rangeText: '?(@.x)', says: 'Filter',
    text: '[{"name":"a","method":"GET","relative_url":"me"},{"method":"GET","relative_url":"?ids={result=a:$.data[?(@.x)]}"}]',
  },
  {
    code: 'FB207', severity: 'error', rangeText: '%3F(%40.x)', says: 'Filter',
    text: '[{"name":"a","method":"GET","relative_url":"me"},{"method":"POST","relative_url":"me/feed","body":"m=%7Bresult%3Da%3A%24.data%5B%3F(%40.x)%5D%7D"}]',
  },
  {
    code: 'FB207', severity: 'error', rangeText: '{result=a}', says: '{result=a:$.id}',
    text: '[{"name":"a","method":"GET","relative_url":"me"},{"method":"GET","relative_url":"?ids={result=a}"}]',
  },
  {
    code: 'FB208', severity: 'warning', rangeText: '{result=', says: 'closing brace',
    text: '[{"name":"a","method":"GET","relative_url":"me"},{"method":"GET","relative_url":"?x={result=a:$.id}&ids={result=a:$.data.*.id"}]',
  },
  { code: 'FB301', severity: 'information', text: `[${Array.from({ length: 51 }, () => '{"method":"GET","relative_url":"me"}').join(',')}]`, rangeText: '[', says: 'several requests' },
  { code: 'FB302', severity: 'error', text: chain(51), rangeText: '"n0"', says: 'at most 50' },
  {
    code: 'FB401', severity: 'error', rangeText: 'fiel1', suggestion: 'file1',
    text: '{"attachments":{"file1":"./cat.gif"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"file1, fiel1"}]}',
  },
  {
    code: 'FB402', severity: 'error', rangeText: '"./cat.gif"', context: { fileExists: () => false }, says: 'fix the path',
    text: '{"attachments":{"file1":"./cat.gif"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"file1"}]}',
  },
  {
    code: 'FB403', severity: 'warning', rangeText: '"../../secret.png"', context: { isInsideWorkspace: () => false }, says: 'into the workspace',
    text: '{"attachments":{"file1":"../../secret.png"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"file1"}]}',
  },
  {
    code: 'FB404', severity: 'hint', rangeText: '"file2"', says: 'remove it',
    text: '{"attachments":{"file1":"./cat.gif","file2":"./dog.jpg"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"file1"}]}',
  },
  { code: 'FB501', severity: 'warning', text: op('').replace('"me"', '"me?fields=id&access_token=abc123secret"'), rangeText: 'abc123secret', says: 'secret storage' },
  { code: 'FB502', severity: 'information', text: op('').replace('"me"', '"me?access_token={{token:work}}"'), rangeText: '{{token:work}}', says: 'ask for it at run time' },
];

describe('every diagnostic code has a triggering case', () => {
  for (const c of CASES) {
    test(`${c.code}: ${c.text.slice(0, 70)}`, () => {
      const diagnostics = validateBatchDocument(parseBatchDocument(c.text), testContext(c.context));
      const found = diagnostics.filter((d) => d.code === c.code && c.text.slice(d.range.start, d.range.end) === c.rangeText);
      assert.equal(found.length, 1, `expected one ${c.code} on ${JSON.stringify(c.rangeText)}, got ${JSON.stringify(diagnostics.map((d) => [d.code, c.text.slice(d.range.start, d.range.end)]))}`);
      const [diagnostic] = found;
      assert.equal(diagnostic.severity, c.severity);
      if (c.says !== undefined) assert.ok(diagnostic.message.includes(c.says), diagnostic.message);
      if (c.suggestion !== undefined) {
        assert.equal(diagnostic.data?.suggestion, c.suggestion);
        assert.ok(diagnostic.message.includes(`Did you mean "${c.suggestion}"?`), diagnostic.message);
      }
    });
  }

  test('the cases cover every code of the table', () => {
    const covered = new Set(CASES.map((c) => c.code));
    assert.deepEqual(Object.keys(DIAGNOSTIC_CODES).filter((code) => !covered.has(code)), []);
  });
});
