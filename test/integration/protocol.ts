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
} as const;

export interface TestOutcome {
  readonly title: string;
  readonly state: 'passed' | 'failed' | 'pending';
  readonly durationMs?: number;
  /** The assertion message and the first stack lines, for failures. */
  readonly error?: string;
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
}

export function isSuiteResults(value: unknown): value is SuiteResults {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.passed === 'number' && typeof v.failed === 'number' && Array.isArray(v.tests);
}
