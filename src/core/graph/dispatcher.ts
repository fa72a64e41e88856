// Which undici dispatcher carries a request: the caller's own, a proxy agent, or undici's global one.
import { ProxyAgent, type Dispatcher } from 'undici';
import { isLoopbackHost } from './endpoint';
import { GraphConfigError, type GraphClientOptions } from './options';
import { redactSecrets } from './redact';

// One agent per proxy URL, so connections are reused across runs.
const proxyAgents = new Map<string, ProxyAgent>();

function proxyAgent(proxyUrl: string): ProxyAgent {
  let agent = proxyAgents.get(proxyUrl);
  if (!agent) {
    try {
      agent = new ProxyAgent(proxyUrl);
    } catch {
      throw new GraphConfigError(`The proxy setting "${redactSecrets(proxyUrl)}" is not a valid proxy URL. Fix http.proxy or remove it.`);
    }
    proxyAgents.set(proxyUrl, agent);
  }
  return agent;
}

/** Undefined means undici's global dispatcher. Loopback targets (the emulator) never go through a proxy. */
export function dispatcherFor(options: GraphClientOptions, target: URL): Dispatcher | undefined {
  if (options.dispatcher) return options.dispatcher;
  if (options.proxyUrl && !isLoopbackHost(target.hostname)) return proxyAgent(options.proxyUrl);
  return undefined;
}
