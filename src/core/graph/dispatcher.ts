// Which undici dispatcher carries a request: the caller's own, a proxy agent, or undici's global one.
import { ProxyAgent, type Dispatcher } from 'undici';
import { isLoopbackHost } from './endpoint';
import { GraphConfigError, settingNamesOf, type GraphClientOptions } from './options';
import { redactSecrets } from './redact';

// One agent per proxy URL, so connections are reused across runs.
const proxyAgents = new Map<string, ProxyAgent>();

function proxyAgent(proxyUrl: string, options: GraphClientOptions): ProxyAgent {
  let agent = proxyAgents.get(proxyUrl);
  if (!agent) {
    try {
      agent = new ProxyAgent(proxyUrl);
    } catch {
      const { proxy } = settingNamesOf(options);
      throw new GraphConfigError(`The proxy "${redactSecrets(proxyUrl)}" is not a valid proxy URL. Fix ${proxy} or remove it.`);
    }
    proxyAgents.set(proxyUrl, agent);
  }
  return agent;
}

/** Undefined means undici's global dispatcher. Loopback targets (the emulator) never go through a proxy. */
export function dispatcherFor(options: GraphClientOptions, target: URL): Dispatcher | undefined {
  if (options.dispatcher) return options.dispatcher;
  if (options.proxyUrl && !isLoopbackHost(target.hostname)) return proxyAgent(options.proxyUrl, options);
  return undefined;
}
