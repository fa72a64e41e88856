// The language service: one object the editor adapter (and the CLI) talks to. It parses a text once
// per (uri, version) and hands the cached model to each feature. Every feature is total, so no
// method throws, whatever the text and offset.
import { parseBatchDocument } from '../document/parse';
import type { BatchDocument } from '../document/model';
import type { OffsetRange } from '../text';
import { getCodeLenses, type CodeLensState } from './codelens';
import { getCompletions } from './completion';
import { validateBatchDocument } from './diagnostics';
import { getHover } from './hover';
import { getDefinition, getReferences } from './navigation';
import { getCodeActions } from './quickfix';
import { getRenameEdits, prepareRename } from './rename';
import { getDocumentSymbols } from './symbols';
import type { CodeAction, CodeLens, CompletionItem, Diagnostic, DocumentSymbol, Hover, LanguageContext, TextEdit } from './types';

/** How many parsed documents stay cached (the open editors, roughly). */
const CACHE_SIZE = 32;

export interface LanguageService {
  /** The parsed document for this version of the text; `text` may be a function so a cache hit never reads it. */
  getDocument(uri: string, version: number, text: string | (() => string)): BatchDocument;
  /** Drops a closed document from the cache. */
  forget(uri: string): void;
  validate(doc: BatchDocument): Diagnostic[];
  complete(doc: BatchDocument, offset: number): CompletionItem[];
  hover(doc: BatchDocument, offset: number): Hover | undefined;
  definition(doc: BatchDocument, offset: number): OffsetRange | undefined;
  references(doc: BatchDocument, offset: number, includeDeclaration: boolean): OffsetRange[];
  prepareRename(doc: BatchDocument, offset: number): { range: OffsetRange; placeholder: string } | { error: string };
  rename(doc: BatchDocument, offset: number, newName: string): TextEdit[] | { error: string };
  symbols(doc: BatchDocument): DocumentSymbol[];
  codeLenses(doc: BatchDocument, state: CodeLensState): CodeLens[];
  codeActions(doc: BatchDocument, range: OffsetRange, diagnostics: readonly Diagnostic[]): CodeAction[];
}

/** Any number (NaN, negative, past the end, fractional) → a valid offset of the text. */
function clampOffset(doc: BatchDocument, offset: number): number {
  if (!Number.isFinite(offset)) return offset === Infinity ? doc.text.length : 0;
  return Math.min(Math.max(Math.floor(offset), 0), doc.text.length);
}

function clampRange(doc: BatchDocument, range: OffsetRange): OffsetRange {
  const start = clampOffset(doc, range.start);
  return { start, end: Math.max(start, clampOffset(doc, range.end)) };
}

/**
 * `context` is one LanguageContext for every document, or a function giving each document's own
 * (its folder for attachments, its last run for hover and completion), by the uri it was parsed under.
 */
export function createLanguageService(context: LanguageContext | ((uri: string) => LanguageContext)): LanguageService {
  const cache = new Map<string, { version: number; doc: BatchDocument }>();
  const uris = new WeakMap<BatchDocument, string>();
  const contextOf = (doc: BatchDocument): LanguageContext => (typeof context === 'function' ? context(uris.get(doc) ?? '') : context);
  return {
    getDocument(uri, version, text) {
      const hit = cache.get(uri);
      if (hit !== undefined && hit.version === version) return hit.doc;
      // The previous version's model lets the operations the edit did not touch be taken over, not
      // re-parsed. It is consumed by that (its nodes move): out of the cache before anything else.
      cache.delete(uri); // re-inserted below: the map's order is least recently parsed first
      const doc = parseBatchDocument(typeof text === 'string' ? text : text(), hit?.doc);
      uris.set(doc, uri);
      cache.set(uri, { version, doc });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? uri);
      return doc;
    },
    forget: (uri) => void cache.delete(uri),
    validate: (doc) => validateBatchDocument(doc, contextOf(doc)),
    complete: (doc, offset) => getCompletions(doc, clampOffset(doc, offset), contextOf(doc)),
    hover: (doc, offset) => getHover(doc, clampOffset(doc, offset), contextOf(doc)),
    definition: (doc, offset) => getDefinition(doc, clampOffset(doc, offset)),
    references: (doc, offset, includeDeclaration) => getReferences(doc, clampOffset(doc, offset), includeDeclaration),
    prepareRename: (doc, offset) => prepareRename(doc, clampOffset(doc, offset)),
    rename: (doc, offset, newName) => getRenameEdits(doc, clampOffset(doc, offset), newName),
    symbols: (doc) => getDocumentSymbols(doc),
    codeLenses: (doc, state) => getCodeLenses(doc, state),
    codeActions: (doc, range, diagnostics) => getCodeActions(doc, clampRange(doc, range), diagnostics, contextOf(doc).tokenNames()),
  };
}
