import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { OperationScans, scanOperation } from '../../../src/core/batch/references';
import { ops } from './helpers';

describe('scanOperation', () => {
  test('notes a token placeholder in every string the runner fills, and only there', () => {
    const [plain, inUrl, inString, inValue, inNested, inFieldName, inHeader] = ops(
      { relative_url: 'me' },
      { relative_url: 'me?access_token={{token:page}}' },
      { method: 'POST', relative_url: 'me/feed', body: 'access_token={{token:page}}' },
      { method: 'POST', relative_url: 'me/feed', body: { access_token: '{{token:page}}' } },
      { method: 'POST', relative_url: 'me/feed', body: { nested: { note: ['{{token:page}}'] } } },
      { method: 'POST', relative_url: 'me/feed', body: { '{{token:page}}': 1 } },
      { relative_url: 'me', headers: ['Authorization: Bearer {{token:page}}'] },
    );
    assert.deepEqual(
      [plain, inUrl, inString, inValue, inNested, inFieldName, inHeader].map((op) => scanOperation(op).hasTokenPlaceholders),
      [false, true, true, true, true, false, true],
    );
  });
});

describe('OperationScans', () => {
  test('keeps the scan of an original beside the scan of its filled-in copy', () => {
    const [op] = ops({ name: 'post', relative_url: '{result=a:$.id}?access_token={{token:page}}' });
    const scans = new OperationScans();
    const original = scans.of(op);
    const filled = { ...op, relative_url: '{result=a:$.id}?access_token=secret' };
    const copy = scans.ofFilled(filled);
    assert.notEqual(copy, original);
    assert.equal(scans.of(op), original, 'the original is not scanned again');
    assert.equal(scans.of(filled), copy, 'the copy is not scanned again, nor through the shared memo');
    assert.deepEqual(copy.referenced, ['a']);
  });
});
