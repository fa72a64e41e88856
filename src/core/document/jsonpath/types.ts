// The JSONPath dialect of Graph API batch references (Goessner's, as the API uses it):
// `$`, `.name`, `.0`, `*`, `..`, and brackets with names, indices, unions and slices.
// Filters `?(...)` and scripts `(...)` are not allowed in batch references.

export type Selector =
  | {
      readonly kind: 'name';
      readonly name: string;
      /**
       * Set only for a dotted number (`$.data.0`, Goessner style, which the Graph API accepts):
       * on an array it selects this index; on an object, the member named `name`.
       */
      readonly arrayIndex?: number;
    }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'slice'; readonly start?: number; readonly end?: number; readonly step?: number };

export interface Segment {
  /** `child` for `.x` / `[...]`, `descendant` for `..x` / `..[...]`. */
  readonly kind: 'child' | 'descendant';
  readonly selectors: readonly Selector[];
  /** Offsets of the segment within the expression text. */
  readonly start: number;
  readonly end: number;
}

export interface JsonPath {
  readonly source: string;
  readonly segments: readonly Segment[];
}

export interface JsonPathError {
  /** Plain words, e.g. "Filter expressions ?(...) are not allowed in batch references". */
  readonly message: string;
  /** Offset of the offending character(s) within the expression; length ≥ 1 unless at the end. */
  readonly offset: number;
  readonly length: number;
}

export type JsonPathParseResult =
  | { readonly ok: true; readonly path: JsonPath }
  | { readonly ok: false; readonly error: JsonPathError };
