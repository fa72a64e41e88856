// What the parser keeps between keystrokes must not pin old versions of the text: results it
// shares across parses are keyed by strings that could be slices of a whole (large) text.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('parsing many versions of a large file', () => {
  test('does not keep each version of the text alive', () => {
    const padding = `/* ${'x'.repeat(1_000_000)} */`;
    const version = (i: number): string =>
      `[${'{"method":"GET","name":"a","relative_url":"me"},'.repeat(20)}{"method":"GET","relative_url":"?ids={result=a:$.data.${i}.id}"}]${padding}`;
    parseBatchDocument(version(-1));
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    // Each version edits one reference, as typing does: a string never seen before.
    for (let i = 0; i < 40; i++) parseBatchDocument(version(i));
    collectGarbage();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.ok(grownMb < 15, `the heap grew by ${grownMb.toFixed(1)} MB over 40 versions of a 1 MB text`);
  });
});
