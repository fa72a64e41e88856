// The last run of each file, kept in memory so hover and completion can use real values and the
// panel can retry what did not complete.
import { vscode } from '../vscode';
import type { BatchRunResult } from '../../core/batch/result';
import type { BatchSpec } from '../../core/batch/spec';

export interface LastRun {
  readonly result: BatchRunResult;
  readonly spec: BatchSpec;
}

export class LastRuns implements vscode.Disposable {
  private readonly runs = new Map<string, LastRun>();
  /** Parsed bodies by file and operation name, parsed once on demand. */
  private readonly parsed = new Map<string, Map<string, unknown>>();
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;

  get(uri: string): LastRun | undefined {
    return this.runs.get(uri);
  }

  set(uri: string, run: LastRun): void {
    this.runs.set(uri, run);
    this.parsed.delete(uri);
    this.changed.fire(uri);
  }

  hasIncomplete(uri: string): boolean {
    const counts = this.runs.get(uri)?.result.counts;
    return !!counts && counts['timed-out'] + counts['not-sent'] > 0;
  }

  /** The parsed JSON body of the named operation's last answer, if it had one. */
  responseOf(uri: string, operationName: string): unknown {
    let byName = this.parsed.get(uri);
    if (!byName) this.parsed.set(uri, (byName = new Map()));
    if (byName.has(operationName)) return byName.get(operationName);
    const op = this.runs.get(uri)?.result.operations.find((o) => o.name === operationName);
    let value: unknown;
    try {
      value = op?.rawBody === undefined ? undefined : JSON.parse(op.rawBody);
    } catch {
      value = undefined; // not JSON: nothing to offer
    }
    byName.set(operationName, value);
    return value;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
