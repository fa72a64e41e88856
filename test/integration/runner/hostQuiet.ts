// Waiting for the moment a user would open a .fbbatch file: VS Code has finished starting and its
// extension host is idle. At the runner's onStartupFinished the built-in extensions are still
// activating in the same host, and an activation measured then measures their work as well.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { median } from '../../bench/stats';
import type { HostQuiet } from '../protocol';

const TICK_MS = 10;
/** A timer this late means something else ran on the host's thread. */
const LATE_MS = 3;

/** Resolves once no timer of the host has been late for `quietMs`, or at `limitMs`. */
export async function untilHostIsQuiet(quietMs: number, limitMs: number): Promise<HostQuiet> {
  const started = performance.now();
  let quietSince = started;
  for (;;) {
    const before = performance.now();
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
    const now = performance.now();
    if (now - before - TICK_MS > LATE_MS) quietSince = now;
    if (now - quietSince >= quietMs) return { waitedMs: now - started, quiet: true };
    if (now - started >= limitMs) return { waitedMs: now - started, quiet: false };
  }
}

/**
 * The median round trip of a no-op message from the extension host to the workbench and back: the
 * unit VS Code's part of an activation is made of (creating the extension context fetches its
 * stored state that way; in code-server the workbench runs in the browser).
 */
export async function workbenchRoundTripMs(samples = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await vscode.commands.executeCommand('setContext', 'fbbatchTests.roundTrip', i);
    times.push(performance.now() - started);
  }
  return median(times);
}
