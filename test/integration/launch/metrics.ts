// The product's activation inside real VS Code, as the runner measured it: printed by the launcher
// and kept in test/artifacts/metrics/activation.json, where the benchmark (test/bench/activation.ts)
// reads the latest figure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActivationMetric, SuiteResults } from '../protocol';
import { ARTIFACTS_DIR, PROJECT_DIR } from './paths';

export const ACTIVATION_METRIC_FILE = join(ARTIFACTS_DIR, 'metrics', 'activation.json');

/** What the metrics file holds: the runner's figure and where and when it was taken. */
export interface ActivationRecord extends ActivationMetric, ActivationSource {
  readonly measuredAt: string;
  /** e.g. "VS Code 1.99.3". */
  readonly runtime: string;
  readonly commit?: string;
}

/** HEAD, marked "-dirty" when the work tree has changes (the measured build is then not HEAD's). */
function gitCommit(): string | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return `${git('rev-parse', '--short=10', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '-dirty' : ''}`;
  } catch {
    return undefined;
  }
}

function describeParts(metric: ActivationMetric): string {
  if (metric.requireMs === undefined || metric.activateCallMs === undefined || metric.activateMs === undefined) return '';
  const host = metric.activateMs - metric.requireMs - metric.activateCallMs;
  return ` = loading the bundle ${metric.requireMs.toFixed(1)} ms + activate() ${metric.activateCallMs.toFixed(1)} ms + VS Code ${host.toFixed(1)} ms`;
}

function describe(metric: ActivationMetric): string {
  if (metric.error) return `not measured: ${metric.error}`;
  if (metric.wasActiveBefore || metric.activateMs === undefined) return 'not measured: the extension was already active before the suite started';
  const network = metric.networkLoaded ? 'LOADED dist/network.js' : 'dist/network.js not loaded';
  return `${metric.activateMs.toFixed(1)} ms${describeParts(metric)} (bundle ${(metric.bundleBytes / 1000).toFixed(1)} KB, ${network})`;
}

/** Where the figure came from, for the metrics file. */
export interface ActivationSource {
  readonly launcher: string;
  readonly vsix: string;
}

/**
 * Prints `[layer] activation: …`. With a source (the packaged extension, as users install it) and an
 * honest figure, also writes the metrics file; a development build's figure is printed only.
 */
export function reportActivation(layer: string, results: SuiteResults, source?: ActivationSource): void {
  const metric = results.metrics?.activation;
  if (!metric) {
    console.log(`[${layer}] activation: not reported by the runner`);
    return;
  }
  console.log(`[${layer}] activation: ${describe(metric)}`);
  if (!source || metric.error || metric.wasActiveBefore || metric.activateMs === undefined) return;
  const record: ActivationRecord = { ...metric, ...source, measuredAt: new Date().toISOString(), runtime: results.runtime, commit: gitCommit() };
  mkdirSync(join(ARTIFACTS_DIR, 'metrics'), { recursive: true });
  writeFileSync(`${ACTIVATION_METRIC_FILE}.partial`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${ACTIVATION_METRIC_FILE}.partial`, ACTIVATION_METRIC_FILE);
}

/** The last figure the offline harness kept, or undefined when there is none (or it is unreadable). */
export function readActivationRecord(file = ACTIVATION_METRIC_FILE): ActivationRecord | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<ActivationRecord> | null;
    const valid = typeof parsed?.activateMs === 'number' && typeof parsed.measuredAt === 'string' && typeof parsed.bundleBytes === 'number' && typeof parsed.networkLoaded === 'boolean';
    return valid ? (parsed as ActivationRecord) : undefined;
  } catch {
    return undefined;
  }
}
