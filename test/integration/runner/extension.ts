// The test-runner extension for launcher B (code-server): when the launcher set the suite's
// environment variables, run the suite once the workbench has started and write the results; when
// it asked for activation samples instead, measure the product's activation in this host and append it.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { failedToRun } from '../mochaRun';
import { RUNNER_ENV, SAMPLE_WHEN_QUIET, sampleMoment, type ActivationMetric, type ActivationSample } from '../protocol';
import { measureProductActivation, unmeasured } from './activationProbe';
import { workbenchRoundTripMs } from './hostQuiet';
import { runSuite, suiteOptionsFromEnv, writeResults } from './runSuite';

function samplesTaken(samplesFile: string): number {
  return existsSync(samplesFile) ? readFileSync(samplesFile, 'utf8').split('\n').length - 1 : 0;
}

async function measureSample(moment: ActivationSample['moment']): Promise<ActivationMetric> {
  try {
    const metric = await measureProductActivation(moment === 'idle' ? { whenQuiet: SAMPLE_WHEN_QUIET } : {});
    // After the activation, so that these messages cannot warm the path it takes.
    return { ...metric, workbenchRoundTripMs: await workbenchRoundTripMs() };
  } catch (err) {
    return unmeasured(`the sample failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function sampleActivation(samplesFile: string): void {
  const moment = sampleMoment(samplesTaken(samplesFile));
  void measureSample(moment).then((metric) => {
    const sample: ActivationSample = { ...metric, runtime: `VS Code ${vscode.version}`, moment, hostPid: process.pid };
    // One line per write; the launcher reads complete lines only.
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
