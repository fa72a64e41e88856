// Measures the product's activation inside the real extension host, before any test can open a
// .fbbatch file (which would activate it through onLanguage:fbbatch). One cold activation per
// host, so this is a single figure; the benchmark takes several hosts' (offline/activationSamples.ts).
// It also records which of the product's files activation loaded: the language features must not
// pull in the HTTP stack (dist/network.js).
import { statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { ACTIVATION_METRIC_GLOBAL, type ActivationMetric } from '../protocol';
import { untilHostIsQuiet } from './hostQuiet';

const PRODUCT_ID = 'fbbatch.fbbatch';
const NETWORK_BUNDLE = 'dist/network.js';

/** The product's files in node's module cache, which every extension in this host shares. */
function loadedProductModules(extensionPath: string): string[] {
  const cache = createRequire(__filename).cache;
  const prefix = extensionPath.endsWith(sep) ? extensionPath : extensionPath + sep;
  return Object.keys(cache)
    .filter((file) => file.startsWith(prefix))
    .map((file) => relative(extensionPath, file).split(sep).join('/'))
    .sort();
}

function bundleSize(extensionPath: string): number {
  try {
    return statSync(join(extensionPath, 'dist', 'extension.js')).size;
  } catch {
    return 0;
  }
}

type Load = (request: unknown, ...rest: unknown[]) => unknown;

interface PartTimes {
  requireMs?: number;
  activateCallMs?: number;
}

/** The module VS Code will call, with activate() timed (its own exports stay as they are). */
function withTimedActivate(exports: unknown, times: PartTimes): unknown {
  const activate = (exports as { activate?: unknown } | null)?.activate;
  if (typeof activate !== 'function') return exports;
  const timedActivate = function (this: unknown, ...args: unknown[]): unknown {
    const started = performance.now();
    try {
      return activate.apply(this, args) as unknown;
    } finally {
      times.activateCallMs = performance.now() - started;
    }
  };
  // The bundle's exports are getters; the wrapper inherits them and shadows activate only.
  const wrapper: unknown = Object.create(exports as object, { activate: { value: timedActivate, enumerable: true } });
  return wrapper;
}

/**
 * Splits the activation into its parts by wrapping Module._load (the extension host loads
 * extensions through it) while it runs: node's loading of the extension's main file, and the call
 * of its activate(). Returns a stop function; the parts stay undefined when the host did not load
 * the extension that way.
 */
function timeParts(mainFile: string): { readonly times: PartTimes; readonly stop: () => void } {
  const times: PartTimes = {};
  const loader = Module as unknown as { _load?: Load };
  const original = loader._load;
  if (typeof original !== 'function') return { times, stop: () => undefined };
  loader._load = function timedLoad(this: unknown, request: unknown, ...rest: unknown[]): unknown {
    if (typeof request !== 'string' || request.replace(/\.js$/, '') !== mainFile.replace(/\.js$/, '') || times.requireMs !== undefined) {
      return original.call(this, request, ...rest);
    }
    const started = performance.now();
    const exports = original.call(this, request, ...rest);
    times.requireMs = performance.now() - started;
    return withTimedActivate(exports, times);
  };
  return { times, stop: () => void (loader._load = original) };
}

/** When to activate: at once (the suite: at start-up, beside the built-in extensions) or once the host is idle. */
export interface MeasureOptions {
  readonly whenQuiet?: { readonly quietMs: number; readonly limitMs: number };
}

/** A metric that says why there is no figure. */
export function unmeasured(error: string): ActivationMetric {
  return { wasActiveBefore: false, bundleBytes: 0, loadedModules: [], networkLoaded: false, error };
}

async function measure(options: MeasureOptions): Promise<ActivationMetric> {
  const ext = vscode.extensions.getExtension(PRODUCT_ID);
  if (!ext) return unmeasured(`the extension ${PRODUCT_ID} is not installed`);
  const settled = options.whenQuiet ? await untilHostIsQuiet(options.whenQuiet.quietMs, options.whenQuiet.limitMs) : undefined;
  const wasActiveBefore = ext.isActive;
  let activateMs: number | undefined;
  let error: string | undefined;
  const parts = timeParts(join(ext.extensionPath, 'dist', 'extension.js'));
  try {
    const started = performance.now();
    await ext.activate();
    if (!wasActiveBefore) activateMs = performance.now() - started;
  } catch (err) {
    error = `activate() failed: ${err instanceof Error ? err.message : String(err)}`;
  }
  parts.stop();
  const loadedModules = loadedProductModules(ext.extensionPath);
  return { wasActiveBefore, activateMs, ...parts.times, settled, bundleBytes: bundleSize(ext.extensionPath), loadedModules, networkLoaded: loadedModules.includes(NETWORK_BUNDLE), error };
}

/** Measures once and leaves the figure where the suite's activation test reads it. */
export async function measureProductActivation(options: MeasureOptions = {}): Promise<ActivationMetric> {
  const metric = await measure(options);
  (globalThis as Record<string, unknown>)[ACTIVATION_METRIC_GLOBAL] = metric;
  return metric;
}
