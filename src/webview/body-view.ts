// The body of one operation, built only when its row is first expanded.
import { parseBody } from './body';
import { button, h } from './dom';
import { formatBytes } from './format';
import { renderJsonTree } from './json-tree';

/** Above this many characters a body opens collapsed (and text shows its head first). */
export const LARGE_BODY = 256 * 1024;

function expandDepthFor(length: number): number {
  if (length > LARGE_BODY) return 0;
  return length > 32 * 1024 ? 1 : 3;
}

function textView(text: string): HTMLElement {
  if (text.length <= LARGE_BODY) return h('pre', { class: 'body-text' }, text);
  const pre = h('pre', { class: 'body-text' }, text.slice(0, LARGE_BODY));
  const more = button(`Show the remaining ${formatBytes(text.length - LARGE_BODY)}`, () => {
    pre.textContent = text;
    more.remove();
  }, { class: 'link' });
  return h('div', {}, pre, more);
}

export function renderBody(raw: string): HTMLElement {
  const parsed = parseBody(raw);
  const view = parsed.kind === 'json' ? renderJsonTree(parsed.value, { expandDepth: expandDepthFor(raw.length) }) : textView(parsed.text);
  view.classList.add('body-view');
  return view;
}
