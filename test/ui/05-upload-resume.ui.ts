// Cancelling an upload from its progress notification, keeping the session, and resuming it from
// the palette: the server's bytes are kept and the upload continues from its offset to the handle.
import * as assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshot, ui } from './context';
import type { RequestLogEntry } from '../emulator';
import { TEST_TOKEN } from '../integration/settings';
import { chooseMenuEntry, clearNotifications, clickNotificationButton, eventually, explorerMenuEntry, runCommand, storeTokenViaPalette } from './workbench';

// Large enough that socket buffers cannot take it all at once; only the name and size matter.
const PHOTO_BYTES = 24 * 1024 * 1024;
// At this rate the server needs about 24 s for the photo: ample time to cancel mid-way.
const SLOW_BYTES_PER_SECOND = 1024 * 1024;

/** `upload:<opaque>` of an upload request: enough for the emulator to find the session. */
function sessionOf(entry: RequestLogEntry): string {
  return decodeURIComponent(entry.path.slice(entry.path.lastIndexOf('/') + 1));
}

describe('resuming an upload from the explorer', () => {
  before(() => storeTokenViaPalette(TEST_TOKEN));
  after(() => ui().emulator.resetFaults());

  it('cancels from the notification, keeps the session, and resumes it from the server offset', async () => {
    const { page, emulator } = ui();
    await runCommand('Close All Editors');
    await clearNotifications();
    const photo = randomBytes(PHOTO_BYTES);
    const firstRequest = emulator.requests.length;
    const uploadRequests = (kind: RequestLogEntry['kind']) => emulator.requests.slice(firstRequest).filter((r) => r.kind === kind);
    emulator.setFaults({ uploadBytesPerSecond: SLOW_BYTES_PER_SECOND });

    await chooseMenuEntry(await explorerMenuEntry('harbour.png', photo, 'Upload to Graph API'));
    // Part of the file is through (1–99.9 %), and the server has stored some of it.
    const uploading = page.locator('.notification-toast', { hasText: /Uploading harbour\.png: [1-9]\d?(\.\d)?%/ });
    await uploading.first().waitFor({ timeout: 15_000 });
    await eventually('the server to store some bytes', async () => {
      const [append] = uploadRequests('upload-append');
      return append !== undefined && (emulator.uploadOffset(sessionOf(append)) ?? 0) > 0;
    });
    const session = sessionOf(uploadRequests('upload-append')[0]);
    await screenshot('08-resume-progress');
    await clickNotificationButton(/Uploading harbour\.png/, 'Cancel');

    const cancelled = /was cancelled with .* Keep the session to resume it later/;
    await page.locator('.notification-toast', { hasText: cancelled }).waitFor({ timeout: 15_000 });
    // The cancelled request is wound up on the server once its stored bytes are counted.
    await eventually('the cancelled request to end on the server', async () => uploadRequests('upload-append')[0].bytesStored !== undefined);
    const offsetAtCancel = emulator.uploadOffset(session) ?? 0;
    assert.ok(offsetAtCancel > 0 && offsetAtCancel < PHOTO_BYTES, `the server held ${offsetAtCancel} of ${PHOTO_BYTES} bytes at the cancel`);
    await screenshot('09-resume-cancelled');
    await clickNotificationButton(cancelled, 'Keep for Later');
    await page.locator('.notification-toast', { hasText: cancelled }).waitFor({ state: 'detached' });

    // Full speed again: the rest goes through quickly.
    emulator.resetFaults();
    await runCommand('Resume Interrupted Uploads');
    await page.locator('.quick-input-widget input[placeholder="Which upload should continue?"]').waitFor();
    const pick = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^harbour\.png$/ }) });
    await pick.hover();
    await screenshot('10-resume-pick');
    await pick.click();

    const done = page.locator('.notification-toast', { hasText: 'Uploaded harbour.png. Handle:' });
    await done.waitFor({ timeout: 30_000 });
    assert.match(await done.innerText(), /Uploaded harbour\.png\. Handle: \S+/);
    await page.locator('.notification-toast', { hasText: 'Uploading harbour.png' }).waitFor({ state: 'detached' });
    await screenshot('11-resume-handle');

    // Byte-exact on the server, sent in two requests to one session, the second from the cancel's offset.
    assert.equal(emulator.uploadOffset(session), PHOTO_BYTES);
    assert.equal(emulator.uploadSha256(session), createHash('sha256').update(readFileSync(join(ui().workspaceDir, 'harbour.png'))).digest('hex'));
    assert.equal(uploadRequests('upload-create').length, 1, 'the resume reuses the session');
    const appends = uploadRequests('upload-append');
    assert.deepEqual(appends.map(sessionOf), [session, session]);
    assert.deepEqual(appends.map((a) => a.fileOffset), [0, offsetAtCancel]);
    assert.ok(uploadRequests('upload-status').length >= 1, 'the resume asked the server for its offset');
  });
});
