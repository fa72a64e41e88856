// Why a request got no HTTP answer, in plain words: the network, the proxy, a timeout, a cancellation.
import type { SettingNames } from './options';
import { proxyLabel } from './proxy';
import { redactSecrets } from './redact';

/** 'proxy': the proxy refused to carry the request; sending it again will not help. */
export type TransportFailureKind = 'network' | 'timeout' | 'cancelled' | 'proxy';

/** The request got no HTTP answer at all. Message and advice are plain words, already redacted. */
export class GraphTransportError extends Error {
  override readonly name = 'GraphTransportError';
  constructor(
    readonly kind: TransportFailureKind,
    message: string,
    readonly advice: string,
  ) {
    super(message);
  }
}

const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'the connection was refused (nothing is listening there)',
  ENOTFOUND: 'the host name could not be found',
  EAI_AGAIN: 'the host name could not be looked up right now',
  ECONNRESET: 'the connection was closed before the answer arrived',
  UND_ERR_SOCKET: 'the connection was closed before the answer arrived',
  EPIPE: 'the connection was closed while sending',
  ETIMEDOUT: 'the connection attempt timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection attempt timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate is not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate is not trusted',
};

/** Failures of opening a connection: with a proxy in between, the proxy is what could not be reached. */
const CONNECT_CODES: readonly string[] = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH'];

// undici's ProxyAgent says that a proxy refused the tunnel only in its message.
const PROXY_REFUSAL = /^Proxy response \((\d{3})\) !== 200 when HTTP Tunneling/;

/** The first of `error` and its causes (a few levels deep) that `pick` finds something in. */
export function inCauses<T>(error: unknown, pick: (e: Error) => T | undefined): T | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const found = pick(e);
    if (found !== undefined) return found;
  }
  return undefined;
}

function proxyRefused(status: string, proxyUrl: string, target: URL, names: SettingNames): GraphTransportError {
  const proxy = proxyLabel(proxyUrl);
  if (status !== '407') {
    return new GraphTransportError(
      'proxy',
      `${capitalized(proxy)} refused to connect to the Graph API at ${target.host} (HTTP ${status}).`,
      `Check ${names.proxy}, or ask whoever runs the proxy to let ${target.host} through.`,
    );
  }
  const hasCredentials = URL.canParse(proxyUrl) && new URL(proxyUrl).username !== '';
  return new GraphTransportError(
    'proxy',
    hasCredentials
      ? `${capitalized(proxy)} did not accept the user name and password in its URL (HTTP 407).`
      : `${capitalized(proxy)} wants a user name and password (HTTP 407).`,
    `Give them in ${names.proxy}, as http://user:password@host:port (percent-encode special characters).`,
  );
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** `proxyUrl`: the proxy the request went through, if any. */
export function networkFailure(error: unknown, target: URL, proxyUrl: string | undefined, secrets: readonly string[] | undefined, names: SettingNames): GraphTransportError {
  const refusal = proxyUrl === undefined ? undefined : inCauses(error, (e) => PROXY_REFUSAL.exec(e.message)?.[1]);
  if (proxyUrl !== undefined && refusal !== undefined) return proxyRefused(refusal, proxyUrl, target, names);
  const code = inCauses(error, (e) => {
    const value = (e as { code?: unknown }).code;
    return typeof value === 'string' && value in NETWORK_REASONS ? value : undefined;
  });
  const reason = code ? NETWORK_REASONS[code] : redactSecrets(error instanceof Error ? error.message : String(error), secrets);
  const unreachable = proxyUrl !== undefined && code !== undefined && CONNECT_CODES.includes(code) ? proxyLabel(proxyUrl) : `the Graph API at ${target.host}`;
  return new GraphTransportError(
    'network',
    `Could not reach ${unreachable}: ${reason}.`,
    `Check the network connection, ${names.proxy} and ${names.graphUrl}, then try again.`,
  );
}
