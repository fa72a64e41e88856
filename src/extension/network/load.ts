// The HTTP stack (undici, the batch runner, the upload client) is bundled apart, as dist/network.js,
// and loaded on the first run or upload, so that opening a .fbbatch file stays light.
import * as path from 'node:path';
import type * as Network from './entry';

export type NetworkModule = typeof Network;

let loaded: NetworkModule | undefined;

export function loadNetwork(): NetworkModule {
  // A computed path keeps esbuild from inlining the module into the activation bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'network.js')) as NetworkModule;
  return loaded;
}
