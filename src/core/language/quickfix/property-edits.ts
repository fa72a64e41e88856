// Text edits that add or remove a `"key": value` member of an object while keeping the commas
// and the layout of the surrounding lines intact.
import type { Node as JsonNode } from 'jsonc-parser';
import type { TextEdit } from '../types';

/** Removes a property node, with the comma and white space that separate it from a neighbour. */
export function removeProperty(text: string, property: JsonNode): TextEdit {
  const siblings = property.parent?.children ?? [property];
  const at = siblings.indexOf(property);
  const end = property.offset + property.length;
  const next = siblings[at + 1];
  if (next !== undefined) return { range: { start: property.offset, end: next.offset }, newText: '' };
  const previous = siblings[at - 1];
  if (previous !== undefined) return { range: { start: previous.offset + previous.length, end }, newText: '' };
  // The only member: take a trailing comma along, so `{ "a": 1, }` does not become `{ , }`.
  const trailingComma = /^\s*,/.exec(text.slice(end, end + 200));
  return { range: { start: property.offset, end: end + (trailingComma?.[0].length ?? 0) }, newText: '' };
}

/**
 * Inserts `member` (e.g. `"name": "x"`) into an object: after the property `after` when given,
 * else as the first member, using the same separator the object already uses.
 */
export function insertProperty(text: string, object: JsonNode, member: string, after?: JsonNode): TextEdit {
  const first = object.children?.[0];
  if (first === undefined) {
    const last = object.offset + object.length - 1;
    const close = object.length > 1 && text.charAt(last) === '}' ? last : object.offset + object.length;
    return { range: { start: object.offset + 1, end: close }, newText: ` ${member} ` };
  }
  const between = text.slice(object.offset + 1, first.offset);
  const separator = /^\s*$/.test(between) && between !== '' ? between : ' ';
  if (after !== undefined) {
    const end = after.offset + after.length;
    return { range: { start: end, end }, newText: `,${separator}${member}` };
  }
  return { range: { start: first.offset, end: first.offset }, newText: `${member},${separator}` };
}
