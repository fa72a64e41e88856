// validateBatchDocument: every check over a parsed .fbbatch document, each concern in its own
// file. Linear in the size of the document, so it can run on every keystroke.
import type { BatchDocument, OperationModel } from '../../document/model';
import type { Diagnostic, LanguageContext } from '../types';
import { checkAttachments } from './attachments';
import { checkCycles } from './cycles';
import { checkDuplicateNames, resolveDependencies } from './dependencies';
import { checkReferencePaths, checkUnclosedReferences } from './jsonpath';
import { checkRequestSize } from './limits';
import { diagnostic } from './make';
import { checkOperationShape } from './operation-shape';
import { checkRelativeUrl } from './relative-url';
import { checkTokens } from './tokens';
import { checkTopLevel } from './top-level';

export { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';
export { findLiteralTokens, type LiteralToken } from './literal-tokens';

// These checks read one operation and nothing else, and an operation the parse took over from the
// previous version is the very same object, so the last validation's findings are kept, by position
// (a keystroke keeps the operations before it in place). One slot: validating another file replaces it.
let lastOperations: readonly OperationModel[] = [];
let lastFindings: readonly (readonly Diagnostic[])[] = [];
const NONE: readonly Diagnostic[] = Object.freeze([]);

function checkOperations(operations: readonly OperationModel[], out: Diagnostic[]): void {
  const findings = new Array<readonly Diagnostic[]>(operations.length);
  for (let i = 0; i < operations.length; i++) {
    const operation = operations[i];
    let found = lastOperations[i] === operation ? lastFindings[i] : undefined;
    if (found === undefined) {
      const list: Diagnostic[] = [];
      checkOperationShape(operation, list);
      checkRelativeUrl(operation, list);
      checkReferencePaths(operation, list);
      checkUnclosedReferences(operation, list);
      found = list.length === 0 ? NONE : list;
    }
    findings[i] = found;
    for (const finding of found) out.push(finding);
  }
  lastOperations = operations;
  lastFindings = findings;
}

export function validateBatchDocument(doc: BatchDocument, ctx: LanguageContext): Diagnostic[] {
  const out: Diagnostic[] = doc.syntaxErrors.map((problem) => diagnostic('FB001', problem.range, problem.message));
  checkTopLevel(doc, out);
  checkOperations(doc.operations, out);
  checkDuplicateNames(doc, out);
  const edges = resolveDependencies(doc, out);
  checkCycles(doc, edges, out);
  checkRequestSize(doc, edges, out);
  checkAttachments(doc, ctx, out);
  checkTokens(doc, ctx, out);
  return out;
}
