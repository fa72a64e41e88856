// validateBatchDocument: every check over a parsed .fbbatch document, each concern in its own
// file. Linear in the size of the document, so it can run on every keystroke.
import type { BatchDocument } from '../../document/model';
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

export function validateBatchDocument(doc: BatchDocument, ctx: LanguageContext): Diagnostic[] {
  const out: Diagnostic[] = doc.syntaxErrors.map((problem) => diagnostic('FB001', problem.range, problem.message));
  checkTopLevel(doc, out);
  for (const operation of doc.operations) {
    checkOperationShape(operation, out);
    checkRelativeUrl(operation, out);
    checkReferencePaths(operation, out);
    checkUnclosedReferences(operation, out);
  }
  checkDuplicateNames(doc, out);
  const edges = resolveDependencies(doc, out);
  checkCycles(doc, edges, out);
  checkRequestSize(doc, edges, out);
  checkAttachments(doc, ctx, out);
  checkTokens(doc, ctx, out);
  return out;
}
