// The parsed model of a .fbbatch text: every operation, key, value and reference with its source
// range, built to survive half-typed text. Produced by parseBatchDocument (parse.ts).
import type { Node as JsonNode } from 'jsonc-parser';
import type { OffsetRange } from '../text';
import type { JsonPathParseResult } from './jsonpath/types';

/** A JSON string literal with its decoded value and a map back to source offsets. */
export interface StringLiteral {
  readonly value: string;
  /** The token in the source, quotes included. */
  readonly range: OffsetRange;
  /**
   * Source offset of decoded character `i` (0 ≤ i ≤ value.length), so that a position inside a
   * string with escapes (`\"`, `\u0024`) maps to the right raw characters.
   */
  sourceOffset(i: number): number;
}

/** A `key: value` pair of an object in the file. */
export interface Property {
  readonly key: string;
  readonly keyRange: OffsetRange;
  /** The whole `"key": value` span. */
  readonly range: OffsetRange;
  /** Absent when the user has typed the key and colon but no value yet. */
  readonly value?: JsonNode;
}

/** `{result=NAME:JSONPATH}` found inside a relative_url, body or header string. */
export interface ResultReference {
  /** The whole `{result=...}` in source offsets. */
  readonly range: OffsetRange;
  readonly name: string;
  readonly nameRange: OffsetRange;
  /** The JSONPath text as decoded (percent-decoded when it stood in a form body). */
  readonly path: string;
  readonly pathRange: OffsetRange;
  /** Source offset of the path's decoded character i (to place JSONPath errors exactly). */
  pathSourceOffset(i: number): number;
  readonly parsed: JsonPathParseResult;
  /** The operation property the reference was found in. */
  readonly inProperty: 'relative_url' | 'body' | 'headers';
  /** It stands in form-encoded text (a relative_url or a string body), which the server decodes. */
  readonly formEncoded: boolean;
}

/** `{{token:NAME}}` in a relative_url, body or header. */
export interface TokenPlaceholder {
  readonly range: OffsetRange;
  readonly name: string;
  readonly nameRange: OffsetRange;
}

export interface OperationModel {
  readonly index: number;
  /** The operation's array element (any JSON value: a non-object is diagnosed). */
  readonly node: JsonNode;
  readonly range: OffsetRange;
  readonly isObject: boolean;
  /** All properties in source order, duplicates included. */
  readonly properties: readonly Property[];
  readonly method?: StringLiteral;
  readonly relativeUrl?: StringLiteral;
  readonly name?: StringLiteral;
  readonly dependsOn?: StringLiteral;
  readonly attachedFiles?: StringLiteral;
  /** The `body` property, string or object (or a wrong type, diagnosed). */
  readonly body?: Property;
  readonly references: readonly ResultReference[];
  /** `{result=` openings with no complete reference after them (the `{result=` itself). */
  readonly unclosedReferences?: readonly OffsetRange[];
  readonly tokenPlaceholders: readonly TokenPlaceholder[];
}

export interface AttachmentDeclaration {
  readonly name: string;
  readonly nameRange: OffsetRange;
  /** Path as written, relative to the batch file's folder. */
  readonly path?: StringLiteral;
}

export interface SyntaxProblem {
  readonly message: string;
  readonly range: OffsetRange;
}

export interface BatchDocument {
  readonly text: string;
  /** `array`: the bare batch; `object`: options + `batch`; `invalid`: neither (diagnosed). */
  readonly shape: 'array' | 'object' | 'invalid';
  readonly root?: JsonNode;
  readonly syntaxErrors: readonly SyntaxProblem[];
  /** Top-level properties when the shape is `object`. */
  readonly topProperties: readonly Property[];
  /** The `batch` array node (the root itself for the bare shape). */
  readonly batchNode?: JsonNode;
  readonly operations: readonly OperationModel[];
  readonly attachments: readonly AttachmentDeclaration[];
  /** Operation name → operations carrying it (more than one is a duplicate). */
  readonly operationsByName: ReadonlyMap<string, readonly OperationModel[]>;
}
