// Which files `fbbatch check` looks at: plain paths, directories (every .fbbatch below) and simple
// globs (`*`, `?`, `**`) matched over a directory walk (node 20 has no fs.glob).
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

const BATCH_EXTENSION = '.fbbatch';
const GLOB_CHARS = /[*?]/;
/** Folders a walk never enters: dependencies, VCS data and other hidden folders. */
const SKIPPED_DIRS = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

export interface ExpandedInputs {
  /** Absolute paths, in argument order, each once. */
  readonly files: readonly string[];
  /** Plain-words problems, e.g. a path that does not exist or a glob that matches nothing. */
  readonly problems: readonly string[];
}

export function expandInputs(inputs: readonly string[], cwd: string): ExpandedInputs {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const input of inputs) {
    const found = GLOB_CHARS.test(input) ? expandGlob(input, cwd) : expandPath(input, cwd);
    if (typeof found === 'string') problems.push(found);
    else if (found.length === 0) problems.push(`${input}: no .fbbatch files found`);
    else for (const file of found) files.add(file);
  }
  return { files: [...files], problems };
}

/** How a path is shown: relative to the working directory when inside it. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
}

function expandPath(input: string, cwd: string): string[] | string {
  const absolute = resolve(cwd, input);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    return `${input}: no such file or directory`;
  }
  return isDirectory ? walk(absolute, Infinity).filter(isBatchFile) : [absolute];
}

function expandGlob(pattern: string, cwd: string): string[] {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
  const base = resolve(cwd, segments.slice(0, firstGlob).join('/') || '.');
  const rest = segments.slice(firstGlob);
  const depth = rest.includes('**') ? Infinity : rest.length;
  const matcher = globToRegExp(rest.join('/'));
  return walk(base, depth).filter((file) => isBatchFile(file) && matcher.test(relative(base, file).split(sep).join('/')));
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        source += '(?:.*/)?'; // `**/` also matches no folder at all
      } else {
        source += '.*';
      }
    } else if (c === '*') {
      source += '[^/]*';
    } else if (c === '?') {
      source += '[^/]';
    } else {
      source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

function isBatchFile(path: string): boolean {
  return path.toLowerCase().endsWith(BATCH_EXTENSION);
}

/** Files below `dir`, at most `depth` levels down (1 = only `dir` itself), sorted for stable output. */
function walk(dir: string, depth: number): string[] {
  if (depth < 1) return [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS(entry.name) ? [] : walk(path, depth - 1);
    return entry.isFile() ? [path] : [];
  });
}

/** Why a file could not be read, in plain words. */
export function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}
