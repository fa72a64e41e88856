import { request } from 'undici';
import { encodeBatchRequest } from '../src/core/batch';
import { startEmulator } from './emulator';
const e = await startEmulator();
const operations = Array.from({ length: 50 }, (_, i) => ({ index: i, method: 'GET' as const, relative_url: `me?fields=id,name&n=${i}` }));
const enc = await encodeBatchRequest(operations, { attachments: {}, operations }, 'test-token', undefined);
const body = enc.body() as string;
const xs: number[] = [];
for (let i = 0; i < 2500; i++) { const t = performance.now(); const r = await request(`${e.url}/v24.0/`, { method: 'POST', headers: enc.headers, body }); await r.body.text(); xs.push(performance.now() - t); }
xs.sort((a, b) => a - b);
console.log([0.1,0.25,0.5,0.75,0.9,0.95,0.99].map(q => xs[Math.floor(q*xs.length)].toFixed(2)).join(' '));
await e.close();
