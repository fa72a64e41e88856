// The parser of .fbbatch JSON against jsonc-parser, whose tree shape and error positions every
// language feature was written for: the same tree and the same errors on whole files, every
// prefix (text being typed) and every single-character deletion.
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { MAX_DEPTH, parseJsonTree } from '../../../src/core/document/json/tree';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { BROKEN_JSON } from './broken-json';
import { shape } from './tree-shape';

const FIXTURES = ['lang-clean-array.fbbatch', 'lang-clean-object.fbbatch', 'nav-escapes.fbbatch', 'nav-page-week.fbbatch'];

function expected(text: string): { root: unknown; errors: unknown } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  return { root: shape(root), errors: errors.map((e) => [printParseErrorCode(e.error), e.offset, e.length]) };
}

function actual(text: string): { root: unknown; errors: unknown } {
  const tree = parseJsonTree(text);
  return { root: shape(tree.root), errors: tree.errors.map((e) => [e.kind, e.offset, e.length]) };
}

function assertSameAsJsonc(text: string, label: string): void {
  assert.deepEqual(actual(text), expected(text), `${label}: ${JSON.stringify(text.slice(-80))}`);
}

describe('JSON tree', () => {
  test('matches jsonc-parser on whole files, every prefix and every deletion of a character', () => {
    for (const name of FIXTURES) {
      const full = readFileSync(`test/fixtures/${name}`, 'utf8');
      assertSameAsJsonc(full, name);
      for (let end = 0; end < full.length; end++) {
        const prefix = full.slice(0, end);
        // jsonc-parser measures a block comment opened at the very end one character past the text.
        if (!prefix.endsWith('/*')) assertSameAsJsonc(prefix, `${name} cut at ${end}`);
        assertSameAsJsonc(full.slice(0, end) + full.slice(end + 1), `${name} without character ${end}`);
      }
    }
  });

  for (const text of BROKEN_JSON) {
    test(`matches jsonc-parser on ${JSON.stringify(text)}`, () => assertSameAsJsonc(text, 'broken'));
  }

  test('a block comment opened at the very end stays inside the text', () => {
    const tree = parseJsonTree('[/*');
    assert.deepEqual(tree.errors.map((e) => [e.kind, e.offset, e.length]), [
      ['UnexpectedEndOfComment', 1, 2],
      ['CloseBracketExpected', 3, 0],
    ]);
    assert.equal(tree.root?.length, 3);
  });

  test('nesting deeper than any batch file needs is reported and skipped, never a stack overflow', () => {
    const deep = `[${'['.repeat(MAX_DEPTH + 10)}1${']'.repeat(MAX_DEPTH + 10)}, "after"]`;
    const tree = parseJsonTree(deep);
    assert.deepEqual(tree.errors.map((e) => [e.kind, e.offset]), [['NestedTooDeeply', MAX_DEPTH]]);
    assert.equal(tree.root?.children?.[1].value, 'after');
    assert.equal(tree.root?.length, deep.length);
    assert.doesNotThrow(() => parseBatchDocument('['.repeat(200_000)));
  });

  test('decodes escapes in keys and values', () => {
    const root = parseJsonTree('{"k\\u0065y": "a\\"b\\\\c\\n"}').root;
    const property = root?.children?.[0];
    assert.equal(property?.children?.[0].value, 'key');
    assert.equal(property?.children?.[1].value, 'a"b\\c\n');
  });
});
