// Object properties of the parsed tree as the model's Property records: one small object per
// property over its node, with ranges made only when asked for.
import type { Node as JsonNode } from 'jsonc-parser';
import { PropertyNode } from './json/nodes';
import type { Property } from './model';
import type { OffsetRange } from '../text';

export function nodeRange(node: JsonNode): OffsetRange {
  return { start: node.offset, end: node.offset + node.length };
}

/** The model's view of a property node: reads the node's own fields, so it costs one small object. */
class PropertyOfNode implements Property {
  constructor(private readonly node: PropertyNode) {}

  get key(): string {
    return this.node.key;
  }

  get value(): JsonNode | undefined {
    return this.node.valueNode;
  }

  get keyRange(): OffsetRange {
    return { start: this.node.offset, end: this.node.offset + this.node.keyLength };
  }

  get range(): OffsetRange {
    return nodeRange(this.node);
  }
}

/** Every `key: value` of an object node in source order, duplicates included. */
export function propertiesOf(objectNode: JsonNode | undefined): Property[] {
  if (objectNode?.type !== 'object') return [];
  const children = objectNode.children ?? [];
  // Sized up front: pushing onto [] would reserve room for 17 entries per operation.
  const properties = new Array<Property>(children.length);
  let count = 0;
  for (const child of children) if (child instanceof PropertyNode) properties[count++] = new PropertyOfNode(child);
  properties.length = count;
  return properties;
}

/** The property that counts when a key is repeated: the last one, as JSON.parse reads it. */
export function findProperty(properties: readonly Property[], key: string): Property | undefined {
  for (let i = properties.length - 1; i >= 0; i--) if (properties[i].key === key) return properties[i];
  return undefined;
}
