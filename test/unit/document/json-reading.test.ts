// Reading JSON against jsonc-parser, which completion, hover and quick fixes were written for:
// where an offset stands (getLocation), the node at an offset (findNodeAtOffset) and a node's
// value (getNodeValue) — the same answers at every offset of whole files, files cut short (text
// being typed), and broken texts.
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findNodeAtOffset, getLocation, getNodeValue } from 'jsonc-parser';
import { parseJsonTree } from '../../../src/core/document/json/tree';
import { findNodeAt, nodeValue } from '../../../src/core/document/json/walk';
import { getJsonLocation } from '../../../src/core/document/json/location';
import { BROKEN_JSON } from './broken-json';

const FIXTURES = ['lang-clean-array.fbbatch', 'lang-clean-object.fbbatch', 'nav-escapes.fbbatch', 'nav-page-week.fbbatch'];
const BROKEN = [
  ...BROKEN_JSON,
  '{"a\\"b": {"c": [true, false, null]}, "d": "e\\u0041", "__proto__": {"x": 1}}', '[{"x": [1, [2, {"y": }]]}]', '{"a": 1, : 2, "b"}',
];

function expected(text: string, offset: number): unknown {
  const location = getLocation(text, offset);
  const node = location.previousNode;
  return { path: location.path, isAtPropertyKey: location.isAtPropertyKey, previous: node && [node.type, node.offset, node.length] };
}

function actual(text: string, offset: number): unknown {
  const location = getJsonLocation(text, offset);
  const node = location.previousNode;
  return { path: location.path, isAtPropertyKey: location.isAtPropertyKey, previous: node && [node.type, node.offset, node.length] };
}

function assertSameEverywhere(text: string, label: string): void {
  const root = parseJsonTree(text).root;
  if (root !== undefined) assert.deepEqual(nodeValue(root), getNodeValue(root), `${label}: value`);
  for (let offset = 0; offset <= text.length; offset++) {
    const where = `${label} at ${offset}: ${JSON.stringify(text.slice(Math.max(0, offset - 30), offset))}|`;
    assert.deepEqual(actual(text, offset), expected(text, offset), where);
    if (root !== undefined) assert.equal(findNodeAt(root, offset), findNodeAtOffset(root, offset), where);
  }
}

describe('reading JSON', () => {
  test('matches jsonc-parser at every offset of whole files and of files cut short', () => {
    for (const name of FIXTURES) {
      const full = readFileSync(`test/fixtures/${name}`, 'utf8');
      assertSameEverywhere(full, name);
      for (let end = 0; end < full.length; end += 37) assertSameEverywhere(full.slice(0, end), `${name} cut at ${end}`);
    }
  });

  for (const text of BROKEN) {
    test(`matches jsonc-parser at every offset of ${JSON.stringify(text)}`, () => assertSameEverywhere(text, 'broken'));
  }
});
