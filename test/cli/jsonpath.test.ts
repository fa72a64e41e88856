import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildCli, runCli, tempFolder } from './helpers';

const FRIENDS = JSON.stringify({ data: [{ id: '1', name: 'Ann' }, { id: '2', name: 'Bo' }], paging: { next: 'x' } });

describe('fbbatch jsonpath', () => {
  before(() => buildCli());

  test('evaluates against standard input and prints the matches as JSON', async () => {
    const r = await runCli(['jsonpath', '$.data.*.id'], { input: FRIENDS });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), ['1', '2']);
  });

  test('evaluates against a file; Goessner dotted indexes and slices work', async () => {
    const dir = tempFolder({ 'friends.json': FRIENDS });
    const dotted = await runCli(['jsonpath', '$.data.0.name', join(dir, 'friends.json')]);
    assert.deepEqual(JSON.parse(dotted.stdout), ['Ann']);
    const slice = await runCli(['jsonpath', '$.data[-1:].id', 'friends.json'], { cwd: dir });
    assert.deepEqual(JSON.parse(slice.stdout), ['2']);
  });

  test('nothing matched: an empty array, exit 0', async () => {
    const r = await runCli(['jsonpath', '$.nothing'], { input: FRIENDS });
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  test('a filter is not allowed in batch references: exit 1, column and caret', async () => {
    const r = await runCli(['jsonpath', '$.data[?(@.id)]'], { input: FRIENDS });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const lines = r.stderr.split('\n');
    assert.match(lines[0], /invalid expression at column 8: Filter expressions .* not allowed in batch references/);
    assert.equal(lines[1], '  $.data[?(@.id)]');
    assert.match(lines[2], /^ {9}\^+$/);
  });

  test('a syntax error names its column', async () => {
    const r = await runCli(['jsonpath', 'data.id'], { input: FRIENDS });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /column 1: A path must start with '\$'/);
    assert.match(r.stderr, /\n {2}data\.id\n {2}\^\n/);
  });

  test('input that is not JSON or a missing file: exit 2', async () => {
    const bad = await runCli(['jsonpath', '$.a'], { input: '{not json' });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /standard input is not valid JSON/);
    const missing = await runCli(['jsonpath', '$.a', 'missing.json'], { cwd: tempFolder({}) });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read missing\.json \(it does not exist\)/);
  });

  test('Ctrl+C while waiting for standard input: exit 130', async () => {
    const r = await runCli(['jsonpath', '$.a'], {
      keepStdinOpen: true,
      // Long enough for the process to start under load (a signal before its handler would just kill it).
      onSpawn: (child) => setTimeout(() => child.kill('SIGINT'), 1500),
    });
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stderr, /Interrupted/);
    assert.doesNotMatch(r.stderr, /Something went wrong/);
  });

  test('no expression: usage error, exit 2', async () => {
    const r = await runCli(['jsonpath']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Give a JSONPath expression/);
  });
});
