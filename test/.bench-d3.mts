import { classifyAnswer, planBatch, fillTokenPlaceholders } from '../src/core/batch';
import { parseUsageHeaders } from '../src/core/graph';
const operations = Array.from({ length: 50 }, (_, i) => ({ index: i, method: 'GET' as const, relative_url: `me?fields=id,name&n=${i}` }));
const entry = { code: 200, headers: [{ name: 'Content-Type', value: 'text/javascript; charset=UTF-8' }, { name: 'ETag', value: '"abc"' }, { name: 'X-App-Usage', value: '{"call_count":1,"total_cputime":1,"total_time":1}' }, { name: 'X-Business-Use-Case-Usage', value: '{"11077200629332":[{"type":"ads_management","call_count":1,"total_cputime":1,"total_time":1,"estimated_time_to_regain_access":0}]}' }], body: JSON.stringify({ id: '100000000000001', name: 'Ada Example' }) };
const text = JSON.stringify(operations.map(() => entry));
const N = 5000;
function time(name: string, f: () => unknown) { for (let i = 0; i < 200; i++) f(); const t = performance.now(); for (let i = 0; i < N; i++) f(); console.log(name, ((performance.now() - t) / N).toFixed(4), 'ms'); }
const plan = planBatch(operations);
const ctx = { requestIndex: 0, operations, operationIndexes: operations.map((o) => o.index), parents: plan.parents, secrets: ['test-token'] };
time('fill', () => { const u = new Set<string>(); operations.map((o) => fillTokenPlaceholders(o, () => undefined, u)); });
time('classify', () => classifyAnswer(ctx, 200, text, 1));
time('usage x50', () => { for (let i = 0; i < 50; i++) parseUsageHeaders(entry.headers); });
time('parse', () => JSON.parse(text));
const { parseGraphError } = await import('../src/core/graph');
time('parse+validate-ish', () => { const x = JSON.parse(text); let n = 0; for (const e of x) { if (typeof e.code === 'number' && typeof e.body === 'string' && Array.isArray(e.headers)) n++; } return n; });
const cache = new Map();
time('usage cached x50', () => { for (let i = 0; i < 50; i++) parseUsageHeaders(entry.headers, cache); });
