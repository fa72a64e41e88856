// The outline: options, attachments and the batch with one entry per operation.
import type { BatchDocument, OperationModel, Property } from '../document/model';
import type { OffsetRange } from '../text';
import { operationLabel, operationSummary } from './describe';
import type { DocumentSymbol } from './types';

function nodeRange(node: { offset: number; length: number }): OffsetRange {
  return { start: node.offset, end: node.offset + node.length };
}

function operationSymbol(op: OperationModel): DocumentSymbol {
  const selection = op.name?.range ?? op.method?.range ?? { start: op.range.start, end: Math.min(op.range.end, op.range.start + 1) };
  return { name: operationLabel(op), detail: operationSummary(op), kind: 'operation', range: op.range, selectionRange: selection, children: [] };
}

function batchSymbol(doc: BatchDocument, property: Property | undefined): DocumentSymbol | undefined {
  const node = doc.batchNode;
  if (node === undefined) return undefined;
  const count = doc.operations.length;
  return {
    name: 'batch',
    detail: `${count} operation${count === 1 ? '' : 's'}`,
    kind: 'batch',
    range: property?.range ?? nodeRange(node),
    selectionRange: property?.keyRange ?? { start: node.offset, end: node.offset + 1 },
    children: doc.operations.map(operationSymbol),
  };
}

function attachmentsSymbol(doc: BatchDocument, property: Property): DocumentSymbol {
  return {
    name: 'attachments',
    detail: `${doc.attachments.length} file${doc.attachments.length === 1 ? '' : 's'}`,
    kind: 'attachments',
    range: property.range,
    selectionRange: property.keyRange,
    children: doc.attachments.map((attachment) => ({
      name: attachment.name,
      detail: attachment.path?.value ?? '',
      kind: 'attachment',
      range: attachment.path === undefined ? attachment.nameRange : { start: attachment.nameRange.start, end: attachment.path.range.end },
      selectionRange: attachment.nameRange,
      children: [],
    })),
  };
}

function optionSymbol(doc: BatchDocument, property: Property): DocumentSymbol {
  const value = property.value;
  const detail = value === undefined ? '' : doc.text.slice(value.offset, value.offset + Math.min(value.length, 60));
  return { name: property.key, detail, kind: 'option', range: property.range, selectionRange: property.keyRange, children: [] };
}

export function getDocumentSymbols(doc: BatchDocument): DocumentSymbol[] {
  if (doc.shape === 'array') {
    const batch = batchSymbol(doc, undefined);
    return batch === undefined ? [] : [batch];
  }
  const symbols: DocumentSymbol[] = [];
  for (const property of doc.topProperties) {
    if (property.key === 'batch') {
      const batch = property.value === doc.batchNode ? batchSymbol(doc, property) : undefined;
      if (batch !== undefined) symbols.push(batch);
    } else if (property.key === 'attachments') {
      symbols.push(attachmentsSymbol(doc, property));
    } else {
      symbols.push(optionSymbol(doc, property));
    }
  }
  return symbols;
}
