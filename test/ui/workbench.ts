// Steps a person takes in the workbench, as Playwright actions on code-server's page. Selectors
// are VS Code 1.99's own class names and ARIA roles.
import type { Locator, Page } from 'playwright-core';
import { ui } from './context';

const page = (): Page => ui().page;

/** Opens a workspace file the way a person does: Quick Open (Ctrl+P), type the name, Enter. */
export async function openFile(name: string): Promise<Locator> {
  await page().keyboard.press('Control+P');
  const input = page().locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page().locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page().keyboard.press('Enter');
  const tab = page().locator('.tabs-container .tab.active', { hasText: name });
  await tab.waitFor();
  const editor = page().locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor();
  return editor;
}

/** Runs a command from the palette (F1), choosing the entry whose label contains title. */
export async function runCommand(title: string): Promise<void> {
  await page().keyboard.press('F1');
  const input = page().locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page().locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
}

/** The distinct text colours used in the visible lines of an editor (the grammar at work). */
export async function textColours(editor: Locator): Promise<Set<string>> {
  const colours = await editor.locator('.view-lines span span').evaluateAll((spans) =>
    spans.filter((s) => (s.textContent ?? '').trim() !== '').map((s) => getComputedStyle(s).color),
  );
  return new Set(colours);
}

/** The colour of the first visible token whose text is exactly text. */
export async function colourOf(editor: Locator, text: string): Promise<string> {
  const exactly = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const span = editor.locator('.view-lines span span', { hasText: exactly }).first();
  return span.evaluate((s) => getComputedStyle(s).color);
}

/** The error and warning counts shown in the status bar's problems item. */
export async function statusBarProblems(): Promise<{ errors: number; warnings: number }> {
  const item = page().locator('.statusbar-item[id="status.problems"]');
  const label = (await item.getAttribute('aria-label')) ?? (await item.innerText());
  const errors = /(\d+)\s+Errors?/i.exec(label);
  const warnings = /(\d+)\s+Warnings?/i.exec(label);
  return { errors: errors ? Number(errors[1]) : 0, warnings: warnings ? Number(warnings[1]) : 0 };
}

/** Closes whatever a failed step left open: a dialog, the palette, a suggestion list, a menu. */
export async function dismissOverlays(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await page().keyboard.press('Escape');
    await page().waitForTimeout(100);
  }
}

/** Polls until check() holds (bounded). */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await page().waitForTimeout(200);
  }
}

/**
 * Moves the cursor to a 1-based line and column, as VS Code shows them: Quick Open with ":"
 * (in the browser Ctrl+G does not reach VS Code's Go to Line).
 */
export async function goToLineColumn(line: number, column: number): Promise<void> {
  await page().keyboard.press('Control+P');
  const input = page().locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page().keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The 1-based line and column just after the first occurrence of needle in the file's text. */
export function lineColumnAfter(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset + needle.length).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The notification toasts currently shown, as text. */
export async function notificationTexts(): Promise<string[]> {
  return page().locator('.notification-toast .notification-list-item-message').allInnerTexts();
}

/** The response panel's document: a webview, which VS Code nests in two iframes. */
export function panelFrame() {
  return page().frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}
