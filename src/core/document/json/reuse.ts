// Taking over a batch file's operations from the previous version's tree: the editor re-parses the
// whole text on every keystroke, and every operation that ends before the first changed character
// is, character for character, what it was.
import type { Node as JsonNode } from 'jsonc-parser';
import type { JsonSyntaxError } from './errors';
import { PropertyNode, type ParentNode } from './nodes';

/**
 * The previous version's tree, offered for reuse: a batch element (an element of the top-level array,
 * or of the top-level object's `batch` array) that ends before the first changed character is taken
 * over as it is, with its syntax errors, instead of being parsed again. A keystroke then re-parses only
 * the operations from the edit on.
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
  private readonly errors: readonly JsonSyntaxError[];
  private nextError = 0;

  constructor(
    private readonly previous: PreviousTree,
    text: string,
  ) {
    this.unchangedEnd = commonPrefixLength(previous.text, text);
    this.errors = previous.errors.filter((error) => error.offset < this.unchangedEnd).sort((a, b) => a.offset - b.offset);
  }

  /**
   * The previous element `index` if it starts at `offset` and ends before the first change. Strictly
   * before: the unchanged character after it shows that its last token ends where it did.
   */
  element(index: number, offset: number): JsonNode | undefined {
    const element = this.previous.elements[index];
    if (element === undefined || element.offset !== offset || element.offset + element.length >= this.unchangedEnd) return undefined;
    return element;
  }

  /** The previous version's errors from `start` to `end` (called with ranges in text order). */
  copyErrors(start: number, end: number, out: JsonSyntaxError[]): void {
    const errors = this.errors;
    while (this.nextError < errors.length && errors[this.nextError].offset < start) this.nextError++;
    while (this.nextError < errors.length && errors[this.nextError].offset < end) out.push(errors[this.nextError++]);
  }
}

function commonPrefixLength(a: string, b: string): number {
  if (a === b) return a.length;
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}
