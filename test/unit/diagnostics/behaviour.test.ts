import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { validateBatchDocument } from '../../../src/core/language/diagnostics';
import type { Diagnostic } from '../../../src/core/language/types';
import { testContext } from './context';

const validate = (text: string, ctx = testContext()): Diagnostic[] => validateBatchDocument(parseBatchDocument(text), ctx);
const rangeTexts = (text: string, diagnostics: readonly Diagnostic[], code: string): string[] =>
  diagnostics.filter((d) => d.code === code).map((d) => text.slice(d.range.start, d.range.end));

describe('validateBatchDocument', () => {
  test('the realistic fixtures are clean', () => {
    for (const name of ['lang-clean-object.fbbatch', 'lang-clean-array.fbbatch']) {
      assert.deepEqual(validate(readFileSync(`test/fixtures/${name}`, 'utf8')), [], name);
    }
  });

  test('keys named like built-in object members are unknown keys, not a crash', () => {
    const text = '[{"method":"GET","relative_url":"me","constructor":1,"toString":2}]';
    assert.deepEqual(rangeTexts(text, validate(text), 'FB111'), ['"constructor"', '"toString"']);
  });

  test('an empty file gives one friendly note, not an error', () => {
    const diagnostics = validate('');
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['FB002', 'information']]);
  });

  test('referencing an operation that keeps its response (omit_response_on_success: false) is fine', () => {
    const text = '[{"method":"GET","name":"a","relative_url":"me","omit_response_on_success":false},{"method":"GET","relative_url":"?ids={result=a:$.id}"}]';
    assert.deepEqual(validate(text), []);
  });

  test('a duplicate name points at the first operation that uses it', () => {
    const text = '[{"method":"GET","name":"a","relative_url":"me"},{"method":"GET","name":"a","relative_url":"me"}]';
    const [duplicate] = validate(text).filter((d) => d.code === 'FB201');
    assert.equal(duplicate.related?.[0].range.start, text.indexOf('"a"'));
  });

  test('an unused attachment is marked unnecessary', () => {
    const text = '{"attachments":{"f":"./a.png"},"batch":[{"method":"GET","relative_url":"me"}]}';
    assert.deepEqual(validate(text).find((d) => d.code === 'FB404')?.tags, ['unnecessary']);
  });

  test('attachments are resolved against the batch file folder', () => {
    const seen: string[] = [];
    const ctx = testContext({ documentDir: '/work/project/batches', fileExists: (p) => (seen.push(p), true) });
    validate('{"attachments":{"f":"../img/a.png"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"f"}]}', ctx);
    assert.deepEqual(seen, ['/work/project/img/a.png']);
  });

  test('an unsaved file does not check relative attachment paths', () => {
    const ctx = testContext({ documentDir: undefined, fileExists: () => false });
    assert.deepEqual(validate('{"attachments":{"f":"./a.png"},"batch":[{"method":"POST","relative_url":"me/photos","attached_files":"f"}]}', ctx), []);
  });

  test('attached_files in the bare array form explains that attachments need the object form', () => {
    const [d] = validate('[{"method":"POST","relative_url":"me/photos","attached_files":"file1"}]').filter((x) => x.code === 'FB401');
    assert.ok(d.message.includes('"attachments"'), d.message);
  });

  test('a placeholder whose token is stored is fine', () => {
    assert.deepEqual(validate('[{"method":"GET","relative_url":"me?access_token={{token:page}}"}]'), []);
  });

  test('a GET with a body reports the body, and a POST with one is fine', () => {
    const text = '[{"method":"GET","relative_url":"me","body":"a=1"},{"method":"POST","relative_url":"me/feed","body":"a=1"}]';
    assert.deepEqual(rangeTexts(text, validate(text), 'FB110'), ['"body"']);
  });

  test('a reference to an unknown name without any close name offers no suggestion', () => {
    const [d] = validate('[{"method":"GET","name":"alpha","relative_url":"me"},{"method":"GET","relative_url":"?x={result=zzz:$.id}"}]');
    assert.equal(d.code, 'FB203');
    assert.equal(d.data, undefined);
    assert.ok(!d.message.includes('Did you mean'));
  });

  test('a 5,000-operation file validates without quadratic work', () => {
    const ops = Array.from({ length: 5000 }, (_, i) =>
      `{"method":"POST","name":"op${i}","relative_url":"act_1/ads","body":{"m":"{result=op${Math.max(0, i - 1)}:$.id}"},"headers":["If-None-Match: \\"e${i}\\""]}`);
    const doc = parseBatchDocument(`[${ops.join(',\n')}]`);
    const started = performance.now();
    const diagnostics = validateBatchDocument(doc, testContext());
    const elapsed = performance.now() - started;
    assert.deepEqual([...new Set(diagnostics.map((d) => d.code))].sort(), ['FB205', 'FB301', 'FB302']);
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
  });
});

describe('literal access tokens', () => {
  const TOKEN = 'EAABsbCS1iHgBAZBq0xyzxyzxyz12345';
  const cases: readonly [string, string, string][] = [
    ['in relative_url', `[{"method":"GET","relative_url":"me?access_token=${TOKEN}&fields=id"}]`, TOKEN],
    ['in a string body', '[{"method":"POST","relative_url":"me/feed","body":"message=hi&access_token=1234|app-secret"}]', '1234|app-secret'],
    ['in a body object', `[{"method":"POST","relative_url":"me/feed","body":{"access_token":"${TOKEN}"}}]`, TOKEN],
    ['in an Authorization header', '[{"method":"GET","relative_url":"me","headers":["Authorization: Bearer abc.def-ghi"]}]', 'abc.def-ghi'],
    ['in an OAuth header', `[{"method":"GET","relative_url":"me","headers":["authorization: OAuth ${TOKEN}"]}]`, TOKEN],
    ['in any other string', `[{"method":"POST","relative_url":"me/feed","body":{"note":"token ${TOKEN}"}}]`, TOKEN],
    ['in a comment', `// old token: ${TOKEN}\n[{"method":"GET","relative_url":"me"}]`, TOKEN],
  ];
  for (const [where, text, token] of cases) {
    test(`is flagged ${where}, once, with no token in the message`, () => {
      const flagged = validate(text).filter((d) => d.code === 'FB501');
      assert.deepEqual(flagged.map((d) => text.slice(d.range.start, d.range.end)), [token]);
      assert.ok(!flagged[0].message.includes(token));
      assert.equal(flagged[0].data, undefined);
    });
  }

  test('placeholders and references are not tokens', () => {
    const text = '[{"method":"GET","name":"a","relative_url":"me"},{"method":"GET","relative_url":"me?access_token={result=a:$.token}","headers":["Authorization: OAuth {{token:page}}"]}]';
    assert.deepEqual(validate(text), []);
  });
});

describe('validation of half-typed text', () => {
  test('every prefix of a realistic file validates without throwing', () => {
    const full = readFileSync('test/fixtures/lang-clean-object.fbbatch', 'utf8');
    for (let end = 0; end <= full.length; end++) {
      const text = full.slice(0, end);
      for (const d of validate(text)) {
        assert.ok(d.range.start <= d.range.end && d.range.end <= text.length, `cut at ${end}: ${d.code}`);
      }
    }
  });
});
