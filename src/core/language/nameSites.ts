// Every place an operation name occurs: its declaration (`name`), `depends_on` values and
// `{result=NAME:...}` references. Shared by navigation, rename and hover.
import type { BatchDocument, OperationModel } from '../document/model';
import { rangeContains, type OffsetRange } from '../text';
import { literalContentRange } from './describe';
import { operationTouching } from './locate';
import { spellingOf, type NameSpelling } from './nameText';

export interface NameSite {
  readonly kind: 'declaration' | 'depends_on' | 'reference';
  readonly name: string;
  /** The operation the site is written in. */
  readonly op: OperationModel;
  /** Source range of the name's text (what a rename replaces). */
  readonly range: OffsetRange;
  /** How the name is spelled there (a reference may stand in form-encoded text, or be percent-encoded itself). */
  readonly spelling: NameSpelling;
}

/** The name sites written in one operation, in source order of kind (declaration, depends_on, references). */
export function sitesOfOperation(doc: BatchDocument, op: OperationModel): NameSite[] {
  const sites: NameSite[] = [];
  if (op.name !== undefined && op.name.value !== '') {
    sites.push({ kind: 'declaration', name: op.name.value, op, range: literalContentRange(op.name), spelling: 'plain' });
  }
  const dependsOn = op.dependsOn;
  if (dependsOn !== undefined) {
    const name = dependsOn.value.trim();
    if (name !== '') {
      const from = dependsOn.value.indexOf(name);
      sites.push({ kind: 'depends_on', name, op, range: literalContentRange(dependsOn, from, from + name.length), spelling: 'plain' });
    }
  }
  for (const reference of op.references) {
    if (reference.name === '') continue;
    sites.push({ kind: 'reference', name: reference.name, op, range: reference.nameRange, spelling: spellingOf(reference, doc.text) });
  }
  return sites;
}

const indexCache = new WeakMap<BatchDocument, ReadonlyMap<string, readonly NameSite[]>>();

/** Name → all its sites in the document, in operation order. Built once per parsed document. */
export function nameSiteIndex(doc: BatchDocument): ReadonlyMap<string, readonly NameSite[]> {
  const cached = indexCache.get(doc);
  if (cached !== undefined) return cached;
  const index = new Map<string, NameSite[]>();
  for (const op of doc.operations) {
    for (const site of sitesOfOperation(doc, op)) {
      const list = index.get(site.name);
      if (list === undefined) index.set(site.name, [site]);
      else list.push(site);
    }
  }
  indexCache.set(doc, index);
  return index;
}

/** The name site under `offset` (inclusive of both ends of the name). */
export function siteAt(doc: BatchDocument, offset: number): NameSite | undefined {
  const op = operationTouching(doc, offset);
  if (op === undefined) return undefined;
  return sitesOfOperation(doc, op).find((site) => rangeContains(site.range, offset));
}

/**
 * The operation a site's name stands for: for a reference or depends_on, the nearest earlier
 * operation with that name (else any with it); for a declaration, its own operation.
 */
export function targetOf(doc: BatchDocument, site: NameSite): OperationModel | undefined {
  if (site.kind === 'declaration') return site.op;
  return resolveName(doc, site.name, site.op.index);
}

/** The nearest operation named `name` before index `before`, else the first one with that name. */
export function resolveName(doc: BatchDocument, name: string, before: number): OperationModel | undefined {
  const candidates = doc.operationsByName.get(name) ?? [];
  let best: OperationModel | undefined;
  for (const candidate of candidates) {
    if (candidate.index < before && (best === undefined || candidate.index > best.index)) best = candidate;
  }
  return best ?? candidates[0];
}
