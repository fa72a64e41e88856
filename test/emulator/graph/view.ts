// What a node or an edge looks like in an answer: `fields=` selection and cursor paging.
import { GraphFailure } from '../errors';
import { DEFAULT_FIELDS, type GraphNode, type GraphStore } from './store';

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

export function selectFields(node: GraphNode, fieldsParam: string | undefined): Record<string, unknown> {
  const names = fieldsParam === undefined || fieldsParam.trim() === '' ? DEFAULT_FIELDS[node.type] : fieldsParam.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const selected: Record<string, unknown> = { id: node.id };
  for (const name of names) {
    if (!(name in node.fields)) throw new GraphFailure('unknownField', `${name}) on node type (${node.type}`);
    selected[name] = node.fields[name];
  }
  return selected;
}

export const cursorOf = (id: string): string => Buffer.from(id).toString('base64url');

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) throw new GraphFailure('invalidParameter', 'Param limit must be a positive integer');
  return Math.min(limit, MAX_LIMIT);
}

/** One page of an edge, as `{data, paging}`; `selfUrl` is the edge's absolute URL without query. */
export function edgePage(store: GraphStore, ids: readonly string[], params: ReadonlyMap<string, string>, selfUrl: string): Record<string, unknown> {
  const limit = parseLimit(params.get('limit'));
  let start = 0;
  const after = params.get('after');
  if (after !== undefined) {
    const index = ids.indexOf(Buffer.from(after, 'base64url').toString());
    if (index < 0) throw new GraphFailure('invalidParameter', 'Param after is not a valid cursor of this edge');
    start = index + 1;
  }
  const slice = ids.slice(start, start + limit);
  const data = slice.flatMap((id) => {
    const node = store.get(id);
    return node ? [selectFields(node, params.get('fields'))] : [];
  });
  if (slice.length === 0) return { data };
  const last = slice[slice.length - 1];
  const paging: Record<string, unknown> = { cursors: { before: cursorOf(slice[0]), after: cursorOf(last) } };
  if (start + limit < ids.length) {
    const next = new URLSearchParams({ limit: String(limit), after: cursorOf(last) });
    const fields = params.get('fields');
    if (fields !== undefined) next.set('fields', fields);
    paging.next = `${selfUrl}?${next.toString()}`;
  }
  return { data, paging };
}
