// Prints a suite's results and turns failures into one LayerFailure naming the failed tests.
import type { SuiteResults } from '../protocol';
import { LayerFailure } from './steps';

const MARK = { passed: '✓', failed: '✗', pending: '-' } as const;

/** listAll: every test (the suite ran where its own reporter is not seen); else failures only. */
export function printResults(layer: string, results: SuiteResults, listAll: boolean): void {
  console.log(`\n[${layer}] ${results.runtime}`);
  for (const t of results.tests.filter((test) => listAll || test.state === 'failed')) {
    const time = t.durationMs !== undefined ? ` (${t.durationMs} ms)` : '';
    console.log(`  ${MARK[t.state]} ${t.title}${time}`);
    if (t.error) console.log(t.error.replace(/^/gm, '      '));
  }
  console.log(`[${layer}] ${results.passed} passed, ${results.failed} failed, ${results.pending} pending`);
}

export function assertPassed(layer: string, results: SuiteResults): void {
  if (results.error) throw new LayerFailure(layer, results.error);
  if (results.failed > 0) {
    const names = results.tests.filter((t) => t.state === 'failed').map((t) => `"${t.title}"`);
    throw new LayerFailure(layer, `${results.failed} test(s) failed: ${names.join(', ')}`);
  }
  if (results.passed === 0) throw new LayerFailure(layer, 'no test ran.');
}
