// How an operation name must be spelled where it is written, so that the server reads it back.
import type { ResultReference } from '../document/model';

/** `encoded`: in a reference written percent-encoded; `form`: in other form-encoded text; `plain`: as it is. */
export type NameSpelling = 'encoded' | 'form' | 'plain';

/** How a name is spelled inside `reference` (`text`: the document's source text). */
export function spellingOf(reference: ResultReference, text: string): NameSpelling {
  if (text.charAt(reference.range.start) === '%') return 'encoded';
  return reference.formEncoded ? 'form' : 'plain';
}

/** `name` as the source must hold it (before JSON escaping): form decoding would change `% + & = #`. */
export function spellName(name: string, spelling: NameSpelling): string {
  if (spelling === 'encoded') return encodeURIComponent(name);
  return spelling === 'form' ? name.replace(/[%+&=#]/g, (c) => encodeURIComponent(c)) : name;
}
