import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';

const HALF_TYPED = [
  '[',
  '[{',
  '[{"',
  '[{"meth',
  '[{"method"',
  '[{"method":',
  '[{"method": "GE',
  '[{"method": "GET",',
  '[{"method": "GET", "relative_url": "?ids={result=',
  '[{"method": "GET", "relative_url": "?ids={result=a:$.data[',
  '[{"method": "GET", "relative_url": "?ids={result=a:$.data[0]}"}, {',
  '{ "batch": [ {"method": "POST", "body": { "message": "x", ',
  '{ "batch": [ {"method": "POST", "body": "m=%7Bresult%3D',
  '{ "attachments": { "file1": ',
  '{ "batch"',
  '[{"name": "a\\',
  '[{"name": "a\\u00',
  '[{"headers": ["Authorization: OAuth ',
  '[{"relative_url": "{{token:',
  '/* unclosed comment',
  '}}}]]]',
  ',,,',
  '[{"method": "GET"} {"method": "POST"}]',
];

describe('parseBatchDocument on half-typed text', () => {
  for (const text of HALF_TYPED) {
    test(`never throws: ${JSON.stringify(text)}`, () => {
      const doc = parseBatchDocument(text);
      assert.equal(doc.text, text);
    });
  }

  test('keeps the operations it can recognise before and after a broken one', () => {
    const doc = parseBatchDocument('[{"method": "GET", "name": "a"}, {"method": , "x"}, {"name": "c", "relative_url": "me"}]');
    assert.ok(doc.syntaxErrors.length > 0);
    assert.equal(doc.operations[0].name?.value, 'a');
    assert.ok(doc.operations.some((op) => op.relativeUrl?.value === 'me'));
  });

  test('a key typed without a value yet is a property with no value', () => {
    const doc = parseBatchDocument('[{"method": "GET", "relative_url":');
    const property = doc.operations[0].properties[1];
    assert.equal(property.key, 'relative_url');
    assert.equal(property.value, undefined);
    assert.equal(doc.operations[0].relativeUrl, undefined);
  });

  test('every prefix of a realistic file parses without throwing and keeps ranges inside the text', () => {
    for (const name of ['lang-clean-object.fbbatch', 'lang-clean-array.fbbatch']) {
      const full = readFileSync(`test/fixtures/${name}`, 'utf8');
      for (let end = 0; end <= full.length; end++) {
        const text = full.slice(0, end);
        const doc = parseBatchDocument(text);
        for (const operation of doc.operations) {
          for (const reference of operation.references) {
            assert.ok(reference.range.start >= 0 && reference.range.end <= text.length, `${name} cut at ${end}`);
          }
        }
      }
    }
  });

  test('removing any single character of a realistic file never throws', () => {
    const full = readFileSync('test/fixtures/lang-clean-object.fbbatch', 'utf8');
    for (let i = 0; i < full.length; i++) parseBatchDocument(full.slice(0, i) + full.slice(i + 1));
  });
});
