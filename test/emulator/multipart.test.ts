// The streaming multipart parser, fed in every possible split.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { boundaryOf, MultipartError, parseMultipart } from './http/multipart';

const boundary = '----emu42';
const file = Buffer.from('\r\n--not-the-boundary\r\n\x00\xff binary\r\n');
const body = Buffer.concat([
  Buffer.from(`preamble\r\n--${boundary}\r\nContent-Disposition: form-data; name="access_token"\r\n\r\ntest-token\r\n`),
  Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file1"; filename="cat.gif"\r\nContent-Type: image/gif\r\n\r\n`),
  file,
  Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="batch"\r\n\r\n[{"method":"GET","relative_url":"me"}]\r\n--${boundary}--\r\nepilogue`),
]);

async function* chunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function* split(data: Buffer, at: number): AsyncGenerator<Buffer> {
  yield data.subarray(0, at);
  yield data.subarray(at);
}

describe('parseMultipart', () => {
  test('reads fields and measures file parts the same for every split point and chunk size', async () => {
    const sources = [...Array.from({ length: body.length + 1 }, (_, at) => split(body, at)), ...[1, 2, 3, 7].map((size) => chunks(body, size))];
    for (const source of sources) {
      const { fields, parts } = await parseMultipart(source, boundary, 1024);
      assert.equal(fields.get('access_token'), 'test-token');
      assert.equal(fields.get('batch'), '[{"method":"GET","relative_url":"me"}]');
      assert.equal(fields.has('file1'), false);
      assert.deepEqual(parts.get('file1'), { name: 'file1', filename: 'cat.gif', contentType: 'image/gif', size: file.length, sha256: createHash('sha256').update(file).digest('hex') });
    }
  });

  test('fails on a body without its closing boundary and on text fields over the cap', async () => {
    await assert.rejects(parseMultipart(chunks(body.subarray(0, body.length - 20), 64), boundary, 1024), MultipartError);
    await assert.rejects(parseMultipart(chunks(body, 64), boundary, 8), MultipartError);
  });

  test('finds the boundary in quoted and bare Content-Type parameters', () => {
    assert.equal(boundaryOf('multipart/form-data; boundary=abc'), 'abc');
    assert.equal(boundaryOf('multipart/form-data; boundary="a b"; charset=utf-8'), 'a b');
    assert.equal(boundaryOf('application/x-www-form-urlencoded'), undefined);
  });
});
