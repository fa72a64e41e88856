// Small shared helpers for checks on JSON values: describing what was found, wrong-type reports,
// repeated keys.
import type { Node as JsonNode } from 'jsonc-parser';
import type { Property } from '../../document/model';
import type { KeyInfo } from '../keys';
import type { Diagnostic } from '../types';
import { diagnostic } from './make';

const KIND_WORDS: Readonly<Record<JsonNode['type'], string>> = {
  object: 'an object',
  array: 'an array',
  property: 'a property',
  string: 'a string',
  number: 'a number',
  boolean: 'true/false',
  null: 'null',
};

export function describeKind(node: JsonNode): string {
  return KIND_WORDS[node.type];
}

export function rangeOf(node: JsonNode): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}

/**
 * Reports a property whose value is not one of the expected JSON types. A property still missing
 * its value (mid-typing) is left to the syntax check.
 */
export function checkType(
  property: Property | undefined,
  expected: Pick<KeyInfo, 'types' | 'what'>,
  code: 'FB006' | 'FB112',
  out: Diagnostic[],
): boolean {
  const value = property?.value;
  if (property === undefined || value === undefined || expected.types.includes(value.type)) return true;
  out.push(diagnostic(code, rangeOf(value), `"${property.key}" must be ${expected.what}, not ${describeKind(value)}.`));
  return false;
}

/** FB008 on every occurrence of a key that appears again later in the same object (objects here are small: no map). */
export function checkDuplicateKeys(properties: readonly Property[], out: Diagnostic[]): void {
  for (let i = 0; i < properties.length; i++) {
    const property = properties[i];
    for (let j = properties.length - 1; j > i; j--) {
      if (properties[j].key !== property.key) continue;
      out.push(
        diagnostic('FB008', property.keyRange, `"${property.key}" appears more than once here and only the last one counts: remove this one.`, {
          related: [{ message: 'The occurrence that counts', range: properties[j].keyRange }],
          tags: ['unnecessary'],
        }),
      );
      break;
    }
  }
}
