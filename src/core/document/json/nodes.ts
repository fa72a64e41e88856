// The nodes of the parsed tree, in jsonc-parser's Node shape. A 1 MB file makes well over a hundred
// thousand nodes on every keystroke, so each kind is kept small: a leaf has no children or
// colon, and a property makes its key node and children array only when something asks for them
// (the document model reads `key` and `valueNode` directly).
import type { Node as JsonNode } from 'jsonc-parser';

export type Literal = string | number | boolean | null;
export type ParentNode = ContainerNode | PropertyNode;

/** An object or an array. */
export class ContainerNode implements JsonNode {
  /** Set when the container is complete, as an array of exactly its size. */
  children: JsonNode[] | undefined = undefined;

  constructor(
    readonly type: 'object' | 'array',
    public offset: number,
    public length: number,
    readonly parent: ParentNode | undefined,
  ) {}
}

export type LeafType = 'string' | 'number' | 'boolean' | 'null';

/**
 * A string, number, boolean or null. An object literal from this one place, not a class: V8 then
 * tracks the allocation site, and the hundred thousand leaves a big file makes cost measurably
 * less garbage-collection time.
 */
export function leafNode(type: LeafType, offset: number, length: number, parent: ParentNode | undefined, value: Literal): JsonNode {
  return { type, offset, length, parent, value };
}

/** Moves a batch element taken over from the previous version's tree under the new version's array. */
export function adopt(node: JsonNode, array: ContainerNode): void {
  // jsonc-parser declares `parent` read-only for its users; this tree's nodes are plain fields.
  (node as { parent: JsonNode | undefined }).parent = array;
}

/**
 * Moves a subtree taken over from the previous version to where the same characters now stand
 * (reuse.ts). In place: a keystroke moves half a big file's nodes, and copying them would cost
 * nearly what parsing them does.
 */
export function shiftTree(node: JsonNode, delta: number): void {
  if (delta === 0) return;
  (node as { offset: number }).offset += delta;
  if (node instanceof PropertyNode) {
    if (node.colonOffset !== undefined) node.colonOffset += delta;
    node.shiftKeyNode(delta);
    if (node.valueNode !== undefined) shiftTree(node.valueNode, delta);
  } else if (node.children !== undefined) {
    for (const child of node.children) shiftTree(child, delta);
  }
}

/** A `"key": value` pair; its key token starts where the property starts. */
export class PropertyNode implements JsonNode {
  /** -1 while the value is missing and the end is not known yet. */
  length = -1;
  colonOffset: number | undefined = undefined;
  valueNode: JsonNode | undefined = undefined;
  private madeChildren: JsonNode[] | undefined = undefined;

  constructor(
    public offset: number,
    readonly parent: ContainerNode,
    readonly key: string,
    readonly keyLength: number,
  ) {}

  get type(): 'property' {
    return 'property';
  }

  /** The key node, if made, moves with its property (shiftTree). */
  shiftKeyNode(delta: number): void {
    if (this.madeChildren !== undefined) (this.madeChildren[0] as { offset: number }).offset += delta;
  }

  /** [key, value], or [key] while the value is missing. */
  get children(): JsonNode[] {
    if (this.madeChildren === undefined) {
      const keyNode = leafNode('string', this.offset, this.keyLength, this, this.key);
      this.madeChildren = this.valueNode === undefined ? [keyNode] : [keyNode, this.valueNode];
    }
    return this.madeChildren;
  }
}
