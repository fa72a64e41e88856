import { parseBatchDocument } from '/work/main/src/core/document/parse';
import { validateBatchDocument } from '/work/main/src/core/language/diagnostics';
import { testContext } from '/work/main/test/unit/diagnostics/context';
const texts = process.argv.slice(2);
for (const t of texts) {
  const ds = validateBatchDocument(parseBatchDocument(t), testContext());
  console.log(JSON.stringify(t)); for (const d of ds) console.log('  ', d.code, d.severity, JSON.stringify(t.slice(d.range.start, d.range.end)), d.message, d.data ? JSON.stringify(d.data) : '');
}
