// The undici files undici-subset.ts loads: each one's module.exports is the value undici's index
// exports under the name given here.
declare module 'undici/lib/dispatcher/dispatcher' {
  const Dispatcher: typeof import('undici').Dispatcher;
  export default Dispatcher;
}
declare module 'undici/lib/api' {
  const api: object; // request, stream, pipeline, upgrade, connect: the dispatcher's methods
  export default api;
}
declare module 'undici/lib/dispatcher/proxy-agent' {
  const ProxyAgent: typeof import('undici').ProxyAgent;
  export default ProxyAgent;
}
declare module 'undici/lib/global' {
  const global: Pick<typeof import('undici'), 'getGlobalDispatcher'>;
  export default global;
}
declare module 'undici/lib/core/util' {
  const util: typeof import('undici').util;
  export default util;
}
