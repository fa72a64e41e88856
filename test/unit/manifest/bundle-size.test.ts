// The activation bundle as it ships (the --production build): small enough to load in a few
// milliseconds (issue target: ≤ 100 KB), and free of the HTTP stack and of any second JSON parser,
// which dist/network.js and the own parser (src/core/document/json) carry instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { nodeBundle } from '../../../esbuild.mjs';

const LIMIT_BYTES = 100_000;

test('the activation bundle stays under 100 KB and loads neither undici nor jsonc-parser', async () => {
  const out = await esbuild.build({
    ...nodeBundle,
    entryPoints: ['src/extension/main.ts'],
    minify: true,
    sourcemap: false,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = out.outputFiles[0].contents.length;
  assert.ok(bytes <= LIMIT_BYTES, `dist/extension.js would be ${bytes} bytes (limit ${LIMIT_BYTES})`);
  const inputs = Object.keys(out.metafile.inputs);
  assert.deepEqual(inputs.filter((file) => /node_modules\/(undici|jsonc-parser)\//.test(file)), []);
});
