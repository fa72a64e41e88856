import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentTypeFor, fileAttachmentReader, runBatch, type AttachmentReader } from '../../../src/core/batch';
import { ops, spec } from './helpers';
import { useEmulator } from './harness';

const { emulator, options } = useEmulator();
let dir = '';
const cat = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'fbbatch-attach-'));
  writeFileSync(join(dir, 'cat.gif'), cat);
  writeFileSync(join(dir, 'unused.png'), 'x');
});
after(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  emulator().requests.length = 0;
});

describe('multipart batches', () => {
  test('one attachment shared by two operations is sent once, streamed, and both get its bytes', async () => {
    const opened: string[] = [];
    const disk = fileAttachmentReader(dir);
    const reader: AttachmentReader = { size: disk.size, open: (p) => (opened.push(p), disk.open(p)) };
    const s = spec(
      ops(
        { method: 'POST', relative_url: 'me/photos', body: 'message=One', attached_files: 'file1' },
        { method: 'POST', relative_url: 'me/photos', body: { message: 'Two' }, attached_files: 'file1' },
      ),
      { attachments: { file1: './cat.gif', file2: './unused.png' } },
    );
    const result = await runBatch(s, options({ attachments: reader }));
    assert.deepEqual(result.operations.map((o) => o.outcome), ['success', 'success']);
    assert.deepEqual(opened, ['./cat.gif']);
    assert.match(emulator().requests[0].contentType ?? '', /^multipart\/form-data; boundary=/);
    const ids = result.operations.map((o) => (JSON.parse(o.rawBody!) as { id: string }).id);
    const check = await runBatch(spec(ops(...ids.map((id) => ({ relative_url: `${id}?fields=image_bytes,image_sha256,name` })))), options());
    const photos = check.operations.map((o) => JSON.parse(o.rawBody!) as { image_bytes: number; image_sha256: string; name: string });
    assert.deepEqual(photos.map((p) => [p.name, p.image_bytes, p.image_sha256]), [
      ['One', cat.length, sha(cat)],
      ['Two', cat.length, sha(cat)],
    ]);
  });

  test('a file that fails or changes while being sent is a plain failure naming the attachment', async () => {
    const s = spec(ops({ method: 'POST', relative_url: 'me/photos', attached_files: 'f' }), { attachments: { f: './cat.gif' } });
    const failing: AttachmentReader = {
      size: async () => 10,
      open: async function* () {
        yield Buffer.from('abc');
        throw new Error('EIO: read failed, /home/someone/cat.gif');
      },
    };
    const shrunk: AttachmentReader = { size: async () => 10, open: async function* () { yield Buffer.from('abc'); } };
    for (const [reader, message] of [[failing, /could not be read while sending/], [shrunk, /changed while it was being sent/]] as const) {
      const result = await runBatch(s, options({ attachments: reader, retries: 0 }));
      assert.equal(result.failures.length, 1);
      assert.match(result.failures[0].message, /^Attachment "f" \(\.\/cat\.gif\) /);
      assert.match(result.failures[0].message, message);
    }
  });

  test('content types come from the extension', () => {
    assert.equal(contentTypeFor('a/b/Cat.GIF'), 'image/gif');
    assert.equal(contentTypeFor('x.jpeg'), 'image/jpeg');
    assert.equal(contentTypeFor('clip.mp4'), 'video/mp4');
    assert.equal(contentTypeFor('noext'), 'application/octet-stream');
  });
});
