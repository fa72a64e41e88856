// The extensionTestsPath module for launcher A (@vscode/test-electron): VS Code calls run() and
// exits non-zero when it rejects.
import * as vscode from 'vscode';
import { RUNNER_ENV } from '../protocol';
import { runSuite, suiteOptionsFromEnv, writeResults } from './runSuite';

export async function run(): Promise<void> {
  const options = suiteOptionsFromEnv();
  if (!options) throw new Error(`${RUNNER_ENV.suiteDir} and ${RUNNER_ENV.projectDir} must be set by the launcher.`);
  const results = await runSuite(options, vscode.version);
  const resultsFile = process.env[RUNNER_ENV.resultsFile];
  if (resultsFile) writeResults(resultsFile, results);
  if (results.error) throw new Error(results.error);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed.`);
}
