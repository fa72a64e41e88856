import { request } from 'undici';
import { encodeBatchRequest, runBatch, planBatch, classifyAnswer, runOperations } from '../src/core/batch';
import { sendGraphRequest } from '../src/core/graph';
import { startEmulator } from './emulator';
const e = await startEmulator();
const operations = Array.from({ length: 50 }, (_, i) => ({ index: i, method: 'GET' as const, relative_url: `me?fields=id,name&n=${i}` }));
const s = { attachments: {}, operations };
const client = { graphUrl: e.url, apiVersion: 'v24.0', timeoutMs: 5000 };
const enc = await encodeBatchRequest(operations, s, 'test-token', undefined);
const body = enc.body() as string;
const url = `${e.url}/v24.0/`;
const fns: Record<string, () => Promise<unknown>> = {
  raw: async () => { const r = await request(url, { method: 'POST', headers: enc.headers, body }); return r.body.text(); },
  rawParse: async () => { const r = await request(url, { method: 'POST', headers: enc.headers, body }); return JSON.parse(await r.body.text()); },
  send: () => sendGraphRequest(client, { method: 'POST', url, headers: enc.headers, body }),
  manual: async () => { const plan = planBatch(operations); const en = await encodeBatchRequest(plan.requests[0].operations, s, 'test-token', undefined);
    const r = await sendGraphRequest(client, { method: 'POST', url, headers: en.headers, body: en.body() });
    return classifyAnswer({ requestIndex: 0, operations, operationIndexes: [], parents: plan.parents, secrets: [] }, r.status, r.text, 1); },
  ops: () => runOperations(s, operations, { client, accessToken: 'test-token' }),
  run: () => runBatch(s, { client, accessToken: 'test-token' }),
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
for (let i = 0; i < 1500; i++) for (const [k, f] of Object.entries(fns)) { const t = performance.now(); await f(); if (i > 200) times[k].push(performance.now() - t); }
const med = (x: number[]) => x.sort((p, q) => p - q)[x.length >> 1];
for (const k of Object.keys(fns)) console.log(k, med(times[k]).toFixed(3), (med(times[k]) / med(times.raw)).toFixed(3));
await e.close();
