// FB202/FB203 name an operation that does not exist. Besides "Change to <closest name>", offer to
// give that name to one of the nearest earlier operations that have none yet.
import type { BatchDocument, OperationModel } from '../../document/model';
import { findProperty } from '../../document/properties';
import type { CodeAction, Diagnostic } from '../types';
import { quickFix, type QuickFixProvider } from './actions';
import { operationTouching } from '../locate';
import { insertProperty } from './property-edits';

const MAX_CANDIDATES = 3;

export const addMissingName: QuickFixProvider = (doc, diagnostic) => {
  const operation = operationTouching(doc, diagnostic.range.start);
  const name = operation === undefined ? undefined : missingName(operation, diagnostic);
  if (operation === undefined || name === undefined || name === '') return [];
  const actions: CodeAction[] = [];
  for (let i = operation.index - 1; i >= 0 && actions.length < MAX_CANDIDATES; i--) {
    const candidate = doc.operations[i];
    if (!candidate.isObject || findProperty(candidate.properties, 'name') !== undefined) continue;
    actions.push(addName(doc, candidate, name, diagnostic));
  }
  return actions;
};

/** The name as written where the diagnostic points: in depends_on or in one of the references. */
function missingName(operation: OperationModel, diagnostic: Diagnostic): string | undefined {
  if (diagnostic.code === 'FB202') return operation.dependsOn?.value;
  return operation.references.find((r) => r.nameRange.start === diagnostic.range.start && r.nameRange.end === diagnostic.range.end)?.name;
}

function addName(doc: BatchDocument, operation: OperationModel, name: string, diagnostic: Diagnostic): CodeAction {
  const edit = insertProperty(doc.text, operation.node, `"name": ${JSON.stringify(name)}`);
  return quickFix(`Add "name": ${JSON.stringify(name)} to operation ${operation.index + 1}`, diagnostic, [edit]);
}
