// Finding the part of the model a diagnostic's range points at.
import type { Node as JsonNode } from 'jsonc-parser';
import { findNodeAt } from '../../document/json/walk';
import type { BatchDocument } from '../../document/model';
import type { OffsetRange } from '../../text';

/** The property node whose key token has exactly this range. */
export function propertyAtKey(doc: BatchDocument, keyRange: OffsetRange): JsonNode | undefined {
  if (doc.root === undefined) return undefined;
  const key = findNodeAt(doc.root, keyRange.start + 1);
  const property = key?.parent;
  if (key?.offset !== keyRange.start || property?.type !== 'property' || property.children?.[0] !== key) return undefined;
  return property;
}
