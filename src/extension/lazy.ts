// Bundles the extension loads on first use rather than at activation (dist/network.js,
// dist/language.js), so activating stays quick.
import * as path from 'node:path';

/** A loader for `dist/<file>`: the first call requires it, later calls return the same module. */
export function lazyBundle<T>(file: string): () => T {
  let loaded: T | undefined;
  // A computed path keeps esbuild from inlining the module into the activation bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return () => (loaded ??= require(path.join(__dirname, file)) as T);
}
