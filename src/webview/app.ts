// The panel's page: toolbar, summary and rows for the latest result, a banner while a run is in
// flight (the previous result stays, dimmed), and a hint before the first run.
import { h } from './dom';
import { enableRowNavigation } from './keyboard';
import type { PanelView, ResultView, RunningView, WebviewAction } from './protocol';
import { renderRow } from './rows';
import { renderSummary, renderToolbar } from './summary';

export class PanelApp {
  private result: ResultView | undefined;
  private seq: number | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly post: (action: WebviewAction) => void,
  ) {}

  /** Shows a view; returns false when it is the one already shown (same sequence number). */
  show(view: PanelView): boolean {
    if (view.seq === this.seq) return false;
    this.seq = view.seq;
    if (view.kind === 'result') this.result = view;
    this.render(view.kind === 'running' ? view : undefined, view.fileLabel);
    return true;
  }

  showEmpty(): void {
    this.root.replaceChildren(h('p', { class: 'empty' }, 'Run a .fbbatch file (Run Batch, Ctrl+Alt+Enter) to see its responses here.'));
  }

  private render(running: RunningView | undefined, fileLabel: string): void {
    const result = this.result;
    const parts: HTMLElement[] = [renderToolbar(fileLabel, this.post, running ? undefined : result)];
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
      const dropped = new Set(result.droppedBodies ?? []);
      const list = h('div', { class: 'rows', attrs: { role: 'list', 'aria-label': 'Operations' } });
      const fragment = document.createDocumentFragment();
      for (const op of result.result.operations) fragment.appendChild(renderRow(op, { post: this.post, bodyDropped: dropped.has(op.index) }));
      list.appendChild(fragment);
      enableRowNavigation(list);
      parts.push(h('div', { class: running ? 'result stale' : 'result', attrs: { 'aria-busy': String(Boolean(running)) } }, renderSummary(result), list));
    }
    this.root.replaceChildren(...parts);
  }
}
