// Steps a person takes in the workbench, as Playwright actions on code-server's page. Selectors
// are VS Code 1.99's own class names and ARIA roles.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ui } from './context';

const page = (): Page => ui().page;

/**
 * Presses the key that opens a quick input (palette, Quick Open) and returns its text box. A key
 * pressed before the workbench has keyboard focus is lost, so it is pressed again (bounded).
 */
async function openQuickInput(key: string): Promise<Locator> {
  const input = page().locator('.quick-input-widget input.input');
  for (let attempt = 1; ; attempt++) {
    await page().keyboard.press(key);
    try {
      await input.waitFor({ state: 'visible', timeout: 3_000 });
      return input;
    } catch (err) {
      if (attempt === 3) throw err;
      await page().locator('.monaco-workbench .part.statusbar').click({ position: { x: 5, y: 5 } });
    }
  }
}

/** Opens a workspace file the way a person does: Quick Open (Ctrl+P), type the name, pick it. */
export async function openFile(name: string): Promise<Locator> {
  const input = await openQuickInput('Control+P');
  await input.fill(name);
  // Click the entry itself: Enter would take whichever row has focus while the list still filters.
  const entry = page().locator('.quick-input-list .monaco-list-row').filter({ has: page().locator('.label-name', { hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }) });
  await entry.first().click();
  const tab = page().locator('.tabs-container .tab.active', { hasText: name });
  await tab.waitFor();
  const editor = page().locator('.editor-group-container.active .monaco-editor').first();
  await editor.locator('.view-lines').waitFor();
  return editor;
}

/** Runs a command from the palette (F1), choosing the entry whose label contains title. */
export async function runCommand(title: string): Promise<void> {
  // Right after start-up the palette may not list extension commands yet: ask again (bounded).
  for (let attempt = 1; ; attempt++) {
    const input = await openQuickInput('F1');
    await input.fill(`>${title}`);
    const entry = page().locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await entry.waitFor({ timeout: 5_000 });
      await entry.click();
      return;
    } catch (err) {
      if (attempt === 3) throw err;
      await page().keyboard.press('Escape');
    }
  }
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
  // "Errors: 3, Warnings: 0", or "No Problems".
  const count = (kind: string) => Number(new RegExp(`${kind}s?:\\s*(\\d+)`, 'i').exec(label)?.[1] ?? 0);
  return { errors: count('Error'), warnings: count('Warning') };
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
  const input = await openQuickInput('Control+P');
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

/** Stores the default token as a person does: the palette command and its masked input box. */
export async function storeTokenViaPalette(token: string): Promise<void> {
  await runCommand('Set Default Access Token');
  const input = page().locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible' });
  if ((await input.getAttribute('type')) !== 'password') throw new Error('the token input box does not hide what is typed');
  await input.fill(token);
  await page().keyboard.press('Enter');
  await page().locator('.notification-toast', { hasText: 'secret storage' }).first().waitFor();
}

/** A clean stage for the next screenshot: no notifications left over from earlier steps. */
export async function clearNotifications(): Promise<void> {
  await runCommand('Clear All Notifications');
  await page().locator('.notification-toast').first().waitFor({ state: 'detached' });
}

/** The notification toasts currently shown, as text. */
export async function notificationTexts(): Promise<string[]> {
  return page().locator('.notification-toast .notification-list-item-message').allInnerTexts();
}

/** The response panel's document: a webview, which VS Code nests in two iframes. */
export function panelFrame() {
  return page().frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/**
 * Writes a file into the workspace, right-clicks it in the explorer and returns the context-menu
 * entry whose text contains action (not chosen yet: see chooseMenuEntry).
 */
export async function explorerMenuEntry(fileName: string, content: Buffer, action: string): Promise<Locator> {
  writeFileSync(join(ui().workspaceDir, fileName), content);
  await page().keyboard.press('Control+Shift+E');
  // Written behind VS Code's back: refresh rather than wait for the file watcher.
  await runCommand('Refresh Explorer');
  await page().getByRole('treeitem', { name: fileName }).click({ button: 'right' });
  return page().locator('.monaco-menu .action-item', { hasText: action });
}

/**
 * Chooses an entry of the open context menu. An entry ignores clicks for its first 100 ms (so the
 * right-click's own release does not choose it): click again while the menu stays open (bounded).
 */
export async function chooseMenuEntry(entry: Locator): Promise<void> {
  const menu = page().locator('.monaco-menu');
  for (let attempt = 1; ; attempt++) {
    await entry.click();
    try {
      await menu.waitFor({ state: 'hidden', timeout: 2_000 });
      return;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

/** The button labelled label in a notification list item whose message matches message. */
function notificationButton(container: string, message: string | RegExp, label: string): Locator {
  const item = page()
    .locator(`${container} .notification-list-item`)
    .filter({ has: page().locator('.notification-list-item-message', { hasText: message }) });
  return item.locator('.monaco-button', { hasText: new RegExp(`^${label}$`) }).first();
}

/**
 * Clicks a notification's button on its toast, or in the notification centre when the toast is
 * no longer shown (toasts hide after a timeout, or when newer notifications crowd them out).
 */
export async function clickNotificationButton(message: string | RegExp, label: string, timeoutMs = 5_000): Promise<void> {
  const onToast = notificationButton('.notification-toast', message, label);
  try {
    await onToast.click({ timeout: timeoutMs });
    return;
  } catch {
    // Not on a toast: the centre lists every notification that is still open.
  }
  await runCommand('Notifications: Show Notifications');
  await notificationButton('.notifications-center', message, label).click({ timeout: 5_000 });
  // While the centre is open, new notifications show no toast: close it unless it closed itself.
  const hide = page().locator('.notifications-center').getByRole('button', { name: 'Hide Notifications' });
  if (await hide.isVisible()) await hide.click();
}
