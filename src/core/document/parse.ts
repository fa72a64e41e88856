// .fbbatch text → BatchDocument. Built for text that is always mid-edit: never throws, keeps every
// operation it can recognise, and works in one linear pass over the tree (json/tree.ts).
import type { Node as JsonNode } from 'jsonc-parser';
import type { JsonSyntaxError } from './json/errors';
import type { PreviousTree } from './json/reuse';
import { parseJsonTree } from './json/tree';
import type { AttachmentDeclaration, BatchDocument, OperationModel, Property } from './model';
import { buildOperation, reindexOperation } from './operation';
import { findProperty, propertiesOf } from './properties';
import { stringLiteralOf } from './string-literal';
import { toSyntaxProblem } from './syntax-errors';

/**
 * `previous`, the model of the version just before of the same file, lets the operations outside the
 * edited span be taken over instead of parsed again (what one keystroke needs). It is consumed:
 * its tree now belongs to the new version, so only the new model may be read afterwards.
 */
export function parseBatchDocument(text: string, previous?: BatchDocument): BatchDocument {
  const { root, errors, taken } = parseJsonTree(text, previous && previousTree(previous));
  const doc = buildDocument(text, root, errors, previous, taken);
  jsonErrors.set(doc, errors);
  return doc;
}

/** The parser's own errors of each model, which a later version's parse takes over with the elements. */
const jsonErrors = new WeakMap<BatchDocument, readonly JsonSyntaxError[]>();

function buildDocument(
  text: string,
  root: JsonNode | undefined,
  errors: readonly JsonSyntaxError[],
  previous: BatchDocument | undefined,
  taken: ReadonlyMap<JsonNode, number> | undefined,
): BatchDocument {
  const topProperties = root?.type === 'object' ? propertiesOf(root) : [];
  const shape = root?.type === 'array' ? 'array' : root?.type === 'object' ? 'object' : 'invalid';
  const batchNode = shape === 'array' ? root : arrayOrUndefined(findProperty(topProperties, 'batch')?.value);
  const before = previous?.operations;
  // A taken-over element is the very node of the previous version, so its operation model is
  // unchanged too (it reads positions from the nodes, which moved with the edit).
  const operations = (batchNode?.children ?? []).map((node, index) => {
    const previousIndex = taken?.get(node);
    const operation = previousIndex === undefined ? undefined : before?.[previousIndex];
    if (operation?.node !== node) return buildOperation(text, node, index);
    return operation.index === index ? operation : reindexOperation(operation, index);
  });
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

function previousTree(previous: BatchDocument): PreviousTree | undefined {
  const elements = previous.batchNode?.children;
  const errors = jsonErrors.get(previous);
  return elements === undefined || errors === undefined ? undefined : { text: previous.text, elements, errors };
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
