import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';

function nameLiteral(raw: string) {
  const text = `[{"name":"${raw}"}]`;
  const literal = parseBatchDocument(text).operations[0].name;
  assert.ok(literal);
  return { text, literal };
}

describe('StringLiteral', () => {
  test('a plain string maps each character one-to-one after the quote', () => {
    const { text, literal } = nameLiteral('abc');
    assert.equal(literal.value, 'abc');
    assert.equal(text.slice(literal.range.start, literal.range.end), '"abc"');
    assert.deepEqual([0, 1, 2, 3].map((i) => literal.sourceOffset(i)), [10, 11, 12, 13]);
  });

  test('every JSON escape decodes and maps back to its first raw character', () => {
    const raw = String.raw`a\"b\\c\/d\be\ff\ng\rh\ti\u00e9j`;
    const { text, literal } = nameLiteral(raw);
    assert.equal(literal.value, 'a"b\\c/d\be\ff\ng\rh\ti\u00e9j');
    const rawPieces = ['a', '\\"', 'b', '\\\\', 'c', '\\/', 'd', '\\b', 'e', '\\f', 'f', '\\n', 'g', '\\r', 'h', '\\t', 'i', '\\u00e9', 'j'];
    rawPieces.forEach((piece, i) => {
      assert.equal(text.slice(literal.sourceOffset(i), literal.sourceOffset(i + 1)), piece, `character ${i}`);
    });
    assert.equal(text[literal.sourceOffset(literal.value.length)], '"');
  });

  test('offsets outside the value clamp to its ends', () => {
    const { literal } = nameLiteral(String.raw`x\ny`);
    assert.equal(literal.sourceOffset(-5), literal.sourceOffset(0));
    assert.equal(literal.sourceOffset(99), literal.sourceOffset(3));
  });

  test('an unterminated string keeps what was typed', () => {
    const text = '[{"name":"get-fri';
    const literal = parseBatchDocument(text).operations[0].name;
    assert.equal(literal?.value, 'get-fri');
    assert.equal(literal?.sourceOffset(7), text.length);
  });

  test('an invalid escape is kept as written', () => {
    const text = String.raw`[{"name":"a\qb"}]`;
    const literal = parseBatchDocument(text).operations[0].name;
    assert.ok(literal);
    assert.equal(text.slice(literal.sourceOffset(0), literal.sourceOffset(literal.value.length)), String.raw`a\qb`);
  });
});
