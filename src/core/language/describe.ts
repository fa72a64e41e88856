// Short human descriptions of operations, shared by outline, hover and completion.
import type { OperationModel, StringLiteral } from '../document/model';

/** The operation's name, or `#N` (1-based position in the batch, as the CLI and the panel count). */
export function operationLabel(op: OperationModel): string {
  const name = op.name?.value;
  return name !== undefined && name !== '' ? name : `#${op.index + 1}`;
}

/** e.g. "GET me/friends?limit=5"; missing parts are left out. */
export function operationSummary(op: OperationModel): string {
  return [op.method?.value, op.relativeUrl?.value].filter((part) => part !== undefined && part !== '').join(' ');
}

/** The value of a boolean property of the operation, if it is written as a boolean. */
export function booleanProperty(op: OperationModel, key: string): boolean | undefined {
  const value = op.properties.find((property) => property.key === key)?.value;
  return value?.type === 'boolean' && typeof value.value === 'boolean' ? value.value : undefined;
}

/** Source range of a string literal's contents (inside the quotes, escapes included). */
export function literalContentRange(literal: StringLiteral, from = 0, to = literal.value.length): { start: number; end: number } {
  return { start: literal.sourceOffset(from), end: literal.sourceOffset(to) };
}

/** Shortens text for display, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
