// Right-clicking a .png in the explorer: the upload action, its progress notification, and the
// handle at the end.
import * as assert from 'node:assert/strict';
import { screenshot, ui } from './context';

describe('uploading from the explorer', () => {
  after(() => ui().emulator.resetFaults());

  it('shows the upload action for a .png, its progress, then the handle', async () => {
    const { page, emulator } = ui();
    // Slow enough to see the progress notification.
    emulator.setFaults({ uploadBytesPerSecond: 200 });
    await page.keyboard.press('Control+Shift+E');
    await page.getByRole('treeitem', { name: 'photo.png' }).click({ button: 'right' });
    const action = page.locator('.monaco-menu .action-item', { hasText: 'Upload to Graph API' });
    await action.waitFor();
    await screenshot('05-upload-menu');
    await action.click();
    const progress = page.locator('.notification-toast', { hasText: 'photo.png' });
    await progress.first().waitFor({ timeout: 15_000 });
    await screenshot('06-upload-progress');
    const done = page.locator('.notification-toast', { hasText: 'Handle:' });
    await done.waitFor({ timeout: 30_000 });
    const message = await done.innerText();
    assert.match(message, /Uploaded photo\.png\. Handle: \S+/);
    await screenshot('07-upload-handle');
  });
});
