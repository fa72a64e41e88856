// What the product's bundles get for `import … from 'undici'` (esbuild.mjs points the import here).
// undici's index loads the whole package (fetch, WebSocket, caches, mocks, interceptors), and that
// was about 40 ms of every CLI command that reaches the network, for the three values src/ takes
// from it. These are the package's own objects, loaded from its files (typed in undici-lib.d.ts);
// the one thing the index does to them is repeated here. test/unit/graph/undici-subset.test.ts
// checks that every value src/ imports is here and is the package's own.
import api from 'undici/lib/api';
import undiciUtil from 'undici/lib/core/util';
import Dispatcher from 'undici/lib/dispatcher/dispatcher';
import ProxyAgent from 'undici/lib/dispatcher/proxy-agent';
import undiciGlobal from 'undici/lib/global';

// The index completes the dispatcher's prototype with request/stream/pipeline/upgrade/connect;
// the proxy agent opens its tunnel with connect().
Object.assign(Dispatcher.prototype, api);

export { ProxyAgent };
export const { getGlobalDispatcher } = undiciGlobal;
export const util = { headerNameToString: undiciUtil.headerNameToString };
