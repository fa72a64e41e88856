// validateBatchDocument: every check over a parsed .fbbatch document, each concern in its own
// file. Linear in the size of the document, so it can run on every keystroke.
import type { BatchDocument, OperationModel } from '../../document/model';
import type { OffsetRange } from '../../text';
import type { Node as JsonNode } from 'jsonc-parser';
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

// These checks read one operation and nothing else, and the parse takes over every operation a
// keystroke did not touch from the previous version (the same model, moved when it stands after
// the edit). So the last validation's findings are kept by operation, moved along with it, and only
// the edited operation is checked again. One slot: validating another file replaces it.
let lastOperations: readonly OperationModel[] = [];
let lastFindings: readonly Findings[] = [];

/** An operation's findings and where the operation started when they were made. */
interface Findings {
  readonly at: number;
  readonly list: readonly Diagnostic[];
}

const NONE: readonly Diagnostic[] = Object.freeze([]);

function checkOperations(operations: readonly OperationModel[], out: Diagnostic[]): void {
  const findings = new Array<Findings>(operations.length);
  // By index while no operation was added or removed (the edited one alone is new then); by node otherwise.
  const aligned = operations.length === lastOperations.length;
  let byNode: Map<JsonNode, Findings> | undefined;
  for (let i = 0; i < operations.length; i++) {
    const operation = operations[i];
    const at = operation.node.offset;
    let last = lastOperations[i]?.node === operation.node ? lastFindings[i] : undefined;
    if (last === undefined && !aligned && lastOperations.length > 0) {
      byNode ??= new Map(lastOperations.map((previous, k) => [previous.node, lastFindings[k]]));
      last = byNode.get(operation.node);
    }
    let list: readonly Diagnostic[];
    if (last === undefined) {
      const fresh: Diagnostic[] = [];
      checkOperationShape(operation, fresh);
      checkRelativeUrl(operation, fresh);
      checkReferencePaths(operation, fresh);
      checkUnclosedReferences(operation, fresh);
      list = fresh.length === 0 ? NONE : fresh;
    } else {
      list = last.at === at || last.list.length === 0 ? last.list : last.list.map((finding) => moveDiagnostic(finding, at - last.at));
    }
    findings[i] = { at, list };
    for (const finding of list) out.push(finding);
  }
  lastOperations = operations;
  lastFindings = findings;
}

function moveDiagnostic(finding: Diagnostic, delta: number): Diagnostic {
  const move = (range: OffsetRange): OffsetRange => ({ start: range.start + delta, end: range.end + delta });
  const related = finding.related?.map((entry) => ({ message: entry.message, range: move(entry.range) }));
  return { ...finding, range: move(finding.range), ...(related && { related }) };
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
