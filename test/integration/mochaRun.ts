// Runs mocha over a list of files and collects the outcome as plain data (SuiteResults). Used
// inside the extension host (the integration suite) and in the launcher (the UI tests).
import type MochaNamespace from 'mocha';
import type { SuiteResults, TestOutcome } from './protocol';

export interface MochaRunOptions {
  readonly files: readonly string[];
  /** What the tests ran in, for the report (e.g. "VS Code 1.99.3"). */
  readonly runtime: string;
  readonly timeoutMs: number;
  readonly grep?: string;
  /** Hooks around every test of every file (e.g. a screenshot after a failed UI step). */
  readonly rootHooks?: MochaNamespace.RootHookObject;
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    // The message once, then where it happened (a multi-line message is also the stack's head).
    const stack = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 5).join('\n');
    return `${err.message}\n${stack}`.trim();
  }
  return String(err);
}

export function failedToRun(runtime: string, error: string): SuiteResults {
  return { runtime, passed: 0, failed: 0, pending: 0, tests: [], error };
}

export function runMocha(Mocha: typeof MochaNamespace, options: MochaRunOptions): Promise<SuiteResults> {
  if (options.files.length === 0) return Promise.resolve(failedToRun(options.runtime, 'there are no test files to run.'));
  const mocha = new Mocha({ ui: 'bdd', timeout: options.timeoutMs, color: false, reporter: 'spec', grep: options.grep, rootHooks: options.rootHooks });
  for (const file of options.files) mocha.addFile(file);
  return new Promise((resolve) => {
    const tests: TestOutcome[] = [];
    const finish = (error?: string) => {
      const count = (state: TestOutcome['state']) => tests.filter((t) => t.state === state).length;
      resolve({ runtime: options.runtime, tests, passed: count('passed'), failed: count('failed'), pending: count('pending'), error });
    };
    try {
      const runner = mocha.run(() => finish());
      runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
      // Also fires for a failed hook, which then counts as a failed test.
      runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: describeError(err) }));
    } catch (err) {
      // A test file that throws while loading ends up here.
      finish(`the tests failed to load: ${describeError(err)}`);
    }
  });
}
