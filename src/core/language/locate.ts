// Where an offset stands in a batch document: which operation, and which JSON location inside it.
// Work is kept to the operation around the offset (binary search + a scan of that operation only),
// so a feature call stays cheap on files with thousands of operations.
import { getJsonLocation, type JsonLocation, type PathSegment } from '../document/json/location';
import type { BatchDocument, OperationModel } from '../document/model';

/** The last operation whose source starts before `offset`, by binary search (operations are in source order). */
export function operationStartingBefore(doc: BatchDocument, offset: number): OperationModel | undefined {
  const ops = doc.operations;
  let low = 0;
  let high = ops.length - 1;
  let found: OperationModel | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ops[mid].range.start < offset) {
      found = ops[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/**
 * The operation whose source holds `offset` strictly inside (between its first and last character),
 * or at its very end when the operation is not closed yet (being typed).
 */
export function operationAt(doc: BatchDocument, offset: number): OperationModel | undefined {
  const op = operationStartingBefore(doc, offset);
  if (op === undefined) return undefined;
  if (offset < op.range.end) return op;
  const closed = !op.isObject || (op.range.end > op.range.start && doc.text.charAt(op.range.end - 1) === '}');
  return offset === op.range.end && !closed ? op : undefined;
}

/** Like operationAt, but also accepts the offsets at the operation's first and last character. */
export function operationTouching(doc: BatchDocument, offset: number): OperationModel | undefined {
  const op = operationStartingBefore(doc, offset + 1);
  return op !== undefined && offset <= op.range.end ? op : undefined;
}

export interface PreviousToken {
  readonly type: 'string' | 'property' | 'other';
  /** Source offset where the token starts (its opening quote for strings). */
  readonly offset: number;
  readonly length: number;
}

/** True when `offset` is inside a string token's contents (after its opening quote, before its closing one). */
export function isInsideString(text: string, token: PreviousToken | undefined, offset: number): token is PreviousToken {
  if (token === undefined || token.type === 'other' || offset <= token.offset) return false;
  const last = token.offset + token.length - 1;
  const closed = token.length >= 2 && text.charAt(last) === '"';
  return closed ? offset <= last : offset <= token.offset + token.length;
}

export interface JsonPosition {
  /** Path from the operation (when `operation` is set) or from the document root. */
  readonly path: PathSegment[];
  readonly isAtPropertyKey: boolean;
  /** The literal or key token the offset is in or right after, if any. */
  readonly previous?: PreviousToken;
}

/** Where nothing is offered. */
const NOWHERE: JsonPosition = { path: [], isAtPropertyKey: false };

function toPosition(text: string, offset: number, base: number): JsonPosition {
  let location: JsonLocation;
  try {
    location = getJsonLocation(text, offset - base);
  } catch {
    // The walk is recursive, so brackets nested thousands deep overflow the stack.
    return NOWHERE;
  }
  const node = location.previousNode;
  const previous: PreviousToken | undefined =
    node === undefined
      ? undefined
      : {
          type: node.type === 'string' || node.type === 'property' ? node.type : 'other',
          offset: node.offset + base,
          length: node.length,
        };
  return { path: location.path, isAtPropertyKey: location.isAtPropertyKey, previous };
}

/** True right after a string's closing quote: the value or key there is complete, nothing to offer. */
export function isRightAfterString(text: string, token: PreviousToken | undefined, offset: number): boolean {
  return token !== undefined && token.type !== 'other' && offset === token.offset + token.length && !isInsideString(text, token, offset);
}

/** JSON position inside an operation object, relative to the operation (e.g. `["body", "message"]`). */
export function positionInOperation(doc: BatchDocument, op: OperationModel, offset: number): JsonPosition {
  return toPosition(doc.text.slice(op.range.start, op.range.end), offset, op.range.start);
}

/** JSON position from the document root (scans the text up to `offset`). */
export function positionInDocument(doc: BatchDocument, offset: number): JsonPosition {
  return toPosition(doc.text, offset, 0);
}

/** True when `offset` lies inside the batch array's brackets. */
export function isInsideBatchArray(doc: BatchDocument, offset: number): boolean {
  const node = doc.batchNode;
  if (node === undefined || node.type !== 'array') return false;
  const end = node.offset + node.length;
  const closed = doc.text.charAt(end - 1) === ']';
  return offset > node.offset && (closed ? offset < end : offset <= end);
}
