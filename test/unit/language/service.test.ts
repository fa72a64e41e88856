import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, type LanguageService } from '../../../src/core/language/service';
import type { BatchDocument } from '../../../src/core/document/model';
import { fakeContext, fixture, offsetOf } from './helpers';

const context = fakeContext({
  tokenNames: () => ['page'],
  lastResponse: (name) => (name === 'get-pages' ? { data: [{ id: '1', name: 'Page' }] } : undefined),
});

describe('document cache', () => {
  test('parses once per (uri, version) and re-parses a new version', () => {
    const service = createLanguageService(context);
    let reads = 0;
    const read = (): string => {
      reads++;
      return '[ { "method": "GET", "relative_url": "me" } ]';
    };
    const first = service.getDocument('file:///a.fbbatch', 1, read);
    assert.equal(service.getDocument('file:///a.fbbatch', 1, read), first);
    assert.equal(reads, 1);
    const second = service.getDocument('file:///a.fbbatch', 2, '[]');
    assert.notEqual(second, first);
    assert.equal(second.operations.length, 0);
    service.forget('file:///a.fbbatch');
    assert.notEqual(service.getDocument('file:///a.fbbatch', 2, '[]'), second);
  });

  test('a new version typed one character at a time gets the diagnostics of a fresh parse', () => {
    const service = createLanguageService(context);
    const full = fixture('lang-clean-object.fbbatch');
    // Typed from start to end, then edited at the top: each version re-parsed with the previous one.
    const versions = [...Array.from({ length: full.length + 1 }, (_, end) => full.slice(0, end)), `x${full}`, full];
    for (const [version, text] of versions.entries()) {
      const diagnostics = service.validate(service.getDocument('file:///typed.fbbatch', version, text));
      const fresh = createLanguageService(context);
      assert.deepEqual(diagnostics, fresh.validate(fresh.getDocument('file:///fresh.fbbatch', 0, text)), `version ${version}`);
    }
  });

  test('features go through the cached document', () => {
    const service = createLanguageService(context);
    const text = fixture('nav-page-week.fbbatch');
    const doc = service.getDocument('file:///w.fbbatch', 7, text);
    assert.equal(service.symbols(doc).length, 4);
    assert.equal(service.codeLenses(doc, { hasIncomplete: false })[0].title, '▶ Run batch (6 operations)');
    assert.ok(service.hover(doc, offsetOf(text, '{{token:page}}', 3))?.contents.includes('is stored'));
    assert.ok(Array.isArray(service.validate(doc)));
  });

  test('the store-token quick fix skips the names of tokens already stored', () => {
    const service = createLanguageService(fakeContext({ tokenNames: () => ['token'] }));
    const doc = service.getDocument('file:///t.fbbatch', 1, '[{"method":"GET","relative_url":"me?access_token=EAABsbCS1iHgBAZBq0xyzxyzxyz12345"}]');
    const diagnostics = service.validate(doc).filter((d) => d.code === 'FB501');
    assert.deepEqual(service.codeActions(doc, diagnostics[0].range, diagnostics).map((a) => a.command?.name), ['token2']);
  });
});

/** Offsets worth probing in `text`: a spread over the whole text plus every offset near `focus`. */
function probeOffsets(text: string, focus: number): number[] {
  const spread = Array.from({ length: 8 }, (_, i) => Math.floor((text.length * i) / 7));
  const near = Array.from({ length: 7 }, (_, i) => focus - 3 + i);
  return [...spread, ...near, -1, text.length + 3, Number.NaN];
}

function exerciseEverything(service: LanguageService, doc: BatchDocument, offsets: readonly number[]): void {
  const diagnostics = service.validate(doc);
  service.symbols(doc);
  service.codeLenses(doc, { hasIncomplete: true, lastRun: { succeeded: 1, failed: 1, incomplete: 1 } });
  for (const offset of offsets) {
    const at = Number.isNaN(offset) ? 0 : Math.min(Math.max(offset, 0), doc.text.length);
    for (const item of service.complete(doc, offset)) {
      // What VS Code requires of a completion range: on one line, around the cursor.
      assert.ok(item.range.start <= at && at <= item.range.end, `completion ${item.label} range misses the cursor ${at}`);
      assert.ok(!doc.text.slice(item.range.start, item.range.end).includes('\n'), `completion ${item.label} spans lines`);
    }
    const hover = service.hover(doc, offset);
    if (hover !== undefined) assert.ok(hover.range.start <= at && at <= hover.range.end, 'hover range misses the cursor');
    service.definition(doc, offset);
    service.references(doc, offset, true);
    service.prepareRename(doc, offset);
    service.rename(doc, offset, 'renamed-op');
    service.codeActions(doc, { start: offset, end: offset + 5 }, diagnostics);
  }
}

describe('never throws', () => {
  test('every feature at many offsets of every truncation of realistic files', () => {
    const service = createLanguageService(context);
    for (const name of ['nav-page-week.fbbatch', 'nav-escapes.fbbatch']) {
      const full = fixture(name);
      for (let length = 0; length <= full.length; length++) {
        const text = full.slice(0, length);
        const doc = service.getDocument(`file:///${name}`, length, text);
        exerciseEverything(service, doc, probeOffsets(text, length)); // an exception fails the test
      }
    }
  });

  test('every feature on texts with a piece cut out of the middle', () => {
    const service = createLanguageService(context);
    const full = fixture('nav-page-week.fbbatch');
    for (let start = 0; start < full.length; start += 6) {
      for (const size of [1, 9, 40]) {
        const text = full.slice(0, start) + full.slice(start + size);
        const doc = service.getDocument('file:///cut.fbbatch', start * 100 + size, text);
        exerciseEverything(service, doc, probeOffsets(text, start));
      }
    }
  });

  test('every feature on brackets nested far deeper than the call stack', () => {
    const service = createLanguageService(context);
    const text = `[{"method":"POST","name":"deep","relative_url":"me","body":${'['.repeat(200_000)}`;
    const doc = service.getDocument('file:///deep.fbbatch', 1, text);
    assert.ok(service.validate(doc).some((d) => d.message.includes('nested too deeply')));
    exerciseEverything(service, doc, probeOffsets(text, 40));
  });
});
