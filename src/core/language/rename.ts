// Renaming an operation: its `name`, every depends_on and every {result=NAME:...} that uses it.
import type { BatchDocument } from '../document/model';
import type { OffsetRange } from '../text';
import { nameSiteIndex, siteAt } from './nameSites';
import { spellName } from './nameText';
import { jsonEscape } from './textScan';
import type { TextEdit } from './types';

const NOT_ON_A_NAME = 'Place the cursor on an operation name, a depends_on value or the name in a {result=NAME:...} reference to rename it.';

export function prepareRename(doc: BatchDocument, offset: number): { range: OffsetRange; placeholder: string } | { error: string } {
  const site = siteAt(doc, offset);
  return site === undefined ? { error: NOT_ON_A_NAME } : { range: site.range, placeholder: site.name };
}

/** Why `newName` cannot be an operation name, or undefined when it can. */
export function invalidNameReason(doc: BatchDocument, oldName: string, newName: string): string | undefined {
  if (newName === '') return 'An operation name cannot be empty.';
  if (/[:{},]/.test(newName)) return `"${newName}" cannot be an operation name: ':', '{', '}' and ',' would break {result=NAME:...} references and depends_on.`;
  if (/\s/.test(newName)) return `"${newName}" cannot be an operation name: it contains whitespace.`;
  // A relative_url and a string body are form-encoded: there these would split or decode the reference.
  if (/[+%&=#]/.test(newName)) return `"${newName}" cannot be an operation name: '+', '%', '&', '=' and '#' change meaning in a relative_url or a form body.`;
  if (newName !== oldName && doc.operationsByName.has(newName)) return `Another operation is already named "${newName}". Choose a different name.`;
  return undefined;
}

export function getRenameEdits(doc: BatchDocument, offset: number, newName: string): TextEdit[] | { error: string } {
  const site = siteAt(doc, offset);
  if (site === undefined) return { error: NOT_ON_A_NAME };
  const reason = invalidNameReason(doc, site.name, newName);
  if (reason !== undefined) return { error: reason };
  if (newName === site.name) return [];
  const sites = nameSiteIndex(doc).get(site.name) ?? [];
  // Edits are in source text: the name goes in as the JSON string contents, spelled as each site needs.
  return sites.map((s) => ({ range: s.range, newText: jsonEscape(spellName(newName, s.spelling)) }));
}
