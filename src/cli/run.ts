// fbbatch run <file>: validate, send and classify a batch exactly as the extension does.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileAttachmentReader, runBatch } from '../core/batch';
import type { BatchRunResult, RequestFailure } from '../core/batch/result';
import { toBatchSpec } from '../core/document/to-spec';
import { isThrottlingError, redactSecrets } from '../core/graph';
import { flag, stringOption, UsageError } from './args';
import { writeFileAtomic } from './atomic-write';
import type { Command } from './command';
import { diagnosticLines } from './diagnostics-format';
import { accessToken, clientOptions, GRAPH_OPTIONS, namedToken, retriesOption, secretsFromEnv, tokenEnvName } from './env';
import { describeFsError, displayPath } from './files';
import { EXIT, type Io } from './io';
import { explanations, resultTable, summaryLine } from './run-format';
import { hasErrors, validateText, type ValidatedFile } from './validate';

export const runCommand: Command = {
  name: 'run',
  summary: 'send a batch to the Graph API and print every operation\'s outcome',
  help: `Usage: fbbatch run [options] <file.fbbatch>

Validates the file (errors stop the run before anything is sent), then sends it as the editor
does: split into requests of at most 50 operations, {result=...} references kept together,
transient failures retried, and every answer classified (null entries explained).

Options:
  --json               print the full classified results as JSON instead of a table
  --out FILE           also save the classified results (JSON) to FILE
  --graph-url URL      Graph API base URL (default $FB_GRAPH_URL or https://graph.facebook.com)
  --api-version V      e.g. v24.0, when the file sets no api_version (default v24.0)
  --timeout SECONDS    limit for one HTTP request (default 60)
  --retries N          retries of a request that failed for a transient reason (default 2)
  --retry-incomplete   re-send operations the batch ran out of time for (up to --retries times)
  --root DIR           attachments outside DIR are flagged (default: the current directory)
  -h, --help           show this help

Environment: FB_ACCESS_TOKEN (required), FB_TOKEN_<NAME> for {{token:name}} placeholders
(upper-cased, - and . as _), FB_GRAPH_URL, HTTPS_PROXY and NO_PROXY.

Exit codes: 0 every operation succeeded (or was omitted by design), 1 an operation failed or did
not complete, 2 usage error, invalid file or an error of the whole batch, 130 interrupted (Ctrl+C).`,
  options: {
    ...GRAPH_OPTIONS,
    json: { type: 'boolean' },
    out: { type: 'string' },
    root: { type: 'string' },
    'retry-incomplete': { type: 'boolean' },
  },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError('Name exactly one .fbbatch file to run. See "fbbatch run --help".');
    const file = resolve(io.cwd, args.positionals[0]);
    const shown = displayPath(file, io.cwd);
    const client = clientOptions(args, io.env);
    const token = accessToken(io.env);
    const validated = validateFile(file, shown, resolve(io.cwd, stringOption(args, 'root') ?? '.'), io);
    if (validated === undefined) return EXIT.usage;
    const spec = toBatchSpec(validated.doc);
    requireNamedTokens(validated, io);
    const result = await runBatch(spec, {
      client,
      accessToken: token,
      namedTokens: (name) => namedToken(io.env, name),
      attachments: fileAttachmentReader(dirname(file)),
      retries: retriesOption(args, 2),
      autoRetryIncomplete: flag(args, 'retry-incomplete'),
      signal: io.signal,
    });
    printResult(result, flag(args, 'json'), io);
    const code = exitCodeFor(result, io.signal.aborted);
    const out = stringOption(args, 'out');
    return out === undefined || saveResult(result, out, io) ? code : Math.max(code, EXIT.failed);
  },
};

function saveResult(result: BatchRunResult, out: string, io: Io): boolean {
  try {
    writeFileAtomic(resolve(io.cwd, out), `${redactSecrets(JSON.stringify(result, null, 2), secretsFromEnv(io.env))}\n`);
    return true;
  } catch (error) {
    io.err(`fbbatch run: could not save the results to ${out} (${describeFsError(error)}).`);
    return false;
  }
}

/** The validated file, or undefined after printing why it cannot run. */
function validateFile(file: string, shown: string, root: string, io: Io): ValidatedFile | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(`fbbatch run: cannot read ${shown} (${describeFsError(error)}).`);
    return undefined;
  }
  const validated = validateText(text, file, root, io.env);
  if (!hasErrors(validated.diagnostics)) return validated;
  for (const line of diagnosticLines({ file: shown, text, diagnostics: validated.diagnostics })) io.err(line);
  io.err(`fbbatch run: ${shown} has errors; nothing was sent. Fix them (see "fbbatch check ${shown}") and run again.`);
  return undefined;
}

function requireNamedTokens(validated: ValidatedFile, io: Io): void {
  for (const op of validated.doc.operations) {
    for (const placeholder of op.tokenPlaceholders) {
      if (namedToken(io.env, placeholder.name) === undefined) {
        throw new UsageError(
          `Operation ${op.index + 1} uses {{token:${placeholder.name}}}, but ${tokenEnvName(placeholder.name)} is not set. Set it and run again; nothing was sent.`,
        );
      }
    }
  }
}

function printResult(result: BatchRunResult, json: boolean, io: Io): void {
  if (json) {
    io.out(JSON.stringify(result, null, 2));
    return;
  }
  for (const line of resultTable(result)) io.out(line);
  const notes = explanations(result);
  if (notes.length > 0) io.out('');
  for (const line of notes) io.out(line);
  io.out('');
  io.out(summaryLine(result));
}

/** A request the API refused as such (a bad batch, a bad token): nothing in it will work on a retry. */
function isWholeBatchError(failure: RequestFailure): boolean {
  if (failure.kind === 'malformed') return true;
  if (failure.kind !== 'graph-error' && failure.kind !== 'http-error') return false;
  const status = failure.status ?? 0;
  return status >= 400 && status < 500 && !(failure.error && isThrottlingError(failure.error));
}

export function exitCodeFor(result: BatchRunResult, interrupted: boolean): number {
  if (interrupted) return EXIT.interrupted;
  if (result.failures.some(isWholeBatchError)) return EXIT.usage;
  const { counts } = result;
  const incomplete = counts['graph-error'] + counts['timed-out'] + counts['parent-failed'] + counts['not-sent'];
  return incomplete > 0 || result.failures.length > 0 ? EXIT.failed : EXIT.ok;
}
