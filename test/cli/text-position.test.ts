import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineIndex } from '../../src/core/text-position';
import { globToRegExp } from '../../src/cli/files';

describe('lineIndex', () => {
  test('maps offsets to 0-based line/character across \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = lineIndex(text);
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('e')), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(text.indexOf('h')), { line: 3, character: 1 });
  });

  test('clamps offsets outside the text', () => {
    const index = lineIndex('a\nb');
    assert.deepEqual(index.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(index.positionAt(99), { line: 1, character: 1 });
  });

  test('is fast on a large text (binary search, not a scan per lookup)', () => {
    const text = 'x'.repeat(40).concat('\n').repeat(100_000);
    const started = performance.now();
    const index = lineIndex(text);
    for (let i = 0; i < 100_000; i++) index.positionAt((i * 41 + 7) % text.length);
    assert.deepEqual(index.positionAt(41 * 99_999 + 3), { line: 99_999, character: 3 });
    assert.ok(performance.now() - started < 1000, 'well under a second');
  });
});

describe('globToRegExp', () => {
  const matches = (glob: string, path: string): boolean => globToRegExp(glob).test(path);

  test('* and ? stay within one folder', () => {
    assert.ok(matches('*.fbbatch', 'a.fbbatch'));
    assert.ok(!matches('*.fbbatch', 'sub/a.fbbatch'));
    assert.ok(matches('a?.fbbatch', 'ab.fbbatch'));
    assert.ok(!matches('a?.fbbatch', 'a/.fbbatch'));
  });

  test('** crosses folders, including none', () => {
    assert.ok(matches('**/*.fbbatch', 'a.fbbatch'));
    assert.ok(matches('**/*.fbbatch', 'x/y/a.fbbatch'));
    assert.ok(matches('x/**/a.fbbatch', 'x/a.fbbatch'));
    assert.ok(!matches('x/**/a.fbbatch', 'y/a.fbbatch'));
  });

  test('other characters are literal', () => {
    assert.ok(matches('a+b(1).fbbatch', 'a+b(1).fbbatch'));
    assert.ok(!matches('a.fbbatch', 'axfbbatch'));
  });
});
