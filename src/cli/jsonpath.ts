// fbbatch jsonpath '<expr>' [file.json]: try a {result=NAME:JSONPATH} path on a JSON document.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateJsonPath, parseJsonPath } from '../core/document/jsonpath';
import { UsageError } from './args';
import type { Command } from './command';
import { describeFsError } from './files';
import { EXIT, type Io } from './io';

export const jsonpathCommand: Command = {
  name: 'jsonpath',
  summary: 'evaluate a batch-reference JSONPath against a JSON document',
  help: `Usage: fbbatch jsonpath [options] '<expression>' [file.json]

Evaluates a JSONPath as {result=NAME:JSONPATH} references use it (e.g. $.data.*.id) against a
JSON document (standard input when no file is named) and prints the matched values as a JSON array.
Quote the expression so the shell leaves $ and * alone.

Options:
  -h, --help   show this help

Exit codes: 0 evaluated (an empty array when nothing matches), 1 the expression is invalid or
not allowed in batch references (the error is shown with a caret under its column),
2 usage error, unreadable file or input that is not JSON.`,
  options: {},
  async run(args, io) {
    if (args.positionals.length < 1 || args.positionals.length > 2) {
      throw new UsageError('Give a JSONPath expression and at most one JSON file. See "fbbatch jsonpath --help".');
    }
    const [expression, file] = args.positionals;
    if (file === undefined && io.stdinIsTTY) throw new UsageError('Name a JSON file, or pipe JSON into standard input.');
    const parsed = parseJsonPath(expression);
    if (!parsed.ok) {
      const column = parsed.error.offset + 1;
      io.err(`fbbatch jsonpath: invalid expression at column ${column}: ${parsed.error.message}`);
      io.err(`  ${expression}`);
      io.err(`  ${' '.repeat(parsed.error.offset)}${'^'.repeat(Math.max(1, parsed.error.length))}`);
      return EXIT.failed;
    }
    const document = await readJson(file, io);
    if (document === undefined) return io.signal.aborted ? EXIT.interrupted : EXIT.usage;
    io.out(JSON.stringify(evaluateJsonPath(parsed.path, document.value), null, 2));
    return EXIT.ok;
  },
};

async function readJson(file: string | undefined, io: Io): Promise<{ value: unknown } | undefined> {
  const source = file ?? 'standard input';
  let text: string;
  try {
    text = file === undefined ? await io.readStdin() : readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    if (io.signal.aborted) return undefined;
    io.err(`fbbatch jsonpath: cannot read ${source} (${describeFsError(error)}).`);
    return undefined;
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`fbbatch jsonpath: ${source} is not valid JSON (${reason}).`);
    return undefined;
  }
}
