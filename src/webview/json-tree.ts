// Collapsible, pretty-printed JSON built lazily: a container's children exist in the DOM only once
// it is expanded, and long arrays/objects come in pages, so a megabyte body opens instantly.
import { append, button, h, type Child } from './dom';

const PAGE = 200;
const LONG_STRING = 2000;

export interface JsonTreeOptions {
  /** Containers nested up to this depth start expanded (0: even the root starts collapsed). */
  readonly expandDepth: number;
}

type Container = readonly unknown[] | Readonly<Record<string, unknown>>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function entriesOf(value: Container): ReadonlyArray<readonly [string | undefined, unknown]> {
  return Array.isArray(value) ? value.map((item) => [undefined, item] as const) : Object.entries(value);
}

function keyPart(key: string | undefined): Child[] {
  return key === undefined ? [] : [h('span', { class: 'jt-key' }, JSON.stringify(key)), h('span', { class: 'jt-punct' }, ': ')];
}

function primitive(value: unknown): HTMLElement {
  if (typeof value === 'string') {
    const full = JSON.stringify(value);
    if (full.length <= LONG_STRING) return h('span', { class: 'jt-string' }, full);
    const span = h('span', { class: 'jt-string' }, `${full.slice(0, LONG_STRING)}…`);
    const more = button(`show all ${full.length.toLocaleString('en-US')} characters`, () => {
      span.textContent = full;
      more.remove();
    }, { class: 'jt-more link' });
    return h('span', {}, span, ' ', more);
  }
  const kind = value === null ? 'null' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
  return h('span', { class: `jt-${kind}` }, value === null ? 'null' : String(value));
}

/** The first few plain fields of a collapsed object, so a list of records can be told apart. */
function preview(value: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  for (const key in value) {
    const item = value[key];
    if (isContainer(item)) continue;
    const text = JSON.stringify(item) ?? String(item);
    parts.push(`${key}: ${text.length > 24 ? `${text.slice(0, 23)}…` : text}`);
    if (parts.length === 2) break;
  }
  return parts.length > 0 ? `${parts.join(', ')}, ` : '';
}

function comma(last: boolean): HTMLElement | null {
  return last ? null : h('span', { class: 'jt-punct' }, ',');
}

function renderEntry(key: string | undefined, value: unknown, last: boolean, depth: number, options: JsonTreeOptions): HTMLElement {
  if (!isContainer(value)) return h('div', { class: 'jt-line' }, ...keyPart(key), primitive(value), comma(last));
  return renderContainer(key, value, last, depth, options);
}

/** Appends children from `start`, one page at a time, with a "show more" button at the end. */
function renderPage(into: HTMLElement, entries: ReadonlyArray<readonly [string | undefined, unknown]>, start: number, depth: number, options: JsonTreeOptions): void {
  const end = Math.min(entries.length, start + PAGE);
  const fragment = document.createDocumentFragment();
  for (let i = start; i < end; i++) {
    const [key, value] = entries[i];
    fragment.appendChild(renderEntry(key, value, i === entries.length - 1, depth + 1, options));
  }
  if (end < entries.length) {
    const more = button(`Show ${Math.min(PAGE, entries.length - end)} more of ${entries.length - end} remaining`, () => {
      more.remove();
      renderPage(into, entries, end, depth, options);
    }, { class: 'jt-more link' });
    fragment.appendChild(h('div', { class: 'jt-line' }, more));
  }
  into.appendChild(fragment);
}

function renderContainer(key: string | undefined, value: Container, last: boolean, depth: number, options: JsonTreeOptions): HTMLElement {
  const isArray = Array.isArray(value);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  const size = isArray ? value.length : Object.keys(value).length;
  if (size === 0) return h('div', { class: 'jt-line' }, ...keyPart(key), h('span', { class: 'jt-punct' }, open + close), comma(last));

  const count = `${size} ${isArray ? (size === 1 ? 'item' : 'items') : size === 1 ? 'key' : 'keys'}`;
  const peek = isArray ? '' : preview(value as Readonly<Record<string, unknown>>);
  const summary = h('span', { class: 'jt-summary' }, ` ${peek}… ${count} `);
  const closeCollapsed = h('span', { class: 'jt-punct jt-close-inline' }, close);
  const toggle = h('button', { class: 'jt-toggle', attrs: { type: 'button', 'aria-expanded': 'false' } }, ...keyPart(key), h('span', { class: 'jt-punct' }, open), summary, closeCollapsed);
  const children = h('div', { class: 'jt-children' });
  children.hidden = true;
  const closeLine = h('div', { class: 'jt-line jt-close' }, h('span', { class: 'jt-punct' }, close), comma(last));
  closeLine.hidden = true;
  const node = h('div', { class: 'jt-node' }, h('div', { class: 'jt-line' }, toggle), children, closeLine);
  const trailing = comma(last);
  if (trailing) toggle.after(trailing);

  let built = false;
  const setExpanded = (expanded: boolean): void => {
    if (expanded && !built) {
      built = true;
      renderPage(children, entriesOf(value), 0, depth, options);
    }
    toggle.setAttribute('aria-expanded', String(expanded));
    children.hidden = !expanded;
    closeLine.hidden = !expanded;
    summary.hidden = expanded;
    closeCollapsed.hidden = expanded;
    if (trailing) trailing.hidden = expanded;
  };
  toggle.addEventListener('click', () => setExpanded(toggle.getAttribute('aria-expanded') !== 'true'));
  if (depth < options.expandDepth) setExpanded(true);
  return node;
}

export function renderJsonTree(value: unknown, options: JsonTreeOptions): HTMLElement {
  const tree = h('div', { class: 'json-tree' });
  append(tree, renderEntry(undefined, value, true, 0, options));
  return tree;
}
