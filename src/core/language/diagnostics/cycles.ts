// Dependency cycles through depends_on and references, found with one iterative depth-first
// search (linear in operations + edges). Each cycle is reported once, at the edge that closes it.
import type { BatchDocument } from '../../document/model';
import type { Diagnostic } from '../types';
import type { DependencyEdge } from './dependencies';
import { diagnostic } from './make';

const WHITE = 0;
const GREY = 1;
const BLACK = 2;

export function checkCycles(doc: BatchDocument, edges: readonly DependencyEdge[], out: Diagnostic[]): void {
  const count = doc.operations.length;
  const outgoing = edgesByOperation(count, edges);
  const colour = new Uint8Array(count);
  // Explicit stack of (operation, next edge to follow) so deep chains cannot overflow; empty between roots.
  const path: number[] = [];
  const nextEdge: number[] = [];
  for (let root = 0; root < count; root++) {
    if (colour[root] !== WHITE) continue;
    path.push(root);
    nextEdge.push(0);
    colour[root] = GREY;
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top];
      const k = outgoing.first[node] + nextEdge[top]++;
      const edge = k < outgoing.first[node + 1] ? outgoing.edges[k] : undefined;
      if (edge === undefined) {
        colour[node] = BLACK;
        path.pop();
        nextEdge.pop();
      } else if (colour[edge.to] === GREY) {
        out.push(diagnostic('FB206', edge.range, cycleMessage(doc, path.slice(path.indexOf(edge.to)))));
      } else if (colour[edge.to] === WHITE) {
        colour[edge.to] = GREY;
        path.push(edge.to);
        nextEdge.push(0);
      }
    }
  }
}

/** Edges grouped by the operation they leave: those of operation i are edges[first[i] .. first[i + 1]). */
function edgesByOperation(count: number, edges: readonly DependencyEdge[]): { first: Int32Array; edges: DependencyEdge[] } {
  const first = new Int32Array(count + 1);
  for (const edge of edges) first[edge.from + 1]++;
  for (let i = 0; i < count; i++) first[i + 1] += first[i];
  const next = first.slice(0, count);
  const sorted = new Array<DependencyEdge>(edges.length);
  for (const edge of edges) sorted[next[edge.from]++] = edge;
  return { first, edges: sorted };
}

function cycleMessage(doc: BatchDocument, cycle: readonly number[]): string {
  const label = (index: number): string => doc.operations[index].name?.value ?? `#${index + 1}`;
  const shown = cycle.length > 6 ? [...cycle.slice(0, 5).map(label), '…'] : cycle.map(label);
  return `These operations wait for each other in a circle (${[...shown, label(cycle[0])].join(' → ')}), so none of them can run. Remove one of the depends_on or {result=...} links.`;
}
