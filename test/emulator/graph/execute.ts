// One Graph API request against the store: the work of a batch operation or of a direct call.
import { GraphFailure } from '../errors';
import type { PartInfo } from '../http/multipart';
import { create } from './create';
import type { GraphNode, GraphStore, NodeType } from './store';
import type { Identity } from './tokens';
import { edgePage, selectFields } from './view';

export type GraphMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface GraphRequest {
  readonly method: GraphMethod;
  /** Path after the version, without query, e.g. `me/friends`; empty for the root. */
  readonly path: string;
  /** Query and body parameters together (the body's win), without access_token. */
  readonly params: ReadonlyMap<string, string>;
  readonly identity: Identity;
  readonly attachments: readonly PartInfo[];
  /** e.g. http://127.0.0.1:PORT/v24.0, for paging links. */
  readonly versionUrl: string;
}

export interface GraphAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

const EDGES: Record<NodeType, readonly string[]> = {
  User: ['friends', 'feed', 'photos', 'accounts', 'adaccounts'],
  Page: ['feed', 'photos'],
  AdAccount: ['campaigns', 'ads'],
  Campaign: ['ads'],
  Post: [],
  Photo: [],
  Ad: [],
  Application: [],
};

const DELETABLE: readonly NodeType[] = ['Post', 'Photo', 'Ad', 'Campaign'];
const UPDATABLE: Partial<Record<NodeType, readonly string[]>> = { Post: ['message'], Campaign: ['name', 'status'], Ad: ['name', 'status'] };

/** Runs the request; a Graph error becomes its answer, as the service sends it. */
export function executeGraph(store: GraphStore, request: GraphRequest): GraphAnswer {
  try {
    return { status: 200, headers: {}, body: route(store, request) };
  } catch (error) {
    if (!(error instanceof GraphFailure)) throw error;
    return { status: error.response.status, headers: error.response.headers, body: error.response.body };
  }
}

function unsupported(request: GraphRequest, what: string): GraphFailure {
  return new GraphFailure('unknownObject', `${request.method.toLowerCase()} request. ${what}`);
}

function requireWrite(request: GraphRequest): void {
  if (!request.identity.canWrite) throw new GraphFailure('permissionDenied');
}

function route(store: GraphStore, request: GraphRequest): unknown {
  const segments = request.path.split('/').filter((s) => s !== '');
  if (segments.length === 0) return rootRequest(store, request);
  const id = segments[0] === 'me' ? request.identity.meId : segments[0];
  const node = store.get(id);
  if (!node) throw unsupported(request, `Object with ID '${id}'`);
  if (segments.length === 1) return nodeRequest(store, request, node);
  const edge = segments[1];
  if (segments.length > 2 || !EDGES[node.type].includes(edge)) throw unsupported(request, `Edge '${segments.slice(1).join('/')}' on object with ID '${node.id}'`);
  if (request.method === 'GET') {
    const ids = node.edges[edge] ?? [];
    const page = edgePage(store, ids, request.params, `${request.versionUrl}/${segments.join('/')}`);
    return edge === 'friends' ? { ...page, summary: { total_count: ids.length } } : page;
  }
  if (request.method === 'DELETE') throw unsupported(request, `Edge '${edge}' on object with ID '${node.id}'`);
  requireWrite(request);
  return create(store, node, edge, request.params, request.attachments);
}

function rootRequest(store: GraphStore, request: GraphRequest): unknown {
  const ids = request.params.get('ids');
  if (request.method !== 'GET' || ids === undefined) throw new GraphFailure('invalidParameter', 'Param ids is required at the root of the graph');
  const wanted = ids.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const nodes = wanted.map((id) => [id, store.get(id === 'me' ? request.identity.meId : id)] as const);
  const missing = nodes.filter(([, node]) => !node).map(([id]) => id);
  if (missing.length > 0 || wanted.length === 0) throw new GraphFailure('unknownAliases', missing.join(','));
  return Object.fromEntries(nodes.map(([id, node]) => [id, selectFields(node as GraphNode, request.params.get('fields'))]));
}

function nodeRequest(store: GraphStore, request: GraphRequest, node: GraphNode): unknown {
  if (request.method === 'GET') return selectFields(node, request.params.get('fields'));
  if (request.method === 'DELETE') {
    if (!DELETABLE.includes(node.type)) throw unsupported(request, `Object with ID '${node.id}'`);
    requireWrite(request);
    store.remove(node.id);
    return { success: true };
  }
  const updatable = UPDATABLE[node.type];
  if (!updatable) throw unsupported(request, `Object with ID '${node.id}'`);
  requireWrite(request);
  for (const field of updatable) {
    const value = request.params.get(field);
    if (value !== undefined) node.fields[field] = value;
  }
  return { success: true };
}
