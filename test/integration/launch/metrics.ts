// The product's activation inside real VS Code, as the runner measured it before the suite: printed
// by the launcher. It is taken at start-up, while the built-in extensions activate in the same host,
// so it is one busy moment's figure; the benchmark's (npm run bench) is the median of several hosts.
import { whyNotMeasured, type ActivationMetric, type SuiteResults } from '../protocol';

function describeParts(metric: ActivationMetric): string {
  if (metric.requireMs === undefined || metric.activateCallMs === undefined || metric.activateMs === undefined) return '';
  const host = metric.activateMs - metric.requireMs - metric.activateCallMs;
  return ` = loading the bundle ${metric.requireMs.toFixed(1)} ms + activate() ${metric.activateCallMs.toFixed(1)} ms + VS Code ${host.toFixed(1)} ms`;
}

function describe(metric: ActivationMetric): string {
  const notMeasured = whyNotMeasured(metric);
  if (notMeasured !== undefined || metric.activateMs === undefined) return `not measured: ${notMeasured ?? 'no figure'}`;
  const network = metric.networkLoaded ? 'LOADED dist/network.js' : 'dist/network.js not loaded';
  return `${metric.activateMs.toFixed(1)} ms at start-up${describeParts(metric)} (bundle ${(metric.bundleBytes / 1000).toFixed(1)} KB, ${network})`;
}

/** Prints `[layer] activation: …`. */
export function reportActivation(layer: string, results: SuiteResults): void {
  const metric = results.metrics?.activation;
  console.log(`[${layer}] activation: ${metric ? describe(metric) : 'not reported by the runner'}`);
}
