// The JSONPath dialect of Graph API batch references: parse, evaluate, find and substitute.
export type { JsonPath, JsonPathError, JsonPathParseResult, Segment, Selector } from './types';
export { parseJsonPath } from './parse';
export { evaluateJsonPath } from './evaluate';
export { findResultReferences, RESULT_OPEN, type FoundReference, type ScanOptions } from './references';
export {
  substituteResultReferences,
  type ReferenceProblem,
  type ReferenceProblemKind,
  type ReferenceTarget,
  type SubstituteOptions,
  type SubstituteResult,
} from './substitute';
