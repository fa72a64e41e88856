/** A half-open span of a text, as offsets in UTF-16 code units (what VS Code and jsonc-parser use). */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export function rangeContains(range: OffsetRange, offset: number): boolean {
  return offset >= range.start && offset <= range.end;
}
