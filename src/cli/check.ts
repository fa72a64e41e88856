// fbbatch check <file|dir|glob>...: the editor's validation, for CI.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/language/types';
import { oneOf, stringOption, UsageError } from './args';
import type { Command } from './command';
import { countSummary, diagnosticLines, diagnosticsJson, type FileDiagnostics } from './diagnostics-format';
import { describeFsError, displayPath, expandInputs } from './files';
import { EXIT } from './io';
import { hasErrors, validateText } from './validate';

export const checkCommand: Command = {
  name: 'check',
  summary: 'validate .fbbatch files exactly as the editor does',
  help: `Usage: fbbatch check [options] <file|directory|glob>...

Validates .fbbatch files with the same rules as the editor and prints one line per problem:
  path:line:col: severity code: message

A directory means every .fbbatch file below it; a glob (quote it) may use *, ? and **.
Hidden folders and node_modules are skipped.

Options:
  --format text|json   output format (default text). json prints an array of
                       {"file", "diagnostics": [{"code","severity","message","range"}]}
                       with 0-based line/character positions, as in LSP.
  --root DIR           attachments outside DIR are flagged (default: the current directory)
  -h, --help           show this help

Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 usage error or unreadable file.`,
  options: {
    format: { type: 'string' },
    root: { type: 'string' },
  },
  async run(args, io) {
    const format = oneOf(args, 'format', ['text', 'json'], 'text');
    if (args.positionals.length === 0) throw new UsageError('Name at least one .fbbatch file, directory or glob. See "fbbatch check --help".');
    const root = resolve(io.cwd, stringOption(args, 'root') ?? '.');
    const expanded = expandInputs(args.positionals, io.cwd);
    const { files } = expanded;
    const problems = [...expanded.problems];
    const reports: FileDiagnostics[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (error) {
        problems.push(`${displayPath(file, io.cwd)}: cannot read the file (${describeFsError(error)})`);
        continue;
      }
      const { diagnostics } = validateText(text, file, root, io.env);
      reports.push({ file: displayPath(file, io.cwd), text, diagnostics });
    }
    if (format === 'json') io.out(JSON.stringify(reports.map(diagnosticsJson), null, 2));
    else for (const report of reports) for (const line of diagnosticLines(report)) io.out(line);
    for (const problem of problems) io.err(`fbbatch check: ${problem}`);
    const all: Diagnostic[] = reports.flatMap((r) => [...r.diagnostics]);
    if (format === 'text') io.err(`Checked ${reports.length} file${reports.length === 1 ? '' : 's'}: ${countSummary(all)}.`);
    if (problems.length > 0) return EXIT.usage;
    return hasErrors(all) ? EXIT.failed : EXIT.ok;
  },
};
