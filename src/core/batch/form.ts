// An object body as the API's raw form string: each `{result=...}` stays as written (the server
// resolves it), the text around it is percent-encoded, nested values go as JSON.
import type { FoundReference } from '../document/jsonpath';

/** One value's form-encoded text; `references` are the ones found in `text`. */
export function encodeFormValue(text: string, references: readonly FoundReference[]): string {
  if (references.length === 0) return encodeURIComponent(text);
  let out = '';
  let copied = 0;
  for (const ref of references) {
    out += encodeURIComponent(text.slice(copied, ref.start)) + text.slice(ref.start, ref.end);
    copied = ref.end;
  }
  return out + encodeURIComponent(text.slice(copied));
}

/** `form` with one more `key=value` pair. */
export function addFormField(form: string, key: string, encodedValue: string): string {
  return `${form}${form === '' ? '' : '&'}${encodeURIComponent(key)}=${encodedValue}`;
}
