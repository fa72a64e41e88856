// A small deterministic social graph: one user with friends, a feed and photos, a page, and an ad
// account with campaigns and ads — enough for every example of the batch documentation.

export type NodeType = 'User' | 'Page' | 'Post' | 'Photo' | 'AdAccount' | 'Campaign' | 'Ad' | 'Application';

export interface GraphNode {
  readonly id: string;
  readonly type: NodeType;
  readonly fields: Record<string, unknown>;
  /** Edge name → ids, newest first. */
  readonly edges: Record<string, string[]>;
}

/** Fields a node answers with when the request has no `fields=`. */
export const DEFAULT_FIELDS: Record<NodeType, readonly string[]> = {
  User: ['id', 'name'],
  Page: ['id', 'name'],
  Post: ['id', 'message', 'created_time'],
  Photo: ['id', 'name', 'created_time'],
  AdAccount: ['id', 'account_id', 'name'],
  Campaign: ['id', 'name'],
  Ad: ['id', 'name'],
  Application: ['id', 'name'],
};

export const ME_ID = '100000000000001';
export const PAGE_ID = '200000000000001';
export const AD_ACCOUNT_ID = 'act_11077200629332';
export const FRIEND_NAMES = ['Bea Fischer', 'Carl Nakamura', 'Dana Okafor', 'Eli Novak', 'Fay Lindqvist', 'Gus Moreau', 'Hana Sato', 'Ivo Petrov'];

/** A fixed clock for created_time, one minute per object, so answers are reproducible. */
const EPOCH = Date.UTC(2024, 0, 1);

export class GraphStore {
  private readonly nodes = new Map<string, GraphNode>();
  private created = 0;

  constructor(appIds: readonly string[]) {
    this.seed(appIds);
  }

  /** The node with this id; an ad account also answers to its bare number. */
  get(id: string): GraphNode | undefined {
    return this.nodes.get(id) ?? this.nodes.get(`act_${id}`);
  }

  /** Adds a node and puts it first on the owner's edge. */
  add(type: NodeType, fields: Record<string, unknown>, owner?: { id: string; edge: string }, id?: string): GraphNode {
    this.created += 1;
    const nodeId = id ?? (owner && type === 'Post' ? `${owner.id}_${300000000000000 + this.created}` : String(900000000000000 + this.created));
    const node: GraphNode = { id: nodeId, type, fields: { id: nodeId, ...fields, created_time: this.timestamp() }, edges: {} };
    this.nodes.set(nodeId, node);
    if (owner) {
      const ownerNode = this.get(owner.id);
      if (ownerNode) (ownerNode.edges[owner.edge] ??= []).unshift(nodeId);
    }
    return node;
  }

  remove(id: string): void {
    this.nodes.delete(id);
    for (const node of this.nodes.values()) {
      for (const [edge, ids] of Object.entries(node.edges)) node.edges[edge] = ids.filter((other) => other !== id);
    }
  }

  private timestamp(): string {
    return new Date(EPOCH + this.created * 60_000).toISOString().replace('.000Z', '+0000');
  }

  private seed(appIds: readonly string[]): void {
    const me = this.add('User', { name: 'Ada Example', first_name: 'Ada', last_name: 'Example', email: 'ada@example.invalid' }, undefined, ME_ID);
    FRIEND_NAMES.forEach((name, i) => {
      const friend = this.add('User', { name, first_name: name.split(' ')[0], last_name: name.split(' ')[1] }, undefined, String(100000000000011 + i));
      (me.edges.friends ??= []).push(friend.id);
    });
    const page = this.add('Page', { name: 'Example Bakery', category: 'Bakery', fan_count: 1280 }, { id: ME_ID, edge: 'accounts' }, PAGE_ID);
    for (const message of ['Hello, world', 'Second post', 'Fresh bread today']) this.add('Post', { message }, { id: ME_ID, edge: 'feed' });
    this.add('Post', { message: 'We open at 7' }, { id: page.id, edge: 'feed' });
    for (const name of ['Sunset', 'Mountains']) this.add('Photo', { name, image_bytes: 0, image_sha256: '' }, { id: ME_ID, edge: 'photos' });
    const account = this.add('AdAccount', { account_id: '11077200629332', name: 'Example Ads', currency: 'USD', account_status: 1 }, { id: ME_ID, edge: 'adaccounts' }, AD_ACCOUNT_ID);
    for (const name of ['Spring Sale', 'Brand Awareness']) {
      const campaign = this.add('Campaign', { name, objective: 'OUTCOME_TRAFFIC', status: 'PAUSED', account_id: '11077200629332' }, { id: account.id, edge: 'campaigns' });
      const ad = this.add('Ad', { name: `${name} ad`, status: 'PAUSED', campaign_id: campaign.id, account_id: '11077200629332' }, { id: account.id, edge: 'ads' });
      (campaign.edges.ads ??= []).push(ad.id);
    }
    for (const appId of appIds) this.add('Application', { name: 'fbbatch test app' }, undefined, appId);
  }
}
