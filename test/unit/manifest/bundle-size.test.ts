// The bundles as they ship (the --production build). The activation bundle is small enough to load
// in a few milliseconds (issue target: ≤ 100 KB): it registers the language features, whose work
// (dist/language.js) and the HTTP stack (dist/network.js) load on first use. The language bundle
// never carries the HTTP stack, and neither carries a second JSON parser besides the own one. The
// CLI and network bundles take only undici's client (src/core/graph/undici-subset.ts), not its index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { nodeBundle } from '../../../esbuild.mjs';

const LIMIT_BYTES = 100_000;

async function shipped(entryPoint: string): Promise<{ bytes: number; inputs: string[] }> {
  const out = await esbuild.build({ ...nodeBundle, entryPoints: [entryPoint], minify: true, sourcemap: false, write: false, metafile: true, logLevel: 'silent' });
  return { bytes: out.outputFiles[0].contents.length, inputs: Object.keys(out.metafile.inputs) };
}

test('the activation bundle stays under 100 KB and loads neither the language service, undici nor jsonc-parser', async () => {
  const { bytes, inputs } = await shipped('src/extension/main.ts');
  assert.ok(bytes <= LIMIT_BYTES, `dist/extension.js would be ${bytes} bytes (limit ${LIMIT_BYTES})`);
  assert.deepEqual(inputs.filter((file) => /node_modules\/(undici|jsonc-parser)\/|src\/core\/(language|document)\//.test(file)), []);
});

test('the language bundle carries the language service but not the HTTP stack', async () => {
  const { inputs } = await shipped('src/extension/language/features.ts');
  assert.ok(inputs.includes('src/core/language/service.ts'));
  assert.deepEqual(inputs.filter((file) => /node_modules\/(undici|jsonc-parser)\/|src\/core\/(graph\/transport|batch\/send)/.test(file)), []);
});

test('the CLI and network bundles carry undici-subset.ts, not undici’s index', async () => {
  for (const entryPoint of ['src/cli/main.ts', 'src/extension/network/entry.ts']) {
    const { inputs } = await shipped(entryPoint);
    assert.ok(inputs.includes('src/core/graph/undici-subset.ts'), entryPoint);
    assert.ok(inputs.includes('node_modules/undici/lib/dispatcher/proxy-agent.js'), entryPoint);
    assert.deepEqual(inputs.filter((file) => /node_modules\/undici\/(index\.js|lib\/web\/websocket|lib\/mock|lib\/cache)/.test(file)), [], entryPoint);
  }
});
