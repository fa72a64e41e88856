// One element of the batch array → OperationModel, with the references and token placeholders
// found in its relative_url, body and headers.
import type { Node as JsonNode } from 'jsonc-parser';
import type { OperationModel, Property, ResultReference, StringLiteral, TokenPlaceholder } from './model';
import { findProperty, nodeRange, propertiesOf } from './properties';
import { scanPlaceholders, scanReferences } from './references';
import { stringLiteralOf } from './string-literal';
import type { OffsetRange } from '../text';

export function buildOperation(text: string, node: JsonNode, index: number): OperationModel {
  const properties = propertiesOf(node);
  const relativeUrl = literalOf(text, properties, 'relative_url');
  const body = findProperty(properties, 'body');
  const found: Found = { references: [], unclosedReferences: [], tokenPlaceholders: [] };
  scanString(relativeUrl, 'relative_url', found);
  for (const value of stringsWithin(body?.value, [])) scanString(stringLiteralOf(text, value), 'body', found);
  const headers = findProperty(properties, 'headers')?.value;
  if (headers?.type === 'array') {
    for (const header of headers.children ?? []) scanString(stringLiteralOf(text, header), 'headers', found);
  }
  return {
    index,
    node,
    range: nodeRange(node),
    isObject: node.type === 'object',
    properties,
    method: literalOf(text, properties, 'method'),
    relativeUrl,
    name: literalOf(text, properties, 'name'),
    dependsOn: literalOf(text, properties, 'depends_on'),
    attachedFiles: literalOf(text, properties, 'attached_files'),
    body,
    references: found.references,
    unclosedReferences: found.unclosedReferences,
    tokenPlaceholders: found.tokenPlaceholders,
  };
}

function literalOf(text: string, properties: readonly Property[], key: string): StringLiteral | undefined {
  return stringLiteralOf(text, findProperty(properties, key)?.value);
}

interface Found {
  readonly references: ResultReference[];
  readonly unclosedReferences: OffsetRange[];
  readonly tokenPlaceholders: TokenPlaceholder[];
}

function scanString(literal: StringLiteral | undefined, inProperty: ResultReference['inProperty'], found: Found): void {
  if (literal === undefined) return;
  scanReferences(literal, inProperty, found.references, found.unclosedReferences);
  scanPlaceholders(literal, found.tokenPlaceholders);
}

/** The string itself, or every string value nested in an object/array body (keys excluded), in source order. */
function stringsWithin(node: JsonNode | undefined, found: JsonNode[]): JsonNode[] {
  if (node === undefined) return found;
  if (node.type === 'string') found.push(node);
  else if (node.type === 'property') stringsWithin(node.children?.[1], found);
  else for (const child of node.children ?? []) stringsWithin(child, found);
  return found;
}
