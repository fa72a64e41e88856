// Small character-level scans of the source text (comments, words) used around the cursor.

/** The characters between `from` and `to` that are not whitespace or comments, in order. */
export function significantChars(text: string, from: number, to: number): string {
  let out = '';
  let i = Math.max(0, from);
  const end = Math.min(text.length, to);
  while (i < end) {
    const ch = text.charAt(i);
    if (ch === '/' && text.charAt(i + 1) === '/') {
      while (i < end && text.charAt(i) !== '\n') i++;
    } else if (ch === '/' && text.charAt(i + 1) === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? end : close + 2;
    } else {
      if (!/\s/.test(ch)) out += ch;
      i++;
    }
  }
  return out;
}

/** Offset after the run of characters matching `isWordChar` that starts at `offset`. */
export function wordEnd(text: string, offset: number, isWordChar: (ch: string) => boolean): number {
  let i = offset;
  while (i < text.length && isWordChar(text.charAt(i))) i++;
  return i;
}

/** Offset where the run of characters matching `isWordChar` that ends at `offset` begins. */
export function wordStart(text: string, offset: number, isWordChar: (ch: string) => boolean): number {
  let i = offset;
  while (i > 0 && isWordChar(text.charAt(i - 1))) i--;
  return i;
}

export const isKeyChar = (ch: string): boolean => /[A-Za-z0-9_]/.test(ch);

/** Characters an operation name may hold inside a reference (anything but the reference's own syntax). */
export const NAME_BREAKING_CHAR = /[:{},"\\%\s]/;
export const isNameChar = (ch: string): boolean => ch !== '' && !NAME_BREAKING_CHAR.test(ch);

/** The text as a JSON string literal's contents (escapes added, no quotes). */
export function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}
