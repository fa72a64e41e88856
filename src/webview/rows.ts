// One row per operation: a focusable header button (index, name, request, status, outcome badge,
// time, and the explanation), and details built on first expansion.
import type { OperationResult, ResponseHeader } from '../core/batch/result';
import { renderBody } from './body-view';
import { button, h } from './dom';
import { errorDetail, formatBytes, formatDuration, operationTitle, statusText } from './format';
import { OUTCOME_STYLES } from './outcomes';
import type { WebviewAction } from './protocol';
import { usageLines } from './usage';

/** What the panel has of an operation's body right now. */
export type BodyStatus = { readonly raw: string } | 'pending' | 'dropped' | 'none';

export interface RowContext {
  readonly post: (action: WebviewAction) => void;
  readonly body: (index: number) => BodyStatus;
}

function headersTable(headers: readonly ResponseHeader[]): HTMLElement {
  return h(
    'table',
    { class: 'headers' },
    h('tbody', {}, ...headers.map((header) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, header.name), h('td', {}, header.value)))),
  );
}

function section(title: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'detail-section' }, h('h3', {}, title), ...content);
}

/** The body part of a row's details; rebuilt by the app when a pending body arrives. */
export function bodySection(op: OperationResult, status: BodyStatus): HTMLElement {
  if (typeof status === 'object') return section(`Body · ${formatBytes(status.raw.length)}`, renderBody(status.raw));
  if (status === 'pending') return h('p', { class: 'no-body', attrs: { 'data-pending-body': String(op.index) } }, 'Loading body…');
  const why = status === 'dropped' ? 'This large body was not kept when the panel reloaded. Re-run the batch to see it.' : `No body: ${op.explanation}`;
  return h('p', { class: 'no-body' }, why);
}

function renderDetails(op: OperationResult, context: RowContext): HTMLElement {
  const { post } = context;
  const status = context.body(op.index);
  const hasBody = typeof status === 'object' || status === 'pending';
  const actions = h(
    'div',
    { class: 'row-actions' },
    hasBody && button('Copy body', () => post({ type: 'copyBody', index: op.index }), { class: 'secondary', attrs: { 'data-action': 'copyBody' } }),
    hasBody && button('Open in editor', () => post({ type: 'openBody', index: op.index }), { class: 'secondary', attrs: { 'data-action': 'openBody' } }),
    op.sourceRange !== undefined && button('Go to source', () => post({ type: 'revealOperation', index: op.index }), { class: 'secondary', attrs: { 'data-action': 'revealOperation' } }),
  );
  const parts: HTMLElement[] = actions.childElementCount > 0 ? [actions] : [];
  if (op.error) parts.push(h('p', { class: 'error-detail' }, errorDetail(op.error)));
  const usage = usageLines(op.usage);
  if (usage.length > 0) parts.push(section('Usage', ...usage.map((line) => h('p', { class: `usage tone-${line.tone}` }, `${line.label}: ${line.text}`))));
  if (op.headers && op.headers.length > 0) parts.push(section(`Headers (${op.headers.length})`, headersTable(op.headers)));
  parts.push(bodySection(op, status));
  return h('div', { class: 'row-details', attrs: { id: `op-${op.index}-details` } }, ...parts);
}

export function renderRow(op: OperationResult, context: RowContext): HTMLElement {
  const style = OUTCOME_STYLES[op.outcome];
  const header = h(
    'button',
    { class: 'row-header', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': `op-${op.index}-details`, 'data-index': String(op.index) } },
    h('span', { class: 'chevron', attrs: { 'aria-hidden': 'true' } }),
    h('span', { class: 'col-index' }, `#${op.index + 1}`),
    h('span', { class: 'col-request' }, op.name ? h('span', { class: 'op-name' }, op.name) : null, h('span', { class: 'op-method' }, op.method), ' ', h('span', { class: 'op-url' }, op.relativeUrl)),
    h('span', { class: 'col-status' }, statusText(op)),
    h('span', { class: `badge tone-${style.tone}`, attrs: { 'data-outcome': op.outcome } }, style.label),
    h('span', { class: 'col-time' }, formatDuration(op.elapsedMs)),
    h('span', { class: 'explanation' }, op.explanation),
  );
  header.title = operationTitle(op);
  const row = h('div', { class: `row outcome-${op.outcome}`, attrs: { role: 'listitem', 'data-outcome': op.outcome } }, header);

  let details: HTMLElement | undefined;
  header.addEventListener('click', () => {
    const expanded = header.getAttribute('aria-expanded') !== 'true';
    if (expanded && !details) {
      details = renderDetails(op, context);
      row.appendChild(details);
    }
    if (details) details.hidden = !expanded;
    header.setAttribute('aria-expanded', String(expanded));
  });
  return row;
}
