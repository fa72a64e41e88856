// The API takes at most 50 operations per request. A longer file is sent as several requests,
// each keeping operations that depend on each other together, which is impossible for a
// dependency group of more than 50.
import { MAX_OPERATIONS_PER_REQUEST } from '../../batch/spec';
import type { BatchDocument } from '../../document/model';
import type { Diagnostic } from '../types';
import type { DependencyEdge } from './dependencies';
import { diagnostic } from './make';

export function checkRequestSize(doc: BatchDocument, edges: readonly DependencyEdge[], out: Diagnostic[]): void {
  const count = doc.operations.length;
  if (count <= MAX_OPERATIONS_PER_REQUEST || doc.batchNode === undefined) return;
  const open = { start: doc.batchNode.offset, end: doc.batchNode.offset + 1 };
  out.push(
    diagnostic('FB301', open, `This batch has ${count} operations and the API takes at most ${MAX_OPERATIONS_PER_REQUEST} per request, so a run sends it as several requests of at most ${MAX_OPERATIONS_PER_REQUEST}, keeping operations that depend on each other in the same request.`),
  );
  const groups = new UnionFind(count);
  for (const edge of edges) groups.union(edge.from, edge.to);
  // Each group is reported once, at its first operation (groups in the order they start).
  const reported = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const root = groups.find(i);
    const size = groups.sizeOf(root);
    if (reported[root] === 1 || size <= MAX_OPERATIONS_PER_REQUEST) continue;
    reported[root] = 1;
    const first = doc.operations[i];
    out.push(
      diagnostic('FB302', first.name?.range ?? { start: first.range.start, end: first.range.start + 1 }, `${size} operations (from operation ${i + 1} on) depend on each other through depends_on and {result=...}, but one request takes at most ${MAX_OPERATIONS_PER_REQUEST} and a dependency cannot cross requests. Split the chain into independent groups of at most ${MAX_OPERATIONS_PER_REQUEST}.`),
    );
  }
}

/** Disjoint sets with path halving and union by size: near-linear grouping. */
class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Int32Array(count).fill(1);
  }

  find(i: number): number {
    let node = i;
    while (this.parent[node] !== node) {
      this.parent[node] = this.parent[this.parent[node]];
      node = this.parent[node];
    }
    return node;
  }

  /** Size of the group whose root is `root`. */
  sizeOf(root: number): number {
    return this.size[root];
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size[rootA] < this.size[rootB]) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA] += this.size[rootB];
  }
}
