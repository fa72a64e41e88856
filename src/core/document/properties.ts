// Object properties of the jsonc-parser tree as the model's Property records.
import type { Node as JsonNode } from 'jsonc-parser';
import type { Property } from './model';
import type { OffsetRange } from '../text';

export function nodeRange(node: JsonNode): OffsetRange {
  return { start: node.offset, end: node.offset + node.length };
}

/** Every `key: value` of an object node in source order, duplicates included. */
export function propertiesOf(objectNode: JsonNode | undefined): Property[] {
  if (objectNode?.type !== 'object') return [];
  const properties: Property[] = [];
  for (const child of objectNode.children ?? []) {
    const keyNode = child.children?.[0];
    if (child.type !== 'property' || keyNode === undefined) continue;
    properties.push({
      key: typeof keyNode.value === 'string' ? keyNode.value : '',
      keyRange: nodeRange(keyNode),
      range: nodeRange(child),
      value: child.children?.[1],
    });
  }
  return properties;
}

/** The property that counts when a key is repeated: the last one, as JSON.parse reads it. */
export function findProperty(properties: readonly Property[], key: string): Property | undefined {
  for (let i = properties.length - 1; i >= 0; i--) if (properties[i].key === key) return properties[i];
  return undefined;
}
