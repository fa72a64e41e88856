// Runs the emulator on its own: node --import tsx test/emulator/main.ts [--port N] [--latency MS] ...
// Prints the URL and the test token; stops on Ctrl+C (SIGINT) or SIGTERM.
import { parseArgs } from 'node:util';
import { DEFAULT_APP_ID, DEFAULT_TOKEN, startEmulator, type Faults } from './index';

const USAGE = `Usage: node --import tsx test/emulator/main.ts [options]
  --port N               port on 127.0.0.1 (default 0: a free one)
  --latency MS           per-operation latency in batches
  --delay MS             wait before answering each request
  --timeout-after N      batch operations from index N on answer null
  --transient N          the next N requests answer 503 (is_transient)
  --throttle CODE        throttle every request (4, 17, 32 or 613)
  --upload-bps N         read upload bodies at N bytes per second
  --drop-after BYTES     drop the first upload request's connection after BYTES
  --lose-final           lose the answer of the first completing upload request
  --data-dir DIR         keep upload bytes in DIR
  --help`;

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    console.error(`--${name} needs a non-negative number, got "${value}"`);
    process.exit(2);
  }
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' }, latency: { type: 'string' }, delay: { type: 'string' }, 'timeout-after': { type: 'string' },
      transient: { type: 'string' }, throttle: { type: 'string' }, 'upload-bps': { type: 'string' }, 'drop-after': { type: 'string' },
      'lose-final': { type: 'boolean' }, 'data-dir': { type: 'string' }, help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const faults: Partial<Faults> = {};
  const latency = number(values.latency, 'latency');
  if (latency !== undefined) faults.operationLatencyMs = latency;
  const delay = number(values.delay, 'delay');
  if (delay !== undefined) faults.responseDelayMs = delay;
  const timeoutAfter = number(values['timeout-after'], 'timeout-after');
  if (timeoutAfter !== undefined) faults.batchTimeoutAfter = timeoutAfter;
  const transient = number(values.transient, 'transient');
  if (transient !== undefined) faults.transient5xx = { count: transient, status: 503 };
  const throttle = number(values.throttle, 'throttle');
  if (throttle !== undefined) {
    if (![4, 17, 32, 613].includes(throttle)) {
      console.error('--throttle takes 4, 17, 32 or 613');
      process.exit(2);
    }
    faults.throttle = { code: throttle as 4 | 17 | 32 | 613, scope: 'request' };
  }
  const bps = number(values['upload-bps'], 'upload-bps');
  if (bps !== undefined) faults.uploadBytesPerSecond = bps;
  const dropAfter = number(values['drop-after'], 'drop-after');
  if (dropAfter !== undefined) faults.dropUploadAfterBytes = { bytes: dropAfter };
  if (values['lose-final']) faults.loseFinalUploadResponse = {};

  const emulator = await startEmulator({ port: number(values.port, 'port') ?? 0, faults, dataDir: values['data-dir'] });
  console.log(`Graph API emulator listening on ${emulator.url}`);
  console.log(`  access token: ${DEFAULT_TOKEN}   app id: ${DEFAULT_APP_ID}`);
  console.log('  Ctrl+C stops it.');
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The emulator could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
