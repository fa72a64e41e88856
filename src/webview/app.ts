// The panel's page: toolbar, summary and rows for the latest result, a banner while a run is in
// flight (the previous result stays, dimmed), and a hint before the first run.
import { h } from './dom';
import { enableRowNavigation } from './keyboard';
import type { OperationResult } from '../core/batch/result';
import { withBodies } from './delivery';
import type { BodiesMessage, PanelView, ResultView, RunningView, StoppedView, WebviewAction } from './protocol';
import { bodySection, renderRow, type BodyStatus } from './rows';
import { renderSummary, renderToolbar } from './summary';

export class PanelApp {
  private result: ResultView | undefined;
  private operations = new Map<number, OperationResult>();
  private seq: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly post: (action: WebviewAction) => void,
  ) {}

  /** Shows a view; returns false when it is the one already shown (same sequence number). */
  show(view: PanelView): boolean {
    if (view.seq === this.seq) return false;
    this.seq = view.seq;
    if (view.kind === 'result') this.setResult(view);
    this.render(view.kind === 'result' ? undefined : view, view.fileLabel);
    return true;
  }

  /** The result with every body it has: what is worth keeping for a reload (undefined while bodies are on their way). */
  get completeResult(): ResultView | undefined {
    return this.result?.pendingBodies ? undefined : this.result;
  }

  /** Puts arriving bodies in place, including in rows already expanded; false if they are for another view. */
  addBodies(message: BodiesMessage): boolean {
    if (!this.result || message.seq !== this.result.seq) return false;
    this.setResult(withBodies(this.result, message));
    for (const placeholder of this.root.querySelectorAll<HTMLElement>('[data-pending-body]')) {
      const op = this.operations.get(Number(placeholder.dataset.pendingBody));
      if (op) placeholder.replaceWith(bodySection(op, this.bodyStatus(op.index)));
    }
    return true;
  }

  private setResult(view: ResultView): void {
    this.result = view;
    this.operations = new Map(view.result.operations.map((op) => [op.index, op]));
  }

  private bodyStatus(index: number): BodyStatus {
    const raw = this.operations.get(index)?.rawBody;
    if (raw !== undefined) return { raw };
    if (this.result?.pendingBodies?.includes(index)) return 'pending';
    return this.result?.droppedBodies?.includes(index) ? 'dropped' : 'none';
  }

  showEmpty(): void {
    this.root.replaceChildren(h('p', { class: 'empty' }, 'Run a .fbbatch file (Run Batch, Ctrl+Alt+Enter) to see its responses here.'));
  }

  /** `notice`: a run in flight, or one that stopped before any answer; the last result stays below it. */
  private render(notice: RunningView | StoppedView | undefined, fileLabel: string): void {
    const result = this.result;
    const running = notice?.kind === 'running' ? notice : undefined;
    const parts: HTMLElement[] = [renderToolbar(fileLabel, this.post, running ? undefined : result)];
    if (notice?.kind === 'stopped') parts.push(h('div', { class: 'stopped', attrs: { role: 'alert' } }, `The run stopped before anything was sent: ${notice.message}`));
    if (running) {
      parts.push(
        h(
          'div',
          { class: 'running', attrs: { role: 'status' } },
          h('div', { class: 'progress', attrs: { 'aria-hidden': 'true' } }),
          `Running ${running.total} operation${running.total === 1 ? '' : 's'}…`,
        ),
      );
    }
    if (result) {
      const context = { post: this.post, body: (index: number) => this.bodyStatus(index) };
      const list = h('div', { class: 'rows', attrs: { role: 'list', 'aria-label': 'Operations' } });
      const fragment = document.createDocumentFragment();
      for (const op of result.result.operations) fragment.appendChild(renderRow(op, context));
      list.appendChild(fragment);
      enableRowNavigation(list);
      parts.push(h('div', { class: running ? 'result stale' : 'result', attrs: { 'aria-busy': String(Boolean(running)) } }, renderSummary(result), list));
    }
    this.root.replaceChildren(...parts);
  }
}
