// .fbbatch text → BatchDocument. Built for text that is always mid-edit: never throws, keeps every
// operation it can recognise, and works in one linear pass over the tree (json/tree.ts).
import type { Node as JsonNode } from 'jsonc-parser';
import { parseJsonTree } from './json/tree';
import type { AttachmentDeclaration, BatchDocument, OperationModel, Property } from './model';
import { buildOperation } from './operation';
import { findProperty, propertiesOf } from './properties';
import { stringLiteralOf } from './string-literal';
import { toSyntaxProblem } from './syntax-errors';

export function parseBatchDocument(text: string): BatchDocument {
  const { root, errors } = parseJsonTree(text);
  const topProperties = root?.type === 'object' ? propertiesOf(root) : [];
  const shape = root?.type === 'array' ? 'array' : root?.type === 'object' ? 'object' : 'invalid';
  const batchNode = shape === 'array' ? root : arrayOrUndefined(findProperty(topProperties, 'batch')?.value);
  const operations = (batchNode?.children ?? []).map((node, index) => buildOperation(text, node, index));
  return {
    text,
    shape,
    root,
    syntaxErrors: errors.map(toSyntaxProblem),
    topProperties,
    batchNode,
    operations,
    attachments: attachmentsOf(text, findProperty(topProperties, 'attachments')),
    operationsByName: indexByName(operations),
  };
}

function arrayOrUndefined(node: JsonNode | undefined): JsonNode | undefined {
  return node?.type === 'array' ? node : undefined;
}

function attachmentsOf(text: string, property: Property | undefined): AttachmentDeclaration[] {
  return propertiesOf(property?.value).map((entry) => ({
    name: entry.key,
    nameRange: entry.keyRange,
    path: stringLiteralOf(text, entry.value),
  }));
}

function indexByName(operations: readonly OperationModel[]): Map<string, OperationModel[]> {
  const byName = new Map<string, OperationModel[]>();
  for (const operation of operations) {
    const name = operation.name?.value;
    if (name === undefined) continue;
    const list = byName.get(name);
    if (list) list.push(operation);
    else byName.set(name, [operation]);
  }
  return byName;
}
