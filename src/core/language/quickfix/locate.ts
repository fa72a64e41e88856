// Finding the part of the model a diagnostic's range points at.
import { findNodeAtOffset, type Node as JsonNode } from 'jsonc-parser';
import type { BatchDocument, OperationModel } from '../../document/model';
import type { OffsetRange } from '../../text';

/** The operation whose source contains `offset` (operations are in source order: binary search). */
export function operationAt(doc: BatchDocument, offset: number): OperationModel | undefined {
  let low = 0;
  let high = doc.operations.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = doc.operations[middle].range;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return doc.operations[middle];
  }
  return undefined;
}

/** The property node whose key token has exactly this range. */
export function propertyAtKey(doc: BatchDocument, keyRange: OffsetRange): JsonNode | undefined {
  if (doc.root === undefined) return undefined;
  const key = findNodeAtOffset(doc.root, keyRange.start + 1);
  const property = key?.parent;
  if (key?.offset !== keyRange.start || property?.type !== 'property' || property.children?.[0] !== key) return undefined;
  return property;
}
