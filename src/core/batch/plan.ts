// Splits a batch into HTTP requests of at most 50 operations. Operations linked by depends_on or
// `{result=...}` form a dependency group, and a group always travels in one request (the server
// resolves references only within a request).
import { BatchInputError } from './errors';
import { OperationScans } from './references';
import { MAX_OPERATIONS_PER_REQUEST, type OperationSpec } from './spec';

export interface PlannedRequest {
  /** Operations in their original order. */
  readonly operations: readonly OperationSpec[];
}

export interface BatchPlan {
  readonly requests: readonly PlannedRequest[];
  /** Operation index → indexes of the operations it waits for (all in the same request). */
  readonly parents: ReadonlyMap<number, readonly number[]>;
}

const label = (op: OperationSpec): string => (op.name ? `operation ${op.index + 1} ("${op.name}")` : `operation ${op.index + 1}`);

function findParents(operations: readonly OperationSpec[], scans: OperationScans): Map<number, number[]> {
  const byName = new Map<string, OperationSpec>();
  for (const op of operations) {
    if (!op.name) continue;
    const other = byName.get(op.name);
    if (other) throw new BatchInputError(`${label(other)} and operation ${op.index + 1} are both named "${op.name}". Give each operation its own name.`);
    byName.set(op.name, op);
  }
  const parents = new Map<number, number[]>();
  for (const op of operations) {
    const names = scans.of(op).parents;
    if (names.length === 0) continue;
    const indexes: number[] = [];
    for (const name of names) {
      const parent = byName.get(name);
      if (!parent) throw new BatchInputError(`${label(op)} needs the result of "${name}", but no operation in the batch has that name.`);
      if (parent !== op) indexes.push(parent.index);
    }
    if (indexes.length > 0) parents.set(op.index, indexes);
  }
  return parents;
}

/** Connected components of the dependency graph, each in original order, ordered by first operation. */
function dependencyGroups(operations: readonly OperationSpec[], parents: ReadonlyMap<number, readonly number[]>): OperationSpec[][] {
  if (parents.size === 0) return operations.map((op) => [op]);
  // Union-find over request positions (operation indexes need not be contiguous).
  const position = new Map<number, number>();
  for (let i = 0; i < operations.length; i++) position.set(operations[i].index, i);
  const root = Array.from({ length: operations.length }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (root[r] !== r) r = root[r];
    for (let j = i; j !== r; ) {
      const next = root[j];
      root[j] = r;
      j = next;
    }
    return r;
  };
  for (const [child, ps] of parents) for (const p of ps) root[find(position.get(child)!)] = find(position.get(p)!);
  const groups = new Map<number, OperationSpec[]>();
  for (let i = 0; i < operations.length; i++) {
    const r = find(i);
    const group = groups.get(r);
    if (group) group.push(operations[i]);
    else groups.set(r, [operations[i]]);
  }
  return [...groups.values()];
}

const byIndex = (a: OperationSpec, b: OperationSpec): number => a.index - b.index;

/** The operations sorted by index; the same list when already in order (the common case: groups of consecutive operations). */
function inOriginalOrder(list: readonly OperationSpec[]): readonly OperationSpec[] {
  for (let i = 1; i < list.length; i++) if (list[i - 1].index > list[i].index) return [...list].sort(byIndex);
  return list;
}

/** `scans`: pass the run's own to share them with the encoder. */
export function planBatch(operations: readonly OperationSpec[], maxPerRequest = MAX_OPERATIONS_PER_REQUEST, scans = new OperationScans()): BatchPlan {
  const parents = findParents(operations, scans);
  // All in one request (the usual file): no group can be split, so there is nothing to pack.
  if (operations.length <= maxPerRequest) return { requests: operations.length === 0 ? [] : [{ operations: inOriginalOrder(operations) }], parents };
  const groups = dependencyGroups(operations, parents);
  const bins: OperationSpec[][] = [];
  for (const group of groups) {
    if (group.length > maxPerRequest) {
      throw new BatchInputError(
        `The dependency group that starts at ${label(group[0])} has ${group.length} operations linked by depends_on or {result=...}; ` +
          `one request carries at most ${maxPerRequest}. Break a link so the group splits, or move some operations to another batch.`,
      );
    }
    // First fit: fewer requests, and order inside each request stays the original order.
    const bin = bins.find((b) => b.length + group.length <= maxPerRequest);
    if (bin) bin.push(...group);
    else bins.push([...group]);
  }
  const requests = bins.map((bin) => ({ operations: inOriginalOrder(bin) }));
  return { requests, parents };
}
