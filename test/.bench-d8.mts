import { runOperations } from '../src/core/batch';
import { startEmulator } from './emulator';
const e = await startEmulator();
const operations = Array.from({ length: 50 }, (_, i) => ({ index: i, method: 'GET' as const, relative_url: `me?fields=id,name&n=${i}` }));
const s = { attachments: {}, operations };
const client = { graphUrl: e.url, apiVersion: 'v24.0', timeoutMs: 5000 };
const xs: number[] = [];
for (let i = 0; i < 2500; i++) { const t = performance.now(); await runOperations(s, operations, { client, accessToken: 'test-token' }); xs.push(performance.now() - t); }
xs.sort((a, b) => a - b);
console.log([0.1,0.25,0.5,0.75,0.9,0.95,0.99].map(q => xs[Math.floor(q*xs.length)].toFixed(2)).join(' '));
console.log('median', xs[1250].toFixed(3), 'mean', (xs.reduce((a, b) => a + b) / xs.length).toFixed(3), 'p90', xs[2250].toFixed(3));
await e.close();
