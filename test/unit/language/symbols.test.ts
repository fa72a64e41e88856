import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatchDocument } from '../../../src/core/document/parse';
import { getDocumentSymbols } from '../../../src/core/language/symbols';
import type { DocumentSymbol } from '../../../src/core/language/types';
import { fixture, slice } from './helpers';

const outline = (symbols: readonly DocumentSymbol[]): unknown =>
  symbols.map((s) => (s.children.length > 0 ? [s.kind, s.name, s.detail, outline(s.children)] : [s.kind, s.name, s.detail]));

test('an options file: options, attachments with their paths, the batch with one entry per operation', () => {
  const text = fixture('nav-page-week.fbbatch');
  const symbols = getDocumentSymbols(parseBatchDocument(text));
  assert.deepEqual(outline(symbols), [
    ['option', 'api_version', '"v24.0"'],
    ['option', 'include_headers', 'false'],
    ['attachments', 'attachments', '2 files', [['attachment', 'cover', './images/cover.jpg'], ['attachment', 'logo', './images/logo.png']]],
    ['batch', 'batch', '6 operations', [
      ['operation', 'get-pages', 'GET me/accounts?fields=id,name&limit=5'],
      ['operation', 'page-posts', 'GET {result=get-pages:$.data.0.id}/posts?limit=10&access_token={{token:page}}'],
      ['operation', '#3', 'GET ?ids={result=page-posts:$.data.*.id}&fields=insights.metric(post_impressions)'],
      ['operation', 'new-photo', 'POST {result=get-pages:$.data.0.id}/photos'],
      ['operation', '#5', 'POST me/feed'],
      ['operation', '#6', 'GET {result=new-photo:$.id}?fields=images'],
    ]],
  ]);
  const batch = symbols[3];
  assert.ok(slice(text, batch.range).startsWith('"batch": ['));
  assert.equal(slice(text, batch.children[0].selectionRange), '"get-pages"');
  assert.equal(slice(text, batch.children[2].selectionRange), '"GET"');
  assert.ok(slice(text, batch.children[4].range).startsWith('{ "method": "POST", "relative_url": "me/feed"'));
});

test('a bare array is one batch symbol; a half-typed operation still shows', () => {
  const symbols = getDocumentSymbols(parseBatchDocument('[ { "method": "GET", "relative_url": "me" }, { "method": "DEL'));
  assert.deepEqual(outline(symbols), [['batch', 'batch', '2 operations', [['operation', '#1', 'GET me'], ['operation', '#2', 'DEL']]]]);
});

test('no batch yet: nothing but the options', () => {
  assert.deepEqual(outline(getDocumentSymbols(parseBatchDocument('{ "api_version": "v24.0" }'))), [['option', 'api_version', '"v24.0"']]);
  assert.deepEqual(getDocumentSymbols(parseBatchDocument('')), []);
});
