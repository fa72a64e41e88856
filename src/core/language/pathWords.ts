// A JSONPath explained in words, and what it selected, for hovers.
import type { JsonPath, Selector } from '../document/jsonpath';
import { truncate } from './describe';

function selectorWords(selector: Selector): string {
  switch (selector.kind) {
    case 'name':
      return /^\d+$/.test(selector.name) ? `element ${selector.name}` : `member \`${selector.name}\``;
    case 'index':
      return selector.index < 0 ? `element ${-selector.index} from the end` : `element ${selector.index}`;
    case 'wildcard':
      return 'every element or member';
    case 'slice': {
      const from = selector.start ?? 'the start';
      const to = selector.end === undefined ? 'the end' : `before ${selector.end}`;
      const step = selector.step === undefined || selector.step === 1 ? '' : `, every ${selector.step}`;
      return `elements from ${from} to ${to}${step}`;
    }
  }
}

/** e.g. "the response body → member `data` → every element or member → member `id`". */
export function describePath(path: JsonPath): string {
  const steps = path.segments.map((segment) => {
    const words = segment.selectors.map(selectorWords).join(' and ');
    return segment.kind === 'descendant' ? `${words}, at any depth` : words;
  });
  return ['the response body', ...steps].join(' → ');
}

/**
 * What a reference would insert: a primitive as text, a list of primitives comma-separated (as the
 * API does), anything else flagged since the API cannot insert it.
 */
export function describeSelection(values: readonly unknown[], max: number): string {
  if (values.length === 0) return 'nothing (the path matched no value)';
  const primitive = values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  if (primitive) return `\`${truncate(values.map((v) => String(v)).join(','), max)}\``;
  return `\`${truncate(JSON.stringify(values.length === 1 ? values[0] : values), max)}\` — not a primitive or a list of primitives, which the API cannot insert`;
}
