// Evaluates a parsed path against a JSON value: the node list, in document order (RFC 9535 §2),
// with Goessner's dotted numbers selecting array elements.
import type { JsonPath, Selector } from './types';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function evaluateJsonPath(path: JsonPath, root: unknown): unknown[] {
  let nodes: unknown[] = [root];
  for (const segment of path.segments) {
    const next: unknown[] = [];
    for (const node of nodes) {
      if (segment.kind === 'child') selectAll(node, segment.selectors, next);
      else forEachDescendant(node, (descendant) => selectAll(descendant, segment.selectors, next));
    }
    nodes = next;
  }
  return nodes;
}

function selectAll(node: unknown, selectors: readonly Selector[], out: unknown[]): void {
  for (const selector of selectors) select(node, selector, out);
}

function select(node: unknown, selector: Selector, out: unknown[]): void {
  switch (selector.kind) {
    case 'name':
      if (isObject(node)) {
        if (Object.hasOwn(node, selector.name)) out.push(node[selector.name]);
      } else if (Array.isArray(node) && selector.arrayIndex !== undefined && selector.arrayIndex < node.length) {
        out.push(node[selector.arrayIndex]);
      }
      return;
    case 'index':
      if (Array.isArray(node)) {
        const index = selector.index < 0 ? node.length + selector.index : selector.index;
        if (index >= 0 && index < node.length) out.push(node[index]);
      }
      return;
    case 'wildcard':
      if (Array.isArray(node)) out.push(...node);
      else if (isObject(node)) out.push(...Object.values(node));
      return;
    case 'slice':
      if (Array.isArray(node)) sliceInto(node, selector, out);
      return;
  }
}

/** RFC 9535 §2.3.4.2.2: normalized bounds, a zero step selects nothing. */
function sliceInto(array: readonly unknown[], slice: Extract<Selector, { kind: 'slice' }>, out: unknown[]): void {
  const step = slice.step ?? 1;
  if (step === 0) return;
  const length = array.length;
  const normalize = (i: number): number => (i >= 0 ? i : length + i);
  if (step > 0) {
    const lower = Math.min(Math.max(normalize(slice.start ?? 0), 0), length);
    const upper = Math.min(Math.max(normalize(slice.end ?? length), 0), length);
    for (let i = lower; i < upper; i += step) out.push(array[i]);
  } else {
    const upper = Math.min(Math.max(normalize(slice.start ?? length - 1), -1), length - 1);
    const lower = Math.min(Math.max(slice.end === undefined ? -1 : normalize(slice.end), -1), length - 1);
    for (let i = upper; lower < i; i += step) out.push(array[i]);
  }
}

/** The node and all its descendants, parents before children (an explicit stack: no deep recursion). */
function forEachDescendant(root: unknown, visit: (node: unknown) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    visit(node);
    const children = Array.isArray(node) ? node : isObject(node) ? Object.values(node) : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}
