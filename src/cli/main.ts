// The fbbatch command line: argument dispatch, exit codes, Ctrl+C and plain-words errors.
// undici's llhttp WASM tiers up to optimised code, which spikes RSS by ~30 MB; baseline (Liftoff) code parses HTTP fast enough.
// Must run before the first connection compiles the parser (undici compiles it lazily, so before main() is early enough).
import { setFlagsFromString } from 'node:v8';
setFlagsFromString('--liftoff-only');
import { version } from '../../package.json';
import { BatchInputError } from '../core/batch';
import { GraphConfigError } from '../core/graph';
import { flag, parseCommandArgs, UsageError } from './args';
import { checkCommand } from './check';
import type { Command } from './command';
import { EXIT, processIo, type Io } from './io';
import { jsonpathCommand } from './jsonpath';
import { runCommand } from './run';
import { uploadCommand } from './upload';

const COMMANDS: readonly Command[] = [checkCommand, runCommand, uploadCommand, jsonpathCommand];

const GENERAL_HELP = `fbbatch ${version}: Graph API batch files and resumable uploads from a terminal

Usage: fbbatch <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Options:
  -h, --help     show help (also "fbbatch <command> --help")
  -v, --version  show the version
  --debug        show internal details (stack traces) of unexpected errors`;

async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    (name === undefined ? io.err : io.out)(topic?.help ?? GENERAL_HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`"${name}" is not an fbbatch command. Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See "fbbatch --help".`);
  const args = parseCommandArgs(rest, command.options, command.name);
  if (flag(args, 'help')) {
    io.out(command.help);
    return EXIT.ok;
  }
  return command.run(args, io);
}

function describeFailure(error: unknown, debug: boolean): { message: string; code: number } {
  if (error instanceof UsageError || error instanceof BatchInputError || error instanceof GraphConfigError) {
    return { message: error.message, code: EXIT.usage };
  }
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  const hint = debug ? '' : ' (run again with --debug for details)';
  return { message: `Something went wrong: ${detail}${hint}`, code: EXIT.failed };
}

function start(): void {
  const argv = process.argv.slice(2);
  const debug = argv.includes('--debug');
  const controller = new AbortController();
  process.on('SIGINT', () => {
    // A second Ctrl+C leaves at once; the first lets requests in flight be cancelled cleanly.
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    process.stderr.write('\nInterrupted: cancelling requests in flight (press Ctrl+C again to quit at once).\n');
    controller.abort();
  });
  const io = processIo(controller.signal);
  main(argv, io)
    .catch((error: unknown) => {
      // After Ctrl+C, whatever broke off was cancelled on purpose: the message is already out.
      if (controller.signal.aborted && !debug) return EXIT.interrupted;
      const { message, code } = describeFailure(error, debug);
      io.err(`fbbatch: ${message}`); // io redacts every token the environment holds
      return controller.signal.aborted ? EXIT.interrupted : code;
    })
    .then((code) => {
      // Exit as soon as the output is flushed: idle keep-alive connections must not hold the process.
      process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
    });
}

start();
