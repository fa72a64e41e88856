// Editor rows: what a keystroke costs (re-parse the new version + every diagnostic) and completion,
// against vscode-json-languageservice with a JSON schema for batch operations (batch-schema.json),
// the generic alternative a user would otherwise pick.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLanguageService, TextDocument, type JSONSchema, type LanguageService as JsonService } from 'vscode-json-languageservice';
import { createLanguageService, type LanguageService } from '../../src/core/language/service';
import type { LanguageContext } from '../../src/core/language/types';
import { generateBatchFile, randomOffsets } from './fixtures';
import { interleaved, limitCheck, nowMs, ratioCheck, summarize, type BenchRow } from './stats';

const SCHEMA_URI = 'https://example.invalid/fbbatch/batch-schema.json';
const DOC_URI = 'file:///bench/batch.fbbatch';
const JSONC_SETTINGS = { comments: 'ignore', trailingCommas: 'ignore' } as const;

/** Everything answers "fine": the benchmark measures the checks, not the file system. */
const CONTEXT: LanguageContext = {
  fileExists: () => true,
  isInsideWorkspace: () => true,
  tokenNames: () => ['page'],
  lastResponse: () => undefined,
};

function peerService(): JsonService {
  const schema = JSON.parse(readFileSync(join(__dirname, 'batch-schema.json'), 'utf8')) as JSONSchema;
  const service = getLanguageService({});
  service.configure({ validate: true, allowComments: true, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.fbbatch'], schema }] });
  return service;
}

export interface EditorBenchOptions {
  readonly smallRepetitions: number;
  readonly largeRepetitions: number;
  /** Passes over the 100 completion positions. */
  readonly completionPasses: number;
}

/** text with an "x" typed at each of the offsets (offsets of text itself). */
function typeInto(text: string, offsets: readonly number[]): string {
  const sorted = [...offsets].sort((a, b) => a - b);
  let typed = '';
  let from = 0;
  for (const at of sorted) {
    typed += `${text.slice(from, at)}x`;
    from = at;
  }
  return typed + text.slice(from);
}

/**
 * Keystrokes typed on each side before timing starts: an editor session is warm after its first
 * few, and on the 50-operation file, where a keystroke takes a fraction of a millisecond, both
 * sides are still getting faster (compiled) for the first twenty or so.
 */
const WARM_UP_KEYSTROKES = 30;

async function validationRow(id: string, operations: number, repetitions: number, ours: LanguageService, peer: JsonService): Promise<BenchRow> {
  const text = generateBatchFile(operations);
  let version = 0;
  const oursDiagnostics = ours.validate(ours.getDocument(DOC_URI, version++, text)).length;
  const peerDoc = TextDocument.create(DOC_URI, 'jsonc', 0, text);
  const peerDiagnostics = (await peer.doValidation(peerDoc, peer.parseJSONDocument(peerDoc), JSONC_SETTINGS)).length;
  // Each sample is a keystroke: one character typed into the version before (as the editor sees
  // them, one change per version), each time in another operation's URL, spread over the whole file
  // (so sometimes near its start, sometimes near its end). Both sides see the same versions.
  const urls = [...text.matchAll(/"relative_url": "/g)].map((m) => (m.index ?? 0) + m[0].length);
  const typedAt: number[] = [];
  const versions = Array.from({ length: WARM_UP_KEYSTROKES + repetitions }, (_, i) => {
    typedAt.push(urls[(i * 7919) % urls.length]);
    return typeInto(text, typedAt);
  });
  const keystroke = (i: number): string => versions[i];
  let oursEdits = 0;
  let peerEdits = 0;
  const samples = await interleaved(
    {
      ours: () => ours.validate(ours.getDocument(DOC_URI, version++, keystroke(oursEdits++))),
      peer: () => {
        const doc = TextDocument.create(DOC_URI, 'jsonc', version++, keystroke(peerEdits++));
        return peer.doValidation(doc, peer.parseJSONDocument(doc), JSONC_SETTINGS);
      },
    },
    repetitions,
    WARM_UP_KEYSTROKES,
  );
  const oursMeasure = summarize(samples.ours);
  const peerMeasure = summarize(samples.peer);
  const ratio = oursMeasure.median / peerMeasure.median;
  const checks = [ratioCheck(ratio, 0.5)];
  if (operations >= 5000) checks.push(limitCheck('≤ 20 ms', oursMeasure.median, 20, 'ms'));
  return {
    id,
    what: `validation, ${operations}-operation file (${(text.length / 1e6).toFixed(2)} MB)`,
    oursLabel: 'a keystroke (one character typed into the version before, anywhere in the file): parse of the new version + full diagnostics (references, dependency graph)',
    peerLabel: 'vscode-json-languageservice parseJSONDocument + doValidation (JSON schema)',
    ours: oursMeasure,
    peer: peerMeasure,
    ratio,
    checks,
    notes: [`diagnostics found: ours ${oursDiagnostics}, peer ${peerDiagnostics}`],
    extra: { bytes: text.length, operations, oursSamples: samples.ours, peerSamples: samples.peer },
  };
}

async function completionRow(passes: number, ours: LanguageService, peer: JsonService): Promise<BenchRow> {
  const text = generateBatchFile(5000);
  const offsets = randomOffsets(text, 100);
  const oursDoc = ours.getDocument(DOC_URI, -1, text);
  const peerText = TextDocument.create(DOC_URI, 'jsonc', 0, text);
  const peerDoc = peer.parseJSONDocument(peerText);
  const positions = offsets.map((o) => peerText.positionAt(o));
  // Warm-up: every position once on each side.
  for (const [i, offset] of offsets.entries()) {
    ours.complete(oursDoc, offset);
    await peer.doComplete(peerText, positions[i], peerDoc);
  }
  const oursTimes: number[] = [];
  const peerTimes: number[] = [];
  let oursItems = 0;
  let peerItems = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const [i, offset] of offsets.entries()) {
      let start = nowMs();
      oursItems += ours.complete(oursDoc, offset).length;
      oursTimes.push(nowMs() - start);
      start = nowMs();
      peerItems += (await peer.doComplete(peerText, positions[i], peerDoc))?.items.length ?? 0;
      peerTimes.push(nowMs() - start);
    }
  }
  const oursMeasure = summarize(oursTimes);
  const peerMeasure = summarize(peerTimes);
  return {
    id: 'completion-5000',
    what: 'completion, 5,000-operation file, 100 random positions',
    oursLabel: 'complete() on the parsed document',
    peerLabel: 'vscode-json-languageservice doComplete (JSON schema)',
    ours: oursMeasure,
    peer: peerMeasure,
    ratio: oursMeasure.median / peerMeasure.median,
    checks: [limitCheck('p95 ≤ 5 ms', oursMeasure.p95, 5, 'ms (p95)')],
    notes: [`items offered per position (mean): ours ${(oursItems / oursTimes.length).toFixed(1)}, peer ${(peerItems / peerTimes.length).toFixed(1)}`],
    extra: { positions: offsets.length, passes },
  };
}

export async function benchEditor(options: EditorBenchOptions): Promise<BenchRow[]> {
  const ours = createLanguageService(CONTEXT);
  const peer = peerService();
  return [
    await validationRow('validation-50', 50, options.smallRepetitions, ours, peer),
    await validationRow('validation-5000', 5000, options.largeRepetitions, ours, peer),
    await completionRow(options.completionPasses, ours, peer),
  ];
}
