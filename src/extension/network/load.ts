// The HTTP stack (undici, the batch runner, the upload client) is bundled apart, as dist/network.js,
// and loaded on the first run or upload, so that opening a .fbbatch file stays light.
import { lazyBundle } from '../lazy';
import type * as Network from './entry';

export type NetworkModule = typeof Network;

export const loadNetwork = lazyBundle<NetworkModule>('network.js');
