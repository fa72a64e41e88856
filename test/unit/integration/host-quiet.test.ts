// The activation samples wait for an idle extension host (test/integration/runner/hostQuiet.ts):
// work that blocks the thread must push the moment back, and a host that never settles must not
// hold the benchmark up past the limit. Each sample also times a few round trips to the workbench.
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { before, test } from 'node:test';
import type * as HostQuiet from '../../integration/runner/hostQuiet';
import { useVscodeStandIn } from '../vscode-stand-in';

let untilHostIsQuiet: typeof HostQuiet.untilHostIsQuiet;
let workbenchRoundTripMs: typeof HostQuiet.workbenchRoundTripMs;
/** How long each of the stand-in workbench's next answers takes, in order. */
const answerDelaysMs: number[] = [];
const commandsRun: string[] = [];

before(async () => {
  useVscodeStandIn({
    commands: {
      executeCommand: async (command: string) => {
        commandsRun.push(command);
        await new Promise((resolve) => setTimeout(resolve, answerDelaysMs.shift() ?? 0));
      },
    },
  });
  ({ untilHostIsQuiet, workbenchRoundTripMs } = await import('../../integration/runner/hostQuiet'));
});

function blockThread(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy, as an extension's synchronous activation is
  }
}

test('an idle thread is quiet after the asked-for time', async () => {
  const quiet = await untilHostIsQuiet(200, 5_000);
  assert.equal(quiet.quiet, true);
  assert.ok(quiet.waitedMs >= 200 && quiet.waitedMs < 2_000, `waited ${quiet.waitedMs} ms`);
});

test('work that blocks the thread starts the quiet time again', async () => {
  const blocks = [150, 300, 450].map((at) => setTimeout(() => blockThread(40), at));
  const quiet = await untilHostIsQuiet(200, 5_000);
  blocks.forEach(clearTimeout);
  assert.equal(quiet.quiet, true);
  // The last block ends at about 490 ms; quiet comes 200 ms after it.
  assert.ok(quiet.waitedMs >= 650, `waited only ${quiet.waitedMs} ms`);
});

test('a thread that never settles ends the wait at the limit, saying so', async () => {
  const busy = setInterval(() => blockThread(20), 50);
  const quiet = await untilHostIsQuiet(200, 600);
  clearInterval(busy);
  assert.equal(quiet.quiet, false);
  assert.ok(quiet.waitedMs >= 600 && quiet.waitedMs < 2_500, `waited ${quiet.waitedMs} ms`);
});

test('the round trip to the workbench is the median of its no-op messages, not one slow answer', async () => {
  answerDelaysMs.push(40, 5, 40, 40, 400);
  commandsRun.length = 0;
  const ms = await workbenchRoundTripMs(5);
  assert.deepEqual(commandsRun, ['setContext', 'setContext', 'setContext', 'setContext', 'setContext']);
  assert.ok(ms >= 35 && ms < 200, `median ${ms} ms`);
});
