// POST on an edge: new posts, photos (from attached files), campaigns and ads.
import { GraphFailure } from '../errors';
import type { PartInfo } from '../http/multipart';
import type { GraphNode, GraphStore } from './store';

export function create(store: GraphStore, owner: GraphNode, edge: string, params: ReadonlyMap<string, string>, attachments: readonly PartInfo[]): unknown {
  const on = { id: owner.id, edge };
  switch (edge) {
    case 'feed': {
      const message = params.get('message');
      const link = params.get('link');
      if (message === undefined && link === undefined) throw new GraphFailure('invalidParameter', 'Missing message or attachment');
      const post = store.add('Post', { message: message ?? '', ...(link !== undefined ? { link } : {}), from: { id: owner.id, name: owner.fields.name } }, on);
      return { id: post.id };
    }
    case 'photos': {
      const file = attachments[0];
      const url = params.get('url');
      if (!file && url === undefined) throw new GraphFailure('uploadFileRequired');
      const photo = store.add('Photo', {
        name: params.get('message') ?? params.get('caption') ?? '',
        image_bytes: file?.size ?? 0,
        image_sha256: file?.sha256 ?? '',
        ...(url !== undefined ? { source_url: url } : {}),
      }, on);
      return { id: photo.id, post_id: `${owner.id}_${photo.id}` };
    }
    case 'campaigns': {
      const name = requireParam(params, 'name');
      const campaign = store.add('Campaign', { name, objective: params.get('objective') ?? 'OUTCOME_TRAFFIC', status: params.get('status') ?? 'PAUSED' }, on);
      return { id: campaign.id };
    }
    case 'ads': {
      const many = params.get('ads');
      if (many === undefined) return { id: createAd(store, owner, { name: requireParam(params, 'name') }).id };
      return { data: parseAds(many).map((ad) => ({ id: createAd(store, owner, ad).id })) };
    }
    default:
      throw new GraphFailure('unknownObject', `post request. Edge '${edge}' on object with ID '${owner.id}'`);
  }
}

function requireParam(params: ReadonlyMap<string, string>, name: string): string {
  const value = params.get(name);
  if (value === undefined || value === '') throw new GraphFailure('invalidParameter', `The parameter ${name} is required`);
  return value;
}

/** The documentation's `ads=[{"name":...,"billing_entity_id":...}]` body. */
function parseAds(text: string): Record<string, unknown>[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const isAd = (item: unknown): item is Record<string, unknown> => typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string';
  if (!Array.isArray(value) || value.length === 0 || !value.every(isAd)) {
    throw new GraphFailure('invalidParameter', 'Param ads must be a JSON array of objects with a name');
  }
  return value;
}

function createAd(store: GraphStore, account: GraphNode, fields: Record<string, unknown>): GraphNode {
  if (account.type !== 'AdAccount') throw new GraphFailure('unknownObject', `post request. Edge 'ads' on object with ID '${account.id}'`);
  return store.add('Ad', { status: 'PAUSED', ...fields, account_id: account.fields.account_id }, { id: account.id, edge: 'ads' });
}
