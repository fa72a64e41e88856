// fbbatch upload <file> --app-id ID: a resumable upload; the handle is the only thing on stdout.
import { resolve } from 'node:path';
import { resumeUpload, startUpload, UploadError, type UploadErrorKind, type UploadOptions, type UploadOutcome, type UploadSessionRecord } from '../core/upload';
import { stringOption, UsageError, type ParsedArgs } from './args';
import type { Command } from './command';
import { accessToken, clientOptions, DEFAULT_GRAPH_URL, GRAPH_OPTIONS, retriesOption } from './env';
import { EXIT, type Io } from './io';
import { formatBytes } from '../core/format';
import { progressReporter } from './progress';
import { stateFilePath, UploadState } from './upload-state';

const DEFAULT_UPLOAD_RETRIES = 5;
/** Problems with the file or the setup: the same command will fail the same way (exit 2). */
const USAGE_KINDS: readonly UploadErrorKind[] = ['unsupported-type', 'empty-file', 'file-unreadable', 'file-changed', 'endpoint-refused'];

export const uploadCommand: Command = {
  name: 'upload',
  summary: 'upload a file through the Resumable Upload API and print its handle',
  help: `Usage: fbbatch upload [options] <file> --app-id ID
       fbbatch upload [options] <file> --resume SESSION_ID

Uploads a file (pdf, jpeg, png or mp4) through the Resumable Upload API. A dropped connection is
resumed automatically from the offset the server reports. The handle is printed on stdout and
nothing else is, so  h=$(fbbatch upload photo.jpg --app-id 123)  works; progress goes to stderr.
When the upload stops for good, the session is kept in the state file and the command that
resumes it is printed.

Options:
  --app-id ID          the Facebook app id (default $FB_APP_ID)
  --resume SESSION_ID  continue an interrupted session (the same, unchanged file)
  --graph-url URL      Graph API base URL (default $FB_GRAPH_URL or https://graph.facebook.com)
  --api-version V      e.g. v24.0 (default v24.0; a resumed session keeps its own)
  --timeout SECONDS    give up on a request when nothing moves for this long (default 60)
  --retries N          automatic resumes in a row without progress (default 5)
  -h, --help           show this help

Environment: FB_ACCESS_TOKEN (required), FB_APP_ID, FB_GRAPH_URL, HTTPS_PROXY and NO_PROXY,
FBBATCH_STATE_DIR (where interrupted sessions are kept; default ~/.config/fbbatch).

Exit codes: 0 uploaded (handle on stdout), 1 the upload failed or was interrupted (resumable
ones print how to resume), 2 usage error or a file that cannot be uploaded, 130 interrupted (Ctrl+C).`,
  options: { ...GRAPH_OPTIONS, 'app-id': { type: 'string' }, resume: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError('Name exactly one file to upload. See "fbbatch upload --help".');
    const filePath = resolve(io.cwd, args.positionals[0]);
    const state = new UploadState(stateFilePath(io.env));
    const resumeId = stringOption(args, 'resume');
    const record = resumeId === undefined ? undefined : recordToResume(state, resumeId, filePath);
    const client = clientOptions(args, io.env);
    const progress = progressReporter(io);
    let sessionId = record?.sessionId;
    const options: UploadOptions = {
      client: record && stringOption(args, 'api-version') === undefined ? { ...client, apiVersion: record.apiVersion } : client,
      accessToken: accessToken(io.env),
      signal: io.signal,
      maxRetries: retriesOption(args, DEFAULT_UPLOAD_RETRIES),
      onProgress: (p) => progress.update(p),
      onSession: (r) => {
        sessionId = r.sessionId;
        state.save(r); // kept from the start, so even a killed process can be resumed
      },
      onRetry: (e) => progress.note(`${e.reason}; resuming in ${Math.ceil(e.delayMs / 1000)} s (retry ${e.retry} of ${e.maxRetries}).`),
    };
    let outcome: UploadOutcome;
    try {
      outcome = record ? await resumeUpload(record, options) : await startUpload({ ...options, appId: appId(args, io), filePath });
    } catch (error) {
      progress.finish();
      if (!(error instanceof UploadError)) throw error;
      if (!error.record && sessionId !== undefined) state.remove(sessionId);
      return reportFailure(error, args, io, state);
    }
    progress.finish();
    state.remove(outcome.record.sessionId);
    io.err(`Uploaded ${args.positionals[0]} (${formatBytes(outcome.record.fileSize)}) in ${(outcome.elapsedMs / 1000).toFixed(1)} s.`);
    io.out(outcome.handle);
    return EXIT.ok;
  },
};

function appId(args: ParsedArgs, io: Io): string {
  const id = stringOption(args, 'app-id') ?? io.env.FB_APP_ID;
  if (!id) throw new UsageError('No app id: pass --app-id ID or set FB_APP_ID.');
  if (!/^\d+$/.test(id)) throw new UsageError(`The app id "${id}" is not a number; it is the numeric id of your Facebook app.`);
  return id;
}

function recordToResume(state: UploadState, sessionId: string, filePath: string): UploadSessionRecord {
  const record = state.find(sessionId);
  if (!record) throw new UsageError(`No interrupted upload with session id "${sessionId}" is recorded in ${state.path}. Start a new upload instead.`);
  if (resolve(record.filePath) !== filePath) {
    throw new UsageError(`Session "${sessionId}" belongs to ${record.filePath}, not ${filePath}. Name that file to resume it.`);
  }
  return record;
}

function reportFailure(error: UploadError, args: ParsedArgs, io: Io, state: UploadState): number {
  io.err(`fbbatch upload: ${error.message}`);
  if (error.record) {
    state.save(error.record);
    io.err(`To resume it later, run:\n  ${resumeCommand(error.record, args, io)}`);
  }
  if (error.kind === 'cancelled') return EXIT.interrupted;
  return USAGE_KINDS.includes(error.kind) ? EXIT.usage : EXIT.failed;
}

function resumeCommand(record: UploadSessionRecord, args: ParsedArgs, io: Io): string {
  const graphUrl = stringOption(args, 'graph-url') ?? io.env.FB_GRAPH_URL;
  const parts = ['fbbatch', 'upload', shellQuote(args.positionals[0]), '--resume', shellQuote(record.sessionId)];
  if (graphUrl && graphUrl !== DEFAULT_GRAPH_URL) parts.push('--graph-url', shellQuote(graphUrl));
  return parts.join(' ');
}

/** Single-quoted for POSIX shells when it holds anything but safe characters (a session id has `?`). */
function shellQuote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
