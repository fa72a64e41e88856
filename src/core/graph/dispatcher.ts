// Which undici dispatcher carries a request: the caller's own, a proxy agent, or undici's global one.
import { ProxyAgent, type Dispatcher } from 'undici';
import { isLoopbackHost } from './endpoint';
import { GraphConfigError, settingNamesOf, type GraphClientOptions } from './options';
import { proxyLabel } from './proxy';

// One agent per proxy URL, so connections are reused across runs.
const proxyAgents = new Map<string, ProxyAgent>();

function proxyAgent(proxyUrl: string, options: GraphClientOptions): ProxyAgent {
  let agent = proxyAgents.get(proxyUrl);
  if (!agent) {
    const { proxy } = settingNamesOf(options);
    if (!/^https?:\/\//i.test(proxyUrl)) throw new GraphConfigError(`Only http:// and https:// proxies are supported. Fix ${proxy}.`);
    try {
      agent = new ProxyAgent(proxyUrl);
    } catch {
      throw new GraphConfigError(
        `The URL of ${proxyLabel(proxyUrl)} is not valid (a user name or password in it must be percent-encoded). Fix ${proxy} or remove it.`,
      );
    }
    proxyAgents.set(proxyUrl, agent);
  }
  return agent;
}

/** The proxy that requests to `target` go through, if any. Loopback targets (the emulator) never use one. */
export function proxyUrlFor(options: GraphClientOptions, target: URL): string | undefined {
  return !options.dispatcher && options.proxyUrl && !isLoopbackHost(target.hostname) ? options.proxyUrl : undefined;
}

/** Undefined means undici's global dispatcher. Throws a GraphConfigError for a proxy URL that cannot be used. */
export function dispatcherFor(options: GraphClientOptions, target: URL): Dispatcher | undefined {
  if (options.dispatcher) return options.dispatcher;
  const proxyUrl = proxyUrlFor(options, target);
  return proxyUrl ? proxyAgent(proxyUrl, options) : undefined;
}
