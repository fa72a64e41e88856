// Re-parsing a new version with the previous one's model (what the editor does per keystroke) takes
// over the operations before the edit; the result must be exactly what a fresh parse gives.
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { shape } from './tree-shape';
import type { BatchDocument } from '../../../src/core/document/model';
import { validateBatchDocument } from '../../../src/core/language/diagnostics';
import { testContext } from '../diagnostics/context';

const CONTEXT = testContext();

const FIXTURES = ['lang-clean-array.fbbatch', 'lang-clean-object.fbbatch', 'nav-escapes.fbbatch'].map((name) => readFileSync(`test/fixtures/${name}`, 'utf8'));
// Syntax errors inside operations that get taken over, and values of every kind as batch elements.
const BROKEN = '[{"method": "GET" "relative_url": "me", "name": "a\\q"}, {"a": tru}, 1.e5, "x\\u12", [1,,2], {"name": "b", "depends_on": "a"}, 12, true]';

/** Everything a user sees of a parse: the tree, the syntax errors, the operations and every diagnostic. */
function seen(doc: BatchDocument): unknown {
  return {
    root: shape(doc.root),
    syntaxErrors: doc.syntaxErrors,
    operations: doc.operations.map((op) => ({
      index: op.index,
      range: op.range,
      keys: op.properties.map((p) => [p.key, p.keyRange, p.range]),
      name: op.name && [op.name.value, op.name.range],
      references: op.references.map((r) => [r.name, r.range, r.nameRange, r.pathRange]),
      placeholders: op.tokenPlaceholders.map((p) => [p.name, p.range]),
    })),
    names: [...doc.operationsByName.keys()],
    diagnostics: validateBatchDocument(doc, CONTEXT),
  };
}

function assertSameAsFresh(previousText: string, text: string, label: string): BatchDocument {
  const previous = parseBatchDocument(previousText);
  validateBatchDocument(previous, CONTEXT); // as the editor does: findings kept with taken-over operations are used
  const reused = parseBatchDocument(text, previous);
  assert.deepEqual(seen(reused), seen(parseBatchDocument(text)), label);
  return reused;
}

describe('re-parsing with the previous version', () => {
  test('gives what a fresh parse gives, after deleting or inserting any character', () => {
    for (const text of [...FIXTURES, BROKEN]) {
      for (let at = 0; at < text.length; at++) {
        assertSameAsFresh(text, text.slice(0, at) + text.slice(at + 1), `without character ${at}`);
        for (const typed of ['x', '"', ',', '}', ']', '/*', '1']) {
          assertSameAsFresh(text, text.slice(0, at) + typed + text.slice(at), `${typed} typed at ${at}`);
        }
      }
    }
  });

  test('gives what a fresh parse gives when the edit undoes the previous one', () => {
    for (const text of [...FIXTURES, BROKEN]) {
      for (let at = 0; at < text.length; at += 7) assertSameAsFresh(text.slice(0, at), text, `typed back from ${at}`);
    }
  });

  test('takes over the operations before the edit and re-reads the ones from it on', () => {
    const text = FIXTURES[0];
    const previous = parseBatchDocument(text);
    const last = previous.operations.length - 1;
    const edited = text.slice(0, previous.operations[last].range.start + 1) + ' ' + text.slice(previous.operations[last].range.start + 1);
    const doc = parseBatchDocument(edited, previous);
    assert.ok(last >= 2, 'the fixture has several operations');
    for (let i = 0; i < last; i++) assert.equal(doc.operations[i], previous.operations[i], `operation ${i} taken over`);
    assert.notEqual(doc.operations[last], previous.operations[last]);
    assert.equal(doc.operations[last].range.end, previous.operations[last].range.end + 1);
  });
});
