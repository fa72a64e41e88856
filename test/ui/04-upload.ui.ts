// Right-clicking a .png in the explorer: the upload action, its progress notification, and the
// handle at the end.
import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { screenshot, ui } from './context';
import { TEST_TOKEN } from '../integration/settings';
import { chooseMenuEntry, clearNotifications, explorerMenuEntry, runCommand, storeTokenViaPalette } from './workbench';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PHOTO_BYTES = 24 * 1024 * 1024;

describe('uploading from the explorer', () => {
  before(() => storeTokenViaPalette(TEST_TOKEN));
  after(() => ui().emulator.resetFaults());

  it('shows the upload action for a .png, its progress, then the handle', async () => {
    const { page, emulator } = ui();
    await runCommand('Close All Editors');
    await clearNotifications();
    // A photo large enough, and an API slow enough, to see the progress move (socket buffers
    // would swallow a small file at once). Only the name and size matter to the upload.
    emulator.setFaults({ uploadBytesPerSecond: PHOTO_BYTES / 3 });
    const action = await explorerMenuEntry('holiday.png', Buffer.concat([PNG_SIGNATURE, randomBytes(PHOTO_BYTES)]), 'Upload to Graph API');
    await action.hover();
    await screenshot('05-upload-menu');
    await chooseMenuEntry(action);
    // Part of the file is through (1–99.9 %, one decimal): the notification counts it.
    const progress = page.locator('.notification-toast', { hasText: /Uploading holiday\.png: [1-9]\d?(\.\d)?%/ });
    await progress.first().waitFor({ timeout: 15_000 });
    await screenshot('06-upload-progress');
    const done = page.locator('.notification-toast', { hasText: 'Handle:' });
    await done.waitFor({ timeout: 30_000 });
    const message = await done.innerText();
    assert.match(message, /Uploaded holiday\.png\. Handle: \S+/);
    await screenshot('07-upload-handle');
  });
});
