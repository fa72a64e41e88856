// Completion inside string values that may hold `{result=NAME:PATH}` and `{{token:NAME}}`:
// earlier operation names, JSONPath members of the last response, stored token names.
import { TOKEN_MARK } from '../batch/spec';
import { evaluateJsonPath, parseJsonPath, RESULT_OPEN } from '../document/jsonpath';
import type { BatchDocument, OperationModel } from '../document/model';
import { stringLiteral } from '../document/string-literal';
import type { OffsetRange } from '../text';
import { operationSummary, truncate } from './describe';
import { percentDecodedView, type MappedText } from './percentView';
import { isNameChar, jsonEscape, NAME_BREAKING_CHAR, wordEnd } from './textScan';
import type { CompletionItem, LanguageContext } from './types';
import { spellingAt, spellName } from './nameText';

const MAX_MEMBERS = 200;
const MAX_INDICES = 50;

export interface StringContext {
  readonly doc: BatchDocument;
  readonly op: OperationModel;
  /** Offset of the string token's opening quote. */
  readonly stringStart: number;
  readonly offset: number;
  /** The string is form-encoded (a relative_url or a string body): references may stand percent-encoded. */
  readonly formEncoded: boolean;
}

/** The string's decoded text from its opening quote to the cursor, mapped back to source offsets. */
function decodedPrefix(ctx: Pick<StringContext, 'doc' | 'stringStart' | 'offset' | 'formEncoded'>): MappedText {
  const literal = stringLiteral(ctx.doc.text, ctx.stringStart, ctx.offset - ctx.stringStart, '');
  return ctx.formEncoded ? percentDecodedView(literal) : literal;
}

/** Index of the last `open` in `value` that has no closing brace after it, or -1. */
function lastUnclosed(value: string, open: string): number {
  const at = value.lastIndexOf(open);
  return at >= 0 && !value.includes('}', at + open.length) ? at : -1;
}

export function completeInString(ctx: StringContext, language: LanguageContext): CompletionItem[] {
  const prefix = decodedPrefix(ctx);
  const result = lastUnclosed(prefix.value, RESULT_OPEN);
  const token = lastUnclosed(prefix.value, TOKEN_MARK);
  if (token > result) return tokenNames(ctx, prefix, token + TOKEN_MARK.length, language);
  if (result < 0) return [];
  const afterOpen = result + RESULT_OPEN.length;
  const colon = prefix.value.indexOf(':', afterOpen);
  if (colon < 0) return operationNames(ctx, prefix, result);
  return jsonPathMembers(ctx, prefix, result, colon + 1, language);
}

/**
 * Encodes inserted text as the source needs it: spelled for the reference it goes into (percent-encoded
 * when its `{` stands as `%7B`, form-safe in other form-encoded text), then JSON-escaped.
 */
function insertEncoder(ctx: StringContext, prefix: MappedText, openAt: number): (text: string) => string {
  const spelling = spellingAt(ctx.doc.text, prefix.sourceOffset(openAt), ctx.formEncoded);
  return (text) => jsonEscape(spellName(text, spelling));
}

function operationNames(ctx: StringContext, prefix: MappedText, openAt: number): CompletionItem[] {
  const from = openAt + RESULT_OPEN.length;
  const typed = prefix.value.slice(from);
  if (![...typed].every(isNameChar)) return [];
  const range: OffsetRange = { start: prefix.sourceOffset(from), end: wordEnd(ctx.doc.text, ctx.offset, isNameChar) };
  // Only earlier operations: a reference must point back, the API runs the parent first.
  const earlier = referenceableOperations(ctx.doc).filter((candidate) => candidate.index < ctx.op.index);
  const encode = insertEncoder(ctx, prefix, openAt);
  return earlier.map((candidate) => ({
    label: candidate.name,
    kind: 'operation',
    detail: candidate.detail,
    documentation: `Operation #${candidate.index + 1}`,
    insertText: encode(candidate.name),
    range,
    sortText: String(ctx.op.index - candidate.index).padStart(6, '0'), // nearest first
  }));
}

interface Referenceable {
  readonly index: number;
  readonly name: string;
  readonly detail: string;
}

const referenceableCache = new WeakMap<BatchDocument, readonly Referenceable[]>();

/** Operations whose name can stand in a reference, in order; computed once per parsed document. */
function referenceableOperations(doc: BatchDocument): readonly Referenceable[] {
  let list = referenceableCache.get(doc);
  if (list === undefined) {
    list = doc.operations.flatMap((op) => {
      const name = op.name?.value;
      return name !== undefined && name !== '' && !NAME_BREAKING_CHAR.test(name) ? [{ index: op.index, name, detail: operationSummary(op) }] : [];
    });
    referenceableCache.set(doc, list);
  }
  return list;
}

function tokenNames(ctx: StringContext, prefix: MappedText, from: number, language: LanguageContext): CompletionItem[] {
  const isTokenChar = (ch: string): boolean => /[A-Za-z0-9_.-]/.test(ch);
  if (![...prefix.value.slice(from)].every(isTokenChar)) return [];
  const end = wordEnd(ctx.doc.text, ctx.offset, isTokenChar);
  const closing = ctx.doc.text.startsWith('}}', end) ? '' : '}}';
  const range: OffsetRange = { start: prefix.sourceOffset(from), end };
  return language.tokenNames().map((name) => ({
    label: name,
    kind: 'token',
    detail: 'stored access token',
    documentation: 'Filled in from secret storage when the batch runs; the value never appears in the file.',
    insertText: name + closing,
    range,
  }));
}

/** `{result=NAME:$.data.*.` + cursor: the members of what `$.data.*` selects in NAME's last response. */
function jsonPathMembers(
  ctx: StringContext,
  prefix: MappedText,
  openAt: number,
  pathStart: number,
  language: LanguageContext,
): CompletionItem[] {
  const name = prefix.value.slice(openAt + RESULT_OPEN.length, pathStart - 1);
  const pathText = prefix.value.slice(pathStart);
  const dot = pathText.lastIndexOf('.');
  const parentText = pathText.slice(0, dot);
  const typed = pathText.slice(dot + 1);
  if (dot < 0 || parentText.endsWith('.') || /[[\]'"]/.test(typed)) return [];
  const parent = parseJsonPath(parentText);
  const response = language.lastResponse(name);
  if (!parent.ok || response === undefined) return [];
  const isMemberChar = (ch: string): boolean => /[\w$-]/.test(ch);
  const end = wordEnd(ctx.doc.text, ctx.offset, isMemberChar);
  const afterDot: OffsetRange = { start: prefix.sourceOffset(pathStart + dot + 1), end };
  const atDot: OffsetRange = { start: prefix.sourceOffset(pathStart + dot), end };
  const encode = insertEncoder(ctx, prefix, openAt);
  return membersOf(evaluateJsonPath(parent.path, response)).map(([member, value], i) => {
    const plain = /^(?:[A-Za-z_$][\w$]*|\d+|\*)$/.test(member);
    const text = plain ? member : `['${member.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
    return {
      label: member,
      kind: 'member',
      detail: member === '*' ? 'every element' : preview(value),
      insertText: encode(text),
      range: plain ? afterDot : atDot,
      filterText: plain ? undefined : `.${member}`,
      sortText: String(i).padStart(4, '0'),
    };
  });
}

/** Member names (objects) and indices (arrays) of the selected values, first occurrence wins. */
function membersOf(values: readonly unknown[]): [string, unknown][] {
  const members = new Map<string, unknown>();
  for (const value of values) {
    if (Array.isArray(value)) {
      if (value.length > 0 && !members.has('*')) members.set('*', undefined);
      value.slice(0, MAX_INDICES).forEach((element, i) => {
        if (!members.has(String(i))) members.set(String(i), element);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, element] of Object.entries(value)) if (!members.has(key)) members.set(key, element);
    }
    if (members.size >= MAX_MEMBERS) break;
  }
  return [...members].slice(0, MAX_MEMBERS);
}

/** A short look at a value, for the completion's detail. */
function preview(value: unknown): string {
  if (Array.isArray(value)) return `array (${value.length})`;
  if (typeof value === 'object' && value !== null) return 'object';
  return truncate(JSON.stringify(value) ?? String(value), 60);
}
