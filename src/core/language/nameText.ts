// How an operation name must be spelled where it is written, so that the server reads it back.
import type { ResultReference } from '../document/model';

/** `encoded`: in a reference written percent-encoded; `form`: in other form-encoded text; `plain`: as it is. */
export type NameSpelling = 'encoded' | 'form' | 'plain';

/** How a name is spelled in a reference that opens at `openAt` of the source `text`. */
export function spellingAt(text: string, openAt: number, formEncoded: boolean): NameSpelling {
  if (text.charAt(openAt) === '%') return 'encoded'; // its `{` stands as `%7B`
  return formEncoded ? 'form' : 'plain';
}

/** How a name is spelled inside `reference` (`text`: the document's source text). */
export function spellingOf(reference: ResultReference, text: string): NameSpelling {
  return spellingAt(text, reference.range.start, reference.formEncoded);
}

/** `name` as the source must hold it (before JSON escaping): form decoding would change `% + & = #`. */
export function spellName(name: string, spelling: NameSpelling): string {
  if (spelling === 'encoded') return encodeURIComponent(name);
  return spelling === 'form' ? name.replace(/[%+&=#]/g, (c) => encodeURIComponent(c)) : name;
}
