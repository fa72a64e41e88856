import { runBatch } from '../src/core/batch';
import { startEmulator } from './emulator';
const e = await startEmulator();
const operations = Array.from({ length: 50 }, (_, i) => ({ index: i, method: 'GET' as const, relative_url: `me?fields=id,name&n=${i}` }));
const s = { attachments: {}, operations };
const opts = { client: { graphUrl: e.url, apiVersion: 'v24.0', timeoutMs: 5000 }, accessToken: 'test-token' };
for (let i = 0; i < 2000; i++) await runBatch(s, opts);
await e.close();
