// Argument parsing on node's own util.parseArgs, with mistakes turned into plain-words usage errors.
import { parseArgs } from 'node:util';

export type OptionSpecs = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Options every command takes. */
export const COMMON_OPTIONS: OptionSpecs = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
};

export function parseCommandArgs(argv: readonly string[], options: OptionSpecs, command: string): ParsedArgs {
  try {
    const parsed = parseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return { positionals: parsed.positionals, values: parsed.values };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('. To specify')[0] : String(error);
    throw new UsageError(`${message.replace(/\.$/, '')}. See "fbbatch ${command} --help".`);
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** A number option within [min, max]; undefined when absent. */
export function numberOption(args: ParsedArgs, name: string, min: number, max: number, integer = false): number | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (got "${text}").`);
  }
  return value;
}

export function oneOf<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const text = stringOption(args, name);
  if (text === undefined) return fallback;
  const found = allowed.find((a) => a === text);
  if (found === undefined) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${text}").`);
  return found;
}
