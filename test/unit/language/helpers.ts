// Shared by the language tests: documents with a cursor marker, a fake editor context, fixtures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBatchDocument } from '../../../src/core/document/parse';
import type { BatchDocument } from '../../../src/core/document/model';
import type { LanguageContext, TextEdit } from '../../../src/core/language/types';

/** Parses `source` with its single `|` removed; `offset` is where the `|` stood. */
export function withCursor(source: string): { doc: BatchDocument; offset: number; text: string } {
  const offset = source.indexOf('|');
  if (offset < 0 || source.indexOf('|', offset + 1) >= 0) throw new Error('expected exactly one | cursor marker');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  return { doc: parseBatchDocument(text), offset, text };
}

export function fixture(name: string): string {
  return readFileSync(join(process.cwd(), 'test', 'fixtures', name), 'utf8');
}

export function fixtureDoc(name: string): BatchDocument {
  return parseBatchDocument(fixture(name));
}

/** Offset of `needle` in `text` (plus `delta`), failing loudly when the needle is missing or ambiguous. */
export function offsetOf(text: string, needle: string, delta = 0): number {
  const at = text.indexOf(needle);
  if (at < 0 || text.indexOf(needle, at + 1) >= 0) throw new Error(`needle ${JSON.stringify(needle)} must occur exactly once`);
  return at + delta;
}

export function fakeContext(overrides: Partial<LanguageContext> = {}): LanguageContext {
  return {
    fileExists: () => true,
    isInsideWorkspace: () => true,
    tokenNames: () => [],
    lastResponse: () => undefined,
    ...overrides,
  };
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start);
  return sorted.reduce((out, edit) => out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end), text);
}

export function slice(text: string, range: { start: number; end: number }): string {
  return text.slice(range.start, range.end);
}
