import { request } from 'undici';
import { runBatch, encodeBatchRequest } from '../src/core/batch';
import { startEmulator } from './emulator';
const e = await startEmulator();
const operations = Array.from({ length: 50 }, (_, i) => ({ index: i, method: 'GET' as const, relative_url: `me?fields=id,name&n=${i}` }));
const s = { attachments: {}, operations };
const opts = { client: { graphUrl: e.url, apiVersion: 'v24.0', timeoutMs: 5000 }, accessToken: 'test-token' };
const enc = await encodeBatchRequest(operations, s, 'test-token', undefined);
const body = enc.body() as string;
async function raw() { const r = await request(`${e.url}/v24.0/`, { method: 'POST', headers: enc.headers, body }); return r.body.text(); }
async function ours() { return runBatch(s, opts); }
for (let i = 0; i < 50; i++) { await raw(); await ours(); }
const N = 600;
for (let round = 0; round < 3; round++) {
  const ra: number[] = [], rb: number[] = [];
  for (let i = 0; i < N; i++) {
    let t = performance.now(); await raw(); ra.push(performance.now() - t);
    t = performance.now(); await ours(); rb.push(performance.now() - t);
  }
  const med = (x: number[]) => x.sort((p, q) => p - q)[x.length >> 1];
  console.log(`median raw ${med(ra).toFixed(3)} ours ${med(rb).toFixed(3)} ratio ${(med(rb) / med(ra)).toFixed(3)}`);
}
// 500 ops, latency
e.setFaults({ operationLatencyMs: 200 });
const big = { attachments: {}, operations: Array.from({ length: 500 }, (_, i) => ({ index: i, method: 'GET' as const, relative_url: `me?n=${i}` })) };
let t = performance.now(); await runBatch(big, { ...opts, maxConcurrentRequests: 16 }); console.log('500 ops', performance.now() - t);
t = performance.now(); await runBatch({ attachments: {}, operations: big.operations.slice(0, 50) }, opts); console.log('one chunk', performance.now() - t);
await e.close();
