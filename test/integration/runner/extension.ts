// The test-runner extension for launcher B (code-server): when the launcher set the suite's
// environment variables, run the suite once the workbench has started and write the results.
import * as vscode from 'vscode';
import { failedToRun } from '../mochaRun';
import { RUNNER_ENV } from '../protocol';
import { runSuite, suiteOptionsFromEnv, writeResults } from './runSuite';

export function activate(): void {
  const options = suiteOptionsFromEnv();
  const resultsFile = process.env[RUNNER_ENV.resultsFile];
  if (!options || !resultsFile) return;
  void runSuite(options, vscode.version)
    .catch((err: unknown) => failedToRun(`VS Code ${vscode.version}`, `the runner crashed: ${err instanceof Error ? err.message : String(err)}`))
    .then((results) => writeResults(resultsFile, results));
}

export function deactivate(): void {}
