// Re-parsing a new version with the previous one's model (what the editor does per keystroke) takes
// over the operations before the edit; the result must be exactly what a fresh parse gives.
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { shape } from './tree-shape';
import type { BatchDocument, StringLiteral } from '../../../src/core/document/model';
import { validateBatchDocument } from '../../../src/core/language/diagnostics';
import { testContext } from '../diagnostics/context';

const CONTEXT = testContext();

const FIXTURES = ['lang-clean-array.fbbatch', 'lang-clean-object.fbbatch', 'nav-escapes.fbbatch'].map((name) => readFileSync(`test/fixtures/${name}`, 'utf8'));
// Syntax errors inside operations that get taken over, and values of every kind as batch elements.
const BROKEN = '[{"method": "GET" "relative_url": "me", "name": "a\\q"}, {"a": tru}, 1.e5, "x\\u12", [1,,2], {"name": "b", "depends_on": "a"}, 12, true]';

// Findings that stay with an operation (an unclosed reference) and ranges inside escaped strings.
const FINDINGS = '[{"method": "GET", "relative_url": "me"}, {"method": "GET", "relative_url": "me?q=\\u0041{result=b:$.x}&t={{token:p}}&x={result=a", "body": "a={result=zz:$.y}"}, {"name": "a", "method": "GET", "relative_url": "x"}]';

/** A literal's value, range and where each of its characters sits in the source. */
function literalSeen(literal: StringLiteral | undefined): unknown {
  if (literal === undefined) return undefined;
  return [literal.value, literal.range, Array.from({ length: literal.value.length + 1 }, (_, i) => literal.sourceOffset(i))];
}

/** Everything a user sees of a parse: the tree, the syntax errors, the operations and every diagnostic. */
function seen(doc: BatchDocument): unknown {
  return {
    root: shape(doc.root),
    syntaxErrors: doc.syntaxErrors,
    operations: doc.operations.map((op) => ({
      index: op.index,
      range: op.range,
      keys: op.properties.map((p) => [p.key, p.keyRange, p.range]),
      literals: [op.method, op.relativeUrl, op.name, op.dependsOn, op.attachedFiles].map(literalSeen),
      references: op.references.map((r) => [r.name, r.range, r.nameRange, r.pathRange, r.pathSourceOffset(1)]),
      unclosed: op.unclosedReferences,
      placeholders: op.tokenPlaceholders.map((p) => [p.name, p.range, p.nameRange]),
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
    for (const text of [...FIXTURES, BROKEN, FINDINGS]) {
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

  test('gives what a fresh parse gives after each edit of a long session, every version parsed with the one before', () => {
    // Operations moved again and again (with escapes, references, errors, findings) stay exact.
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pieces = ['x', '"', ',', '}', '{', ']', '\\u0024', '{result=a:$.id}', '{result=', '{{token:p}}', ' ', '\n', '/* c */', '"name": "q",'];
    for (const start of [...FIXTURES, BROKEN]) {
      let text = start;
      let previous = parseBatchDocument(text);
      for (let step = 0; step < 150; step++) {
        validateBatchDocument(previous, CONTEXT);
        const at = random(text.length + 1);
        const removed = random(3) === 0 ? random(4) : 0;
        const next = text.slice(0, at) + (removed > 0 && random(2) === 0 ? '' : pieces[random(pieces.length)]) + text.slice(at + removed);
        const reused = parseBatchDocument(next, previous);
        assert.deepEqual(seen(reused), seen(parseBatchDocument(next)), `step ${step}: ${JSON.stringify(next.slice(Math.max(0, at - 10), at + 20))}`);
        text = next;
        previous = reused;
      }
    }
  });

  test('takes over the operations before the edit as they are and moves the ones after it', () => {
    const text = FIXTURES[0];
    const previous = parseBatchDocument(text);
    const before = previous.operations.map((op) => op.range);
    const middle = 1;
    const at = previous.operations[middle].range.start + 1;
    const doc = parseBatchDocument(`${text.slice(0, at)} ${text.slice(at)}`, previous);
    assert.ok(previous.operations.length >= 3, 'the fixture has several operations');
    assert.equal(doc.operations[0], previous.operations[0], 'before the edit: the same model');
    assert.notEqual(doc.operations[middle], previous.operations[middle], 'the edited operation is read again');
    const fresh = parseBatchDocument(`${text.slice(0, at)} ${text.slice(at)}`);
    for (let i = middle + 1; i < doc.operations.length; i++) {
      assert.equal(doc.operations[i], previous.operations[i], `operation ${i}: the same model, moved`);
      assert.deepEqual(doc.operations[i].range, fresh.operations[i].range, `operation ${i}: where it now stands`);
      assert.equal(doc.operations[i].range.start, before[i].start + 1);
    }
  });
});
