// Go to definition and find references for operation names.
import type { BatchDocument } from '../document/model';
import type { OffsetRange } from '../text';
import { literalContentRange } from './describe';
import { nameSiteIndex, siteAt, targetOf } from './nameSites';

/** From a reference name or depends_on value: the `name` value of the operation it points to. */
export function getDefinition(doc: BatchDocument, offset: number): OffsetRange | undefined {
  const site = siteAt(doc, offset);
  if (site === undefined) return undefined;
  const target = targetOf(doc, site);
  return target?.name === undefined ? undefined : literalContentRange(target.name);
}

/** Every occurrence of the name under `offset`: references and depends_on values, plus declarations if asked. */
export function getReferences(doc: BatchDocument, offset: number, includeDeclaration: boolean): OffsetRange[] {
  const site = siteAt(doc, offset);
  if (site === undefined) return [];
  const sites = nameSiteIndex(doc).get(site.name) ?? [];
  return sites.filter((s) => includeDeclaration || s.kind !== 'declaration').map((s) => s.range);
}
