// What a subcommand is: its help, its options and what it does (returns the exit code).
import type { OptionSpecs, ParsedArgs } from './args';
import type { Io } from './io';

export interface Command {
  readonly name: string;
  /** One line for the general help. */
  readonly summary: string;
  /** The whole `fbbatch <name> --help` text. */
  readonly help: string;
  readonly options: OptionSpecs;
  run(args: ParsedArgs, io: Io): Promise<number>;
}
