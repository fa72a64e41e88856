import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { validateBatchDocument } from '../../../src/core/language/diagnostics';
import { getCodeActions } from '../../../src/core/language/quickfix';
import { testContext } from '../diagnostics/context';

test('quick fixes on every prefix of a realistic file never throw and stay inside the text', () => {
  const full = readFileSync('test/fixtures/lang-clean-object.fbbatch', 'utf8')
    .replace('"method": "GET",\n      "name": "get-friends"', '"method": "get",\n      "nme": "get-friends"')
    .replace('me/feed?limit=1', 'https://graph.facebook.com/v24.0/me/feed?access_token=EAABsbCS1iHgBAZBq0xyzxyzxyz12345');
  let offered = 0;
  for (let end = 0; end <= full.length; end++) {
    const text = full.slice(0, end);
    const doc = parseBatchDocument(text);
    const actions = getCodeActions(doc, { start: 0, end }, validateBatchDocument(doc, testContext()));
    offered += actions.length;
    for (const edit of actions.flatMap((a) => a.edits)) {
      assert.ok(edit.range.start >= 0 && edit.range.start <= edit.range.end && edit.range.end <= text.length, `cut at ${end}`);
    }
  }
  assert.ok(offered > full.length, 'the broken file should offer fixes along the way');
});
