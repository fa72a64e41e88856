// Which proxy a request to the Graph API goes through: a configured one (VS Code's http.proxy) or
// the environment's (https_proxy / HTTPS_PROXY), unless a no-proxy list exempts the host.
import { BlockList, isIP } from 'node:net';

type Env = Readonly<Record<string, string | undefined>>;

export interface ProxySources {
  /** A proxy the host configures itself (VS Code's http.proxy); the environment's when empty. */
  readonly configured?: string;
  /** The host's own exemptions (VS Code's http.noProxy), beside no_proxy / NO_PROXY. */
  readonly noProxy?: readonly string[];
  readonly env: Env;
}

/**
 * The proxy for requests to `hostname`, or undefined for none. `host:port` is read as
 * http://host:port; whether the URL is usable is checked when the connection is made (dispatcher.ts).
 */
export function proxyFor(hostname: string, sources: ProxySources): string | undefined {
  const value = (sources.configured || sources.env.https_proxy || sources.env.HTTPS_PROXY || '').trim();
  if (!value) return undefined;
  const exemptions = [...(sources.noProxy ?? []), ...noProxyEntries(sources.env.no_proxy || sources.env.NO_PROXY)];
  if (isExemptFromProxy(hostname, exemptions)) return undefined;
  return value.includes('://') ? value : `http://${value}`;
}

/** The proxy as a message may show it: its host, never the user name or password a URL may hold. */
export function proxyLabel(proxyUrl: string): string {
  return URL.canParse(proxyUrl) ? `the proxy at ${new URL(proxyUrl).host}` : 'the proxy';
}

/** A NO_PROXY value ("a.example, .b.example localhost") as a list. */
export function noProxyEntries(value: string | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/**
 * Whether `entries` exempt `hostname`: "*", the host itself, a domain of it (plain, with a leading
 * dot, or as "*.domain"), or for an IP address a range that holds it ("10.0.0.0/8", "fd00::/8").
 * Case, a port, IPv6 brackets and a trailing dot do not matter.
 */
export function isExemptFromProxy(hostname: string, entries: readonly string[]): boolean {
  const host = bareHost(hostname);
  return entries.some((raw) => {
    const entry = bareHost(raw.trim().replace(/^\*?\./, ''));
    return entry === '*' || (entry !== '' && (host === entry || host.endsWith(`.${entry}`) || inAddressRange(host, entry)));
  });
}

/** Whether `host`, an IP address, lies in `entry`, a range in CIDR notation; false for anything else. */
function inAddressRange(host: string, entry: string): boolean {
  const slash = entry.indexOf('/');
  if (slash < 0) return false;
  const network = entry.slice(0, slash);
  const bits = entry.slice(slash + 1);
  const family = isIP(network);
  if (family === 0 || isIP(host) !== family || !/^\d{1,3}$/.test(bits) || Number(bits) > (family === 4 ? 32 : 128)) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  const range = new BlockList();
  range.addSubnet(network, Number(bits), type);
  return range.check(host, type);
}

/** Lower case, without IPv6 brackets, a port or a trailing dot. */
function bareHost(text: string): string {
  const host = text.toLowerCase();
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1];
  // One colon is a port; more make it an IPv6 address without brackets.
  const unported = host.indexOf(':') === host.lastIndexOf(':') ? host.replace(/:\d*$/, '') : host;
  return unported.replace(/\.$/, '');
}
