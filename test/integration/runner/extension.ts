// The test-runner extension for launcher B (code-server): when the launcher set the suite's
// environment variables, run the suite once the workbench has started and write the results; when
// it asked for activation samples instead, measure the product's activation in this host and append it.
import { appendFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { failedToRun } from '../mochaRun';
import { RUNNER_ENV, type ActivationSample } from '../protocol';
import { measureProductActivation } from './activationProbe';
import { runSuite, suiteOptionsFromEnv, writeResults } from './runSuite';

/** The moment of a user opening a .fbbatch file: start-up over, the host idle for a second. */
const SAMPLE_WHEN_QUIET = { quietMs: 1_000, limitMs: 20_000 };

function sampleActivation(samplesFile: string): void {
  void measureProductActivation({ whenQuiet: SAMPLE_WHEN_QUIET }).then((metric) => {
    const sample: ActivationSample = { ...metric, runtime: `VS Code ${vscode.version}` };
    // One write of one line: the launcher counts lines and never sees half of one.
    appendFileSync(samplesFile, `${JSON.stringify(sample)}\n`);
  });
}

export function activate(): void {
  const samplesFile = process.env[RUNNER_ENV.activationSamples];
  if (samplesFile) return sampleActivation(samplesFile);
  const options = suiteOptionsFromEnv();
  const resultsFile = process.env[RUNNER_ENV.resultsFile];
  if (!options || !resultsFile) return;
  void runSuite(options, vscode.version)
    .catch((err: unknown) => failedToRun(`VS Code ${vscode.version}`, `the runner crashed: ${err instanceof Error ? err.message : String(err)}`))
    .then((results) => writeResults(resultsFile, results));
}

export function deactivate(): void {}
