import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateJsonPath, parseJsonPath, type JsonPathError } from '../../../src/core/document/jsonpath';

function select(path: string, document: unknown): unknown[] {
  const parsed = parseJsonPath(path);
  assert.ok(parsed.ok, `${path} should parse`);
  return evaluateJsonPath(parsed.path, document);
}

function errorOf(path: string): JsonPathError {
  const parsed = parseJsonPath(path);
  assert.ok(!parsed.ok, `${path} should be rejected`);
  return parsed.error;
}

/** The characters an error points at. */
function marked(path: string): string {
  const { offset, length } = errorOf(path);
  return path.slice(offset, offset + length);
}

const friends = { data: [{ id: '1', name: 'Ann' }, { id: '2', name: 'Bob' }], paging: { next: 'x' } };

describe('the Graph API examples', () => {
  test('$.data.*.id lists every id', () => {
    assert.deepEqual(select('$.data.*.id', friends), ['1', '2']);
  });

  test('$.data.0.name indexes the array with a dotted number (Goessner style)', () => {
    assert.deepEqual(select('$.data.0.name', friends), ['Ann']);
    assert.deepEqual(select('$.data.1.name', friends), ['Bob']);
    assert.deepEqual(select('$.data.5.name', friends), []);
  });

  test('a dotted number on an object selects the member of that name', () => {
    assert.deepEqual(select('$.0', { 0: 'zero' }), ['zero']);
    assert.deepEqual(select('$..0', { a: ['x'], 0: 'y' }), ['y', 'x']);
  });
});

describe('selectors', () => {
  const doc = { a: [10, 20, 30, 40], 'b c': { d: 1 } };

  test('brackets with quoted names, escapes, negative indices, unions and slices', () => {
    assert.deepEqual(select("$['b c'].d", doc), [1]);
    assert.deepEqual(select('$["b\\u0020c"]["d"]', doc), [1]);
    assert.deepEqual(select('$.a[-1]', doc), [40]);
    assert.deepEqual(select("$.a[0,2,'x']", doc), [10, 30]);
    assert.deepEqual(select('$.a[1:3]', doc), [20, 30]);
    assert.deepEqual(select('$.a[::-2]', doc), [40, 20]);
    assert.deepEqual(select('$.a[ 0 , 1 ]', doc), [10, 20]);
  });

  test('descendants come in document order, parents first', () => {
    assert.deepEqual(select('$..d', { d: 1, x: { d: 2, y: [{ d: 3 }] } }), [1, 2, 3]);
    assert.deepEqual(select('$..[0]', [[1], [2]]), [[1], 1, 2]);
  });

  test('names such as __proto__ are only own members', () => {
    assert.deepEqual(select('$.constructor', {}), []);
    assert.deepEqual(select('$.__proto__', JSON.parse('{"__proto__": 5}')), [5]);
  });
});

describe('errors carry a plain message and the exact characters', () => {
  test('a missing selector after a dot', () => {
    assert.deepEqual(errorOf('$.data.'), { message: "Expected a name, index or * after '.'", offset: 7, length: 0 });
    assert.match(errorOf('$. a').message, /no whitespace/);
    assert.equal(marked('$. a'), ' ');
  });

  test('a path that does not start with $', () => {
    assert.equal(marked('data.id'), 'd');
    assert.match(errorOf('').message, /starting with '\$'/);
  });

  test('bad numbers and characters point at themselves', () => {
    assert.equal(marked('$.a[01]'), '01');
    assert.equal(marked('$.a[1 2]'), '2');
    assert.equal(marked('$.a-b'), '-');
    assert.equal(marked("$['\\q']"), '\\q');
    assert.equal(marked('$.1a'), '1a');
    assert.match(errorOf('$.1a').message, /\['1a'\]/);
  });

  test('an unclosed bracket or quote is reported', () => {
    assert.match(errorOf('$.a[0').message, /Missing '\]'/);
    assert.match(errorOf("$['a").message, /closing quote/);
  });
});

describe('filters and scripts are refused', () => {
  test('a filter is marked whole, with the reason', () => {
    const path = '$.data[?(@.name=="Ann")].id';
    const error = errorOf(path);
    assert.equal(error.message, 'Filter expressions ?(...) are not allowed in batch references (the Graph API forbids them for security)');
    assert.equal(marked(path), '?(@.name=="Ann")');
  });

  test('RFC 9535 filters without parentheses are refused the same way', () => {
    assert.match(errorOf('$.data[?@.id]').message, /^Filter expressions .* not allowed in batch references/);
  });

  test('a script expression is refused', () => {
    const path = '$.data[(@.length-1)]';
    assert.match(errorOf(path).message, /^Script expressions \(\.\.\.\) are not allowed in batch references/);
    assert.equal(marked(path), '(@.length-1)');
  });
});

test('the parser stays fast on long input', () => {
  const path = '$' + '.data[0,1]'.repeat(2000);
  const started = performance.now();
  for (let i = 0; i < 50; i++) assert.ok(parseJsonPath(path).ok);
  assert.ok(performance.now() - started < 1000);
});
