// FB207: a reference whose JSONPath does not parse, with the range on the offending character
// mapped back through percent-encoding and JSON escapes to the source. FB208: a `{result=` that
// never closes, which the API would send on as plain text.
import type { OperationModel } from '../../document/model';
import type { Diagnostic } from '../types';
import { diagnostic } from './make';

export function checkReferencePaths(operation: OperationModel, out: Diagnostic[]): void {
  for (const reference of operation.references) {
    const parsed = reference.parsed;
    if (parsed.ok) continue;
    if (reference.path === '') {
      out.push(diagnostic('FB207', reference.range, `This reference has no JSONPath: write {result=${reference.name}:$.id} (the name, a colon, then the path into its result).`));
      continue;
    }
    const { offset, length } = parsed.error;
    // A path that stops too early has no bad character: point at the brace that ends it.
    const range = offset >= reference.path.length
      ? { start: reference.pathRange.end, end: reference.range.end }
      : { start: reference.pathSourceOffset(offset), end: reference.pathSourceOffset(offset + Math.max(length, 1)) };
    out.push(diagnostic('FB207', range, `Invalid JSONPath in the reference to "${reference.name}": ${parsed.error.message}`));
  }
}

export function checkUnclosedReferences(operation: OperationModel, out: Diagnostic[]): void {
  for (const range of operation.unclosedReferences ?? []) {
    out.push(diagnostic('FB208', range, 'This reference is not complete, so it would be sent as plain text: write {result=NAME:JSONPATH} with a closing brace, e.g. {result=get-friends:$.data.*.id}.'));
  }
}
