import { request } from 'undici';
import { encodeBatchRequest, planBatch, classifyAnswer, fillTokenPlaceholders } from '../src/core/batch';
import { sendGraphRequest } from '../src/core/graph';
import { startEmulator } from './emulator';
const e = await startEmulator();
const operations = Array.from({ length: 50 }, (_, i) => ({ index: i, method: 'GET' as const, relative_url: `me?fields=id,name&n=${i}` }));
const s = { attachments: {}, operations };
const enc = await encodeBatchRequest(operations, s, 'test-token', undefined);
const body = enc.body() as string;
const r = await request(`${e.url}/v24.0/`, { method: 'POST', headers: enc.headers, body }); const text = await r.body.text();
const N = 2000;
function time(name: string, f: () => unknown) { const t = performance.now(); for (let i = 0; i < N; i++) f(); console.log(name, ((performance.now() - t) / N).toFixed(4), 'ms'); }
time('plan', () => planBatch(operations));
time('fill', () => { const u = new Set<string>(); operations.map((o) => fillTokenPlaceholders(o, () => undefined, u)); });
const plan = planBatch(operations);
const ctx = { requestIndex: 0, operations, operationIndexes: operations.map((o) => o.index), parents: plan.parents, secrets: ['test-token'] };
time('classify', () => classifyAnswer(ctx, 200, text, 1));
time('json.parse', () => JSON.parse(text));
console.log('text length', text.length);
async function atime(name: string, f: () => Promise<unknown>) { for (let i = 0; i < 100; i++) await f(); const t = performance.now(); for (let i = 0; i < 500; i++) await f(); console.log(name, ((performance.now() - t) / 500).toFixed(4), 'ms'); }
await atime('encode', () => encodeBatchRequest(operations, s, 'test-token', undefined));
const client = { graphUrl: e.url, apiVersion: 'v24.0', timeoutMs: 5000 };
await atime('raw', async () => { const r = await request(`${e.url}/v24.0/`, { method: 'POST', headers: enc.headers, body }); return r.body.text(); });
await atime('send', () => sendGraphRequest(client, { method: 'POST', url: `${e.url}/v24.0/`, headers: enc.headers, body }));
await atime('raw', async () => { const r = await request(`${e.url}/v24.0/`, { method: 'POST', headers: enc.headers, body }); return r.body.text(); });
await e.close();
