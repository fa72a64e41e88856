// Reading the parsed tree: the innermost node at an offset, and a node as a plain JavaScript value
// (what jsonc-parser's findNodeAtOffset and getNodeValue give, for this package's nodes).
import type { Node as JsonNode } from 'jsonc-parser';
import { PropertyNode } from './nodes';

/** The innermost node whose span holds `offset` (its end excluded), or undefined. */
export function findNodeAt(node: JsonNode, offset: number): JsonNode | undefined {
  if (offset < node.offset || offset >= node.offset + node.length) return undefined;
  for (const child of node.children ?? []) {
    if (child.offset > offset) break;
    const found = findNodeAt(child, offset);
    if (found !== undefined) return found;
  }
  return node;
}

/** The value a node stands for; a property without a value is left out of its object. */
export function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'array':
      return (node.children ?? []).map(nodeValue);
    case 'object': {
      // No prototype: a key such as "__proto__" is an ordinary key here, as in JSON.
      const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const child of node.children ?? []) {
        if (child instanceof PropertyNode && child.valueNode !== undefined) object[child.key] = nodeValue(child.valueNode);
      }
      return object;
    }
    default:
      return node.value;
  }
}
