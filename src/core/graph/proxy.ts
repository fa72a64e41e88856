// Which proxy a request to the Graph API goes through: a configured one (VS Code's http.proxy) or
// the environment's (https_proxy / HTTPS_PROXY), unless a no-proxy list exempts the host.

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
 * Whether `entries` exempt `hostname`: "*", the host itself, or a domain of it (plain, with a
 * leading dot, or as "*.domain"). Case, a port, IPv6 brackets and a trailing dot do not matter.
 * Address ranges (CIDR) are not read.
 */
export function isExemptFromProxy(hostname: string, entries: readonly string[]): boolean {
  const host = bareHost(hostname);
  return entries.some((raw) => {
    const entry = bareHost(raw.trim().replace(/^\*?\./, ''));
    return entry === '*' || (entry !== '' && (host === entry || host.endsWith(`.${entry}`)));
  });
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
