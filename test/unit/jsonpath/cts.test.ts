// Runs the JSONPath Compliance Test Suite (RFC 9535) against the batch-reference dialect.
// Applicable: the cases for the selectors the Graph API allows (see the suite's README beside it).
// Filter and function cases must all be refused with the "not allowed in batch references" error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateJsonPath, parseJsonPath } from '../../../src/core/document/jsonpath';

interface CtsCase {
  name: string;
  selector: string;
  document?: unknown;
  result?: unknown[];
  results?: unknown[][];
  invalid_selector?: boolean;
}

// CI places shared/ beside the clone, so the suite is four levels up from this folder.
const ctsPath = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/testdata/jsonpath-cts/cts.json');
const cases = (JSON.parse(readFileSync(ctsPath, 'utf8')) as { tests: CtsCase[] }).tests;

const APPLICABLE_PREFIXES = ['basic,', 'name selector,', 'index selector,', 'slice selector,', 'whitespace, selectors,', 'whitespace, slice'];

/**
 * The ONLY cases where the dialect intentionally differs from RFC 9535:
 * - `basic, name shorthand, number` ($.1): the Graph API's JSONPath is Goessner's, where a dotted
 *   number indexes an array (its docs use `$.data.0.name`), so `$.1` is accepted.
 */
const DEVIATIONS = new Set(['basic, name shorthand, number']);

function passes(c: CtsCase): boolean {
  const parsed = parseJsonPath(c.selector);
  if (c.invalid_selector === true) return !parsed.ok;
  if (!parsed.ok) return false;
  const actual = evaluateJsonPath(parsed.path, c.document);
  const expectations = c.results ?? [c.result];
  return expectations.some((expected) => {
    try {
      assert.deepStrictEqual(actual, expected);
      return true;
    } catch {
      return false;
    }
  });
}

test('every applicable CTS case passes except the listed deviations', () => {
  const applicable = cases.filter((c) => APPLICABLE_PREFIXES.some((prefix) => c.name.startsWith(prefix)));
  assert.equal(applicable.length, 321, 'the README promises 321 applicable cases');
  const failing = applicable.filter((c) => !passes(c)).map((c) => c.name);
  const passed = applicable.length - failing.length;
  console.log(`JSONPath CTS: ${passed}/${applicable.length} applicable cases pass; deviations: ${[...DEVIATIONS].join('; ')}`);
  assert.deepEqual(failing.sort(), [...DEVIATIONS].sort(), 'only the intended deviations may fail');
  assert.equal(passed, applicable.length - DEVIATIONS.size);
});

test('the deviation $.1 indexes an array, as Goessner and the Graph API docs do', () => {
  const parsed = parseJsonPath('$.1');
  assert.ok(parsed.ok);
  assert.deepEqual(evaluateJsonPath(parsed.path, ['a', 'b']), ['b']);
});

test('every filter and function case is refused as not allowed in batch references', () => {
  const filterCases = cases.filter((c) => /^(filter|functions|whitespace, (filter|functions|operators)),/.test(c.name));
  // Together with the applicable ones they are the whole suite: no case is left unchecked.
  assert.equal(filterCases.length + 321, cases.length);
  const notRefused = filterCases.filter((c) => {
    const parsed = parseJsonPath(c.selector);
    return parsed.ok || !/not allowed in batch references/.test(parsed.error.message);
  });
  assert.deepEqual(notRefused.map((c) => `${c.name}: ${c.selector}`), []);
});
