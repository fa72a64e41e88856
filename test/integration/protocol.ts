// What a launcher and the test-runner extension agree on: the environment variables that tell
// the runner what to run, and the results file it writes when the suite ends.

export const RUNNER_ENV = {
  /** Folder with the compiled suite (*.test.js). Unset: the runner extension stays idle. */
  suiteDir: 'FBBATCH_TEST_SUITE_DIR',
  /** Where the runner writes SuiteResults as JSON (written once, atomically, at the end). */
  resultsFile: 'FBBATCH_TEST_RESULTS',
  /** The project root, where mocha is installed. */
  projectDir: 'FBBATCH_TEST_PROJECT',
  /** Optional mocha --grep. */
  grep: 'FBBATCH_TEST_GREP',
  /** The launcher's Graph API emulator, whose /__emulator/ routes the suite uses to set faults. */
  emulatorUrl: 'FBBATCH_TEST_EMULATOR_URL',
  /**
   * Activation sampling instead of the suite: each extension host the runner starts in measures the
   * product's activation and appends it to this file as one JSON line (an ActivationSample), at
   * the moment sampleMoment() gives; the launcher reloads the window for the next one.
   */
  activationSamples: 'FBBATCH_ACTIVATION_SAMPLES',
} as const;

export interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
  /** The assertion message and the first stack lines, for failures. */
  readonly error?: string;
}

/**
 * The product's activation, measured by the runner inside the extension host before any test runs
 * (one cold activation per host, so one figure).
 */
export interface ActivationMetric {
  /** The product was already active before the runner measured it: then there is no honest figure. */
  readonly wasActiveBefore: boolean;
  /** performance.now() around `await extension.activate()`; absent when wasActiveBefore. */
  readonly activateMs?: number;
  /** The part of activateMs that node spent loading dist/extension.js. */
  readonly requireMs?: number;
  /** The part of activateMs spent in the extension's activate(); the rest is VS Code's own work. */
  readonly activateCallMs?: number;
  /** Size of the activation bundle the host loaded (dist/extension.js of the installed extension). */
  readonly bundleBytes: number;
  /** The product's files in the process's require cache right after activation (relative paths). */
  readonly loadedModules: readonly string[];
  /** Whether dist/network.js (the HTTP stack) was loaded by activation. It must not be. */
  readonly networkLoaded: boolean;
  /**
   * Set when the runner waited for the extension host to be idle before activating (activation
   * samples at the 'idle' moment).
   */
  readonly settled?: HostQuiet;
  /** The median of a few no-op round trips to the workbench, right after the activation (samples only). */
  readonly workbenchRoundTripMs?: number;
  /** Set when the measurement itself failed (the extension is missing, activate() threw). */
  readonly error?: string;
}

/** Why a metric holds no honest figure, or undefined when it does. */
export function whyNotMeasured(metric: ActivationMetric): string | undefined {
  if (metric.error) return metric.error;
  if (metric.wasActiveBefore) return 'the extension was already active before the measurement';
  return metric.activateMs === undefined ? 'no figure' : undefined;
}

/** Where the runner leaves the ActivationMetric for the suite's own assertions (same process). */
export const ACTIVATION_METRIC_GLOBAL = '__fbbatchActivationMetric';

export interface HostQuiet {
  /** How long the wait took. */
  readonly waitedMs: number;
  /** False when the host was still busy at the limit (the activation is measured anyway). */
  readonly quiet: boolean;
}

/** For 'idle' samples: the host's thread free for quietMs (no timer late), waiting at most limitMs. */
export const SAMPLE_WHEN_QUIET = { quietMs: 1_000, limitMs: 20_000 } as const;

/**
 * When a host activates the product: 'start-up' at the runner's onStartupFinished, with the built-in
 * extensions activating beside it; 'idle' once the host has been quiet, as when a user opens a
 * .fbbatch file in a running VS Code. The two alternate, so both see the same machine.
 */
export type SampleMoment = 'idle' | 'start-up';

export function sampleMoment(samplesTaken: number): SampleMoment {
  return samplesTaken % 2 === 0 ? 'idle' : 'start-up';
}

/** One line of the activation samples file. */
export interface ActivationSample extends ActivationMetric {
  /** e.g. "VS Code 1.99.3". */
  readonly runtime: string;
  readonly moment: SampleMoment;
  /** The extension host's process id: each host samples once. */
  readonly hostPid: number;
}

export function isActivationSample(value: unknown): value is ActivationSample {
  const v = value as Partial<ActivationSample> | null;
  return (
    typeof v?.runtime === 'string' &&
    (v.moment === 'idle' || v.moment === 'start-up') &&
    typeof v.hostPid === 'number' &&
    typeof v.wasActiveBefore === 'boolean' &&
    typeof v.bundleBytes === 'number' &&
    typeof v.networkLoaded === 'boolean' &&
    Array.isArray(v.loadedModules)
  );
}

export interface SuiteMetrics {
  readonly activation?: ActivationMetric;
}

export interface SuiteResults {
  /** What the tests ran in, e.g. "VS Code 1.99.3". */
  readonly runtime: string;
  readonly passed: number;
  readonly failed: number;
  readonly pending: number;
  readonly tests: readonly TestOutcome[];
  /** Set when the suite could not run at all (mocha missing, a file failed to load). */
  readonly error?: string;
  /** Measurements taken beside the tests (the product's activation). */
  readonly metrics?: SuiteMetrics;
}

export function isSuiteResults(value: unknown): value is SuiteResults {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.passed === 'number' && typeof v.failed === 'number' && Array.isArray(v.tests);
}
