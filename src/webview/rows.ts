// One row per operation: a focusable header button (index, name, request, status, outcome badge,
// time, and the explanation), and details built on first expansion.
import type { OperationResult, ResponseHeader } from '../core/batch/result';
import { renderBody } from './body-view';
import { button, h } from './dom';
import { errorDetail, formatBytes, formatDuration, operationTitle, statusText } from './format';
import { OUTCOME_STYLES } from './outcomes';
import type { WebviewAction } from './protocol';
import { usageLines } from './usage';

export interface RowContext {
  readonly post: (action: WebviewAction) => void;
  /** The body existed but was not kept across a reload. */
  readonly bodyDropped: boolean;
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

function renderDetails(op: OperationResult, context: RowContext): HTMLElement {
  const { post } = context;
  const actions = h(
    'div',
    { class: 'row-actions' },
    op.rawBody !== undefined && button('Copy body', () => post({ type: 'copyBody', index: op.index }), { class: 'secondary', attrs: { 'data-action': 'copyBody' } }),
    op.rawBody !== undefined && button('Open in editor', () => post({ type: 'openBody', index: op.index }), { class: 'secondary', attrs: { 'data-action': 'openBody' } }),
    op.sourceRange !== undefined && button('Go to source', () => post({ type: 'revealOperation', index: op.index }), { class: 'secondary', attrs: { 'data-action': 'revealOperation' } }),
  );
  const parts: HTMLElement[] = [actions];
  if (op.error) parts.push(h('p', { class: 'error-detail' }, errorDetail(op.error)));
  const usage = usageLines(op.usage);
  if (usage.length > 0) parts.push(section('Usage', ...usage.map((line) => h('p', { class: `usage tone-${line.tone}` }, `${line.label}: ${line.text}`))));
  if (op.headers && op.headers.length > 0) parts.push(section(`Headers (${op.headers.length})`, headersTable(op.headers)));
  if (op.rawBody !== undefined) {
    parts.push(section(`Body · ${formatBytes(op.rawBody.length)}`, renderBody(op.rawBody)));
  } else {
    const why = context.bodyDropped ? 'This large body was not kept when the panel reloaded. Re-run the batch to see it.' : 'No body: ' + op.explanation;
    parts.push(h('p', { class: 'no-body' }, why));
  }
  return h('div', { class: 'row-details', attrs: { id: `op-${op.index}-details` } }, ...parts);
}

export function renderRow(op: OperationResult, context: RowContext): HTMLElement {
  const style = OUTCOME_STYLES[op.outcome];
  const header = h(
    'button',
    { class: 'row-header', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': `op-${op.index}-details`, 'data-index': String(op.index) } },
    h('span', { class: 'chevron', attrs: { 'aria-hidden': 'true' } }),
    h('span', { class: 'col-index' }, `#${op.index}`),
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
