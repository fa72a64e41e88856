// What the UI tests share: the open workbench page, the emulator behind it, and screenshots.
// The launcher (test/integration/offline/runUi.ts) sets it up before mocha loads the tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Emulator } from '../emulator';

export interface UiContext {
  readonly page: Page;
  /** The Graph API the extension talks to; tests may switch its faults. */
  readonly emulator: Emulator;
  /** The temporary copy of the fixture workspace that VS Code has open. */
  readonly workspaceDir: string;
  readonly artifactsDir: string;
}

let current: UiContext | undefined;

export function setUiContext(context: UiContext | undefined): void {
  current = context;
}

export function ui(): UiContext {
  if (!current) throw new Error('the UI tests run only from test/integration/run-offline.mjs, which opens VS Code first');
  return current;
}

/** Saves a screenshot of the whole workbench as test/artifacts/ui/<name>.png. */
export async function screenshot(name: string): Promise<string> {
  const { page, artifactsDir } = ui();
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  // Finish fade-ins (notifications, menus) so the picture shows the settled workbench.
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
