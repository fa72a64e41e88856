// Taking over a batch file's operations from the previous version's tree: the editor re-parses the
// whole text on every keystroke, and every operation that lies wholly before the first changed
// character, or wholly after the last one, is character for character what it was.
import type { Node as JsonNode } from 'jsonc-parser';
import type { JsonSyntaxError } from './errors';
import { PropertyNode, shiftTree, type ParentNode } from './nodes';

/**
 * The previous version's tree, offered for reuse: a batch element (an element of the top-level array,
 * or of the top-level object's `batch` array) outside the edited span is taken over with its syntax
 * errors instead of being parsed again. A keystroke then parses only the operation it touched.
 *
 * Taking over hands the nodes to the new version (their parent and, after the edit, their offsets
 * change), so the previous version's tree must not be read afterwards.
 */
export interface PreviousTree {
  readonly text: string;
  /** The batch array's elements in that version. */
  readonly elements: readonly JsonNode[];
  readonly errors: readonly JsonSyntaxError[];
}

/** The top-level array, or the array value of the top-level object's `batch` key. */
export function isBatchArray(parent: ParentNode | undefined): boolean {
  return parent === undefined || (parent instanceof PropertyNode && parent.key === 'batch' && parent.parent.parent === undefined);
}

export class Reuse {
  /** Text before this offset is the same in both versions. */
  private readonly unchangedEnd: number;
  /** Text of the previous version from this offset on ends the new version too (shifted by delta). */
  private readonly suffixStart: number;
  private readonly delta: number;
  private readonly prefixErrors: readonly JsonSyntaxError[];
  private readonly suffixErrors: readonly JsonSyntaxError[];
  private nextPrefixError = 0;
  private nextSuffixError = 0;
  /** The first previous element that may still start in the unchanged end (elements come in text order). */
  private nextLater = 0;
  /** Every element taken over → its index in the previous version. */
  readonly taken = new Map<JsonNode, number>();

  constructor(
    private readonly previous: PreviousTree,
    text: string,
  ) {
    const before = previous.text;
    this.unchangedEnd = commonPrefixLength(before, text);
    // The unchanged end may not overlap the unchanged start (typing "a" into "aa").
    const suffix = commonSuffixLength(before, text, Math.min(before.length, text.length) - this.unchangedEnd);
    this.suffixStart = before.length - suffix;
    this.delta = text.length - before.length;
    const byOffset = (a: JsonSyntaxError, b: JsonSyntaxError): number => a.offset - b.offset;
    this.prefixErrors = previous.errors.filter((error) => error.offset < this.unchangedEnd).sort(byOffset);
    this.suffixErrors = previous.errors.filter((error) => error.offset >= this.suffixStart).sort(byOffset);
  }

  /**
   * The previous element that is, unchanged, the element `index` starting at `offset` of the new
   * text, moved to that offset; undefined when there is none. `topLevel`: whether the new batch
   * array is the root (nesting limits count from there, so the old one must be at the same depth).
   */
  take(index: number, offset: number, topLevel: boolean): JsonNode | undefined {
    const early = this.previous.elements[index];
    // Before the edit it must end strictly before the first change: the unchanged character after
    // it shows that its last token ends where it did.
    if (early !== undefined && early.offset === offset && early.offset + early.length < this.unchangedEnd && isTopLevel(early) === topLevel) {
      this.taken.set(early, index);
      return early;
    }
    const from = offset - this.delta;
    if (from < this.suffixStart) return undefined;
    const elements = this.previous.elements;
    while (this.nextLater < elements.length && elements[this.nextLater].offset < from) this.nextLater++;
    const late = elements[this.nextLater];
    // One that runs to the end of the text is left alone: its errors there (an unclosed bracket) sit
    // at its end, where copyErrors does not look.
    if (late === undefined || late.offset !== from || late.offset + late.length >= this.previous.text.length || isTopLevel(late) !== topLevel) return undefined;
    this.taken.set(late, this.nextLater++);
    // Shifted in place, so it is never compared with an offset of the old text again (nextLater moved past it).
    shiftTree(late, this.delta);
    return late;
  }

  /** The previous version's errors in the new text's span start..end (called with spans in text order). */
  copyErrors(start: number, end: number, out: JsonSyntaxError[]): void {
    if (end <= this.unchangedEnd) {
      const errors = this.prefixErrors;
      while (this.nextPrefixError < errors.length && errors[this.nextPrefixError].offset < start) this.nextPrefixError++;
      while (this.nextPrefixError < errors.length && errors[this.nextPrefixError].offset < end) out.push(errors[this.nextPrefixError++]);
      return;
    }
    const errors = this.suffixErrors;
    const delta = this.delta;
    while (this.nextSuffixError < errors.length && errors[this.nextSuffixError].offset + delta < start) this.nextSuffixError++;
    while (this.nextSuffixError < errors.length && errors[this.nextSuffixError].offset + delta < end) {
      const error = errors[this.nextSuffixError++];
      out.push(delta === 0 ? error : { kind: error.kind, offset: error.offset + delta, length: error.length });
    }
  }
}

function isTopLevel(element: JsonNode): boolean {
  return element.parent?.parent === undefined;
}

// Both comparisons go by blocks of characters: comparing two slices is a native memory compare,
// many times faster than a loop over char codes, and a keystroke in a 1 MB file compares it all.
const BLOCK = 4096;

function commonPrefixLength(a: string, b: string): number {
  if (a === b) return a.length;
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= length && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of a and b, at most `limit`. */
function commonSuffixLength(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
