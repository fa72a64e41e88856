// A percent-decoded view of a form-body string that still maps each character back to the source,
// so completion can find a reference being typed as `%7Bresult%3D...` and replace the right text.
import type { StringLiteral } from '../document/model';

export type MappedText = Pick<StringLiteral, 'value' | 'sourceOffset'>;

/** Decodes `%XX` escapes of ASCII characters (all that `{result=...}` syntax needs); anything else stays as written. */
export function percentDecodedView(text: MappedText): MappedText {
  const raw = text.value;
  if (!raw.includes('%')) return text;
  let value = '';
  const rawIndex: number[] = [];
  let i = 0;
  while (i < raw.length) {
    rawIndex.push(i);
    const hex = raw.slice(i + 1, i + 3);
    if (raw[i] === '%' && /^[0-7][0-9A-Fa-f]$/.test(hex)) {
      value += String.fromCharCode(parseInt(hex, 16));
      i += 3;
    } else {
      value += raw[i];
      i += 1;
    }
  }
  rawIndex.push(raw.length);
  return { value, sourceOffset: (k) => text.sourceOffset(rawIndex[Math.min(Math.max(k, 0), value.length)]) };
}
