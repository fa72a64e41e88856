// A parse tree as plain data for deepEqual, shared by the parser's tests.
import assert from 'node:assert/strict';
import type { Node } from 'jsonc-parser';

/** A node as plain data, checking on the way that every child points back at its parent. */
export function shape(node: Node | undefined): unknown {
  if (node === undefined) return undefined;
  const children = node.children?.map((child) => {
    assert.equal(child.parent, node, 'a child points at its parent');
    return shape(child);
  });
  return { type: node.type, offset: node.offset, length: node.length, value: node.value, colonOffset: node.colonOffset, children };
}
