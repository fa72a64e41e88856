// One element of the batch array → OperationModel, with the references and token placeholders
// found in its relative_url, body and headers. Runs for every operation a keystroke touches, so it
// reads the properties once and builds literals only for strings that can hold a reference. Every
// position in the model is read from the tree when asked for, so when a keystroke moves the
// operation's nodes (json/reuse.ts), its model is still right and is taken over as it is.
import type { Node as JsonNode } from 'jsonc-parser';
import type { OperationModel, Property, ResultReference, StringLiteral, TokenPlaceholder } from './model';
import { PropertyNode } from './json/nodes';
import { nodeRange, propertiesOf } from './properties';
import { mayHoldReferences, scanPlaceholders, scanReferences } from './references';
import { stringLiteralOf } from './string-literal';
import type { OffsetRange } from '../text';

export function buildOperation(text: string, node: JsonNode, index: number): OperationModel {
  const properties = propertiesOf(node);
  // The last of a repeated key counts, as JSON.parse reads it.
  let method: JsonNode | undefined;
  let relativeUrlNode: JsonNode | undefined;
  let name: JsonNode | undefined;
  let dependsOn: JsonNode | undefined;
  let attachedFiles: JsonNode | undefined;
  let headers: JsonNode | undefined;
  let body: Property | undefined;
  for (const property of properties) {
    switch (property.key) {
      case 'method': method = property.value; break;
      case 'relative_url': relativeUrlNode = property.value; break;
      case 'name': name = property.value; break;
      case 'depends_on': dependsOn = property.value; break;
      case 'attached_files': attachedFiles = property.value; break;
      case 'headers': headers = property.value; break;
      case 'body': body = property; break;
    }
  }
  const relativeUrl = stringLiteralOf(text, relativeUrlNode);
  const found = scratch;
  if (relativeUrl !== undefined) scanLiteral(relativeUrl, 'relative_url', true, found);
  if (body?.value?.type === 'string') scanNode(text, body.value, 'body', true, found);
  else if (body?.value !== undefined) scanStringsWithin(text, body.value, found);
  if (headers?.type === 'array') for (const header of headers.children ?? []) scanNode(text, header, 'headers', false, found);
  const references = compact(found.references);
  const unclosedReferences = compact(found.unclosedReferences);
  const tokenPlaceholders = compact(found.tokenPlaceholders);
  found.references.length = found.unclosedReferences.length = found.tokenPlaceholders.length = 0;
  return new Operation(index, node, {
    isObject: node.type === 'object',
    properties,
    method: stringLiteralOf(text, method),
    relativeUrl,
    name: stringLiteralOf(text, name),
    dependsOn: stringLiteralOf(text, dependsOn),
    attachedFiles: stringLiteralOf(text, attachedFiles),
    body,
    references,
    unclosedReferences,
    tokenPlaceholders,
  });
}

type OperationParts = Omit<OperationModel, 'index' | 'node' | 'range'>;

// A class with every field written out, not an object literal with a `range` getter: the literal
// (one getter closure per operation) made a keystroke's validation about three times slower.
class Operation implements OperationModel {
  readonly isObject: boolean;
  readonly properties: readonly Property[];
  readonly method?: StringLiteral;
  readonly relativeUrl?: StringLiteral;
  readonly name?: StringLiteral;
  readonly dependsOn?: StringLiteral;
  readonly attachedFiles?: StringLiteral;
  readonly body?: Property;
  readonly references: readonly ResultReference[];
  readonly unclosedReferences?: readonly OffsetRange[];
  readonly tokenPlaceholders: readonly TokenPlaceholder[];

  constructor(
    readonly index: number,
    readonly node: JsonNode,
    parts: OperationParts,
  ) {
    this.isObject = parts.isObject;
    this.properties = parts.properties;
    this.method = parts.method;
    this.relativeUrl = parts.relativeUrl;
    this.name = parts.name;
    this.dependsOn = parts.dependsOn;
    this.attachedFiles = parts.attachedFiles;
    this.body = parts.body;
    this.references = parts.references;
    this.unclosedReferences = parts.unclosedReferences;
    this.tokenPlaceholders = parts.tokenPlaceholders;
  }

  get range(): OffsetRange {
    return nodeRange(this.node);
  }
}

/** The model of an operation taken over from the previous version where it had another index. */
export function reindexOperation(operation: OperationModel, index: number): OperationModel {
  return new Operation(index, operation.node, operation);
}

interface Found {
  readonly references: ResultReference[];
  readonly unclosedReferences: OffsetRange[];
  readonly tokenPlaceholders: TokenPlaceholder[];
}

// What the strings of the operation being built hold. Building is synchronous, so one set of lists
// serves every operation; each operation keeps exact-size copies (a list grown by push reserves room
// for 17 entries, and the model of a big file stays in memory while it is open). Empty lists share one array.
const scratch: Found = { references: [], unclosedReferences: [], tokenPlaceholders: [] };
const NONE: readonly never[] = Object.freeze([]);

function compact<T>(list: readonly T[]): readonly T[] {
  return list.length === 0 ? NONE : list.slice();
}

/** `formEncoded`: read through percent-escapes (references.ts says which strings are). */
function scanLiteral(literal: StringLiteral, inProperty: ResultReference['inProperty'], formEncoded: boolean, found: Found): void {
  scanReferences(literal, inProperty, formEncoded, found.references, found.unclosedReferences);
  scanPlaceholders(literal, found.tokenPlaceholders);
}

function scanNode(text: string, node: JsonNode, inProperty: ResultReference['inProperty'], formEncoded: boolean, found: Found): void {
  // A placeholder always starts with `{`, so a string with neither that nor an escape holds nothing.
  if (typeof node.value !== 'string' || !mayHoldReferences(node.value, formEncoded)) return;
  const literal = stringLiteralOf(text, node);
  if (literal !== undefined) scanLiteral(literal, inProperty, formEncoded, found);
}

/**
 * Every string within an object body, in source order; each is sent as written. The body's own keys
 * are form field names; a key deeper down is part of its value's JSON text, so it is read too.
 */
function scanStringsWithin(text: string, node: JsonNode, found: Found, inValue = false): void {
  if (node.type === 'string') scanNode(text, node, 'body', false, found);
  else if (node instanceof PropertyNode) {
    if (inValue && node.key.includes('{')) scanNode(text, node.children[0], 'body', false, found);
    if (node.valueNode !== undefined) scanStringsWithin(text, node.valueNode, found, true);
  } else for (const child of node.children ?? []) scanStringsWithin(text, child, found, inValue);
}
