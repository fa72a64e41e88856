// Activation inside the real extension host, as the test runner measured it before any test ran
// (runner/activationProbe.ts): the product was not active yet, activation loaded its small bundle,
// not the language service (loaded by the first request) and not the HTTP stack (a run or an upload).
import * as assert from 'node:assert/strict';
import { ACTIVATION_METRIC_GLOBAL, type ActivationMetric } from '../protocol';

function recordedActivation(): ActivationMetric {
  const metric = (globalThis as Record<string, unknown>)[ACTIVATION_METRIC_GLOBAL] as ActivationMetric | undefined;
  if (!metric) throw new Error('the test runner did not measure the activation (runner/activationProbe.ts)');
  return metric;
}

describe('activation in a real VS Code', () => {
  it('activates from cold: nothing activated the extension before the measurement', () => {
    const metric = recordedActivation();
    assert.equal(metric.error, undefined);
    assert.equal(metric.wasActiveBefore, false, 'something in the workspace activated fbbatch before the suite started');
    assert.ok(typeof metric.activateMs === 'number' && metric.activateMs > 0, `activateMs: ${String(metric.activateMs)}`);
  });

  it('loads the activation bundle but neither the HTTP stack (dist/network.js) nor the language service (dist/language.js)', () => {
    const metric = recordedActivation();
    // Without the bundle itself in the list, the module cache was not the one the product used.
    assert.ok(metric.loadedModules.includes('dist/extension.js'), `loaded: ${metric.loadedModules.join(', ') || 'nothing'}`);
    assert.equal(metric.networkLoaded, false, `activation loaded: ${metric.loadedModules.join(', ')}`);
    assert.ok(!metric.loadedModules.includes('dist/language.js'), `activation loaded: ${metric.loadedModules.join(', ')}`);
  });
});
