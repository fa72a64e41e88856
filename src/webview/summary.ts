// The top of the panel: file and actions, counts by outcome, total time, whole-request failures
// with what to do about them, and the batch's rate-limit usage.
import type { RequestFailure } from '../core/batch/result';
import { button, h } from './dom';
import { countChips, errorDetail, summaryLine } from './format';
import { incompleteOperationIndexes } from './outcomes';
import type { ResultView, WebviewAction } from './protocol';
import { usageLines } from './usage';

export function renderToolbar(fileLabel: string, post: (action: WebviewAction) => void, view: ResultView | undefined): HTMLElement {
  const incomplete = view ? incompleteOperationIndexes(view.result).length : 0;
  const retry = button(incomplete > 0 ? `Retry ${incomplete} incomplete` : 'Retry incomplete', () => post({ type: 'retryIncomplete' }), {
    class: 'secondary',
    attrs: { 'data-action': 'retryIncomplete' },
  });
  retry.disabled = incomplete === 0;
  const save = button('Save response…', () => post({ type: 'saveResponse' }), { class: 'secondary', attrs: { 'data-action': 'saveResponse' } });
  save.disabled = !view;
  return h(
    'header',
    { class: 'toolbar' },
    h('h1', { class: 'file-label' }, fileLabel),
    h('div', { class: 'toolbar-actions' }, button('Re-run', () => post({ type: 'rerun' }), { attrs: { 'data-action': 'rerun' } }), retry, save),
  );
}

function renderFailure(failure: RequestFailure): HTMLElement {
  const status = failure.status !== undefined ? ` (HTTP ${failure.status})` : '';
  const ops = failure.operationIndexes.length;
  return h(
    'div',
    { class: 'failure', attrs: { 'data-kind': failure.kind } },
    h('p', { class: 'failure-message' }, `Request ${failure.requestIndex + 1} failed${status}: ${failure.message}`),
    failure.error ? h('p', { class: 'failure-error' }, errorDetail(failure.error)) : null,
    h('p', { class: 'failure-advice' }, failure.advice),
    h('p', { class: 'failure-ops' }, `${ops} operation${ops === 1 ? '' : 's'} affected.`),
  );
}

export function renderSummary(view: ResultView): HTMLElement {
  const { result } = view;
  const usage = usageLines(result.usage);
  return h(
    'section',
    { class: 'summary', attrs: { 'aria-label': 'Summary' } },
    h(
      'div',
      { class: 'summary-line' },
      ...countChips(result).map((chip) => h('span', { class: `chip tone-${chip.tone}` }, h('strong', {}, chip.count), ` ${chip.label}`)),
      h('span', { class: 'summary-text' }, summaryLine(result)),
    ),
    result.failures.length > 0 ? h('div', { class: 'failures', attrs: { role: 'alert' } }, ...result.failures.map(renderFailure)) : null,
    usage.length > 0 ? h('div', { class: 'usage-list' }, ...usage.map((line) => h('p', { class: `usage tone-${line.tone}` }, `${line.label}: ${line.text}`))) : null,
  );
}
