// What the CLI takes from the environment and shared options: tokens and how to reach the Graph API.
import { API_VERSION_PATTERN, checkEndpoint, GraphConfigError, isExemptFromProxy, noProxyEntries, type GraphClientOptions, type SettingNames } from '../core/graph';
import { numberOption, stringOption, UsageError, type OptionSpecs, type ParsedArgs } from './args';

type Env = Readonly<Record<string, string | undefined>>;

const NAMED_TOKEN_PREFIX = 'FB_TOKEN_';
export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com';
export const DEFAULT_API_VERSION = 'v24.0';
const DEFAULT_TIMEOUT_SECONDS = 60;

/** What the core's messages tell a terminal user to change (the editor names its settings). */
export const CLI_SETTING_NAMES: SettingNames = {
  graphUrl: '--graph-url (or FB_GRAPH_URL)',
  timeout: '--timeout',
  proxy: 'HTTPS_PROXY (and NO_PROXY)',
  appId: '--app-id (or FB_APP_ID)',
};

/** Options of the commands that talk to the Graph API. */
export const GRAPH_OPTIONS: OptionSpecs = {
  'graph-url': { type: 'string' },
  'api-version': { type: 'string' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
};

/** `{{token:my-page}}` is read from FB_TOKEN_MY_PAGE. */
export function tokenEnvName(name: string): string {
  return NAMED_TOKEN_PREFIX + name.toUpperCase().replace(/[-.]/g, '_');
}

/** Names of the FB_TOKEN_* variables that are set, lower-cased (`FB_TOKEN_PAGE` → `page`). */
export function namedTokenNames(env: Env): string[] {
  return Object.keys(env)
    .filter((key) => key.startsWith(NAMED_TOKEN_PREFIX) && key.length > NAMED_TOKEN_PREFIX.length && env[key])
    .map((key) => key.slice(NAMED_TOKEN_PREFIX.length).toLowerCase());
}

export function namedToken(env: Env, name: string): string | undefined {
  return env[tokenEnvName(name)] || undefined;
}

/** Every token value the environment holds: removed from anything the CLI prints. */
export function secretsFromEnv(env: Env): string[] {
  return Object.entries(env)
    .filter(([key, value]) => (key === 'FB_ACCESS_TOKEN' || key.startsWith(NAMED_TOKEN_PREFIX)) && value)
    .map(([, value]) => value as string);
}

export function accessToken(env: Env): string {
  const token = env.FB_ACCESS_TOKEN;
  if (!token) throw new UsageError('No access token: set the FB_ACCESS_TOKEN environment variable (never pass a token as an argument).');
  return token;
}

export function retriesOption(args: ParsedArgs, fallback: number): number {
  return numberOption(args, 'retries', 0, 20, true) ?? fallback;
}

export function clientOptions(args: ParsedArgs, env: Env): GraphClientOptions {
  const graphUrl = stringOption(args, 'graph-url') ?? (env.FB_GRAPH_URL || DEFAULT_GRAPH_URL);
  let endpoint: URL;
  try {
    endpoint = checkEndpoint(graphUrl, CLI_SETTING_NAMES);
  } catch (error) {
    if (!(error instanceof GraphConfigError)) throw error;
    throw new UsageError(error.message);
  }
  const apiVersion = stringOption(args, 'api-version') ?? DEFAULT_API_VERSION;
  if (!API_VERSION_PATTERN.test(apiVersion)) throw new UsageError(`--api-version "${apiVersion}" is not a Graph API version. Use the form v24.0.`);
  const timeoutSeconds = numberOption(args, 'timeout', 1, 3600) ?? DEFAULT_TIMEOUT_SECONDS;
  return {
    graphUrl,
    apiVersion,
    timeoutMs: Math.round(timeoutSeconds * 1000),
    proxyUrl: proxyFor(endpoint.hostname, env),
    userAgent: 'fbbatch-cli',
    settingNames: CLI_SETTING_NAMES,
  };
}

/**
 * The proxy the way curl and most tools read it: https_proxy or HTTPS_PROXY (only HTTPS carries a
 * token off this machine; `host:port` means http://host:port), unless no_proxy / NO_PROXY exempts the host.
 */
export function proxyFor(hostname: string, env: Env): string | undefined {
  const setting = env.https_proxy || env.HTTPS_PROXY;
  if (!setting || isExemptFromProxy(hostname, noProxyEntries(env.no_proxy || env.NO_PROXY))) return undefined;
  const proxy = setting.includes('://') ? setting : `http://${setting}`;
  if (!/^https?:\/\//i.test(proxy) || !URL.canParse(proxy)) {
    throw new UsageError('HTTPS_PROXY is not a proxy URL (e.g. http://proxy.example:3128). Fix it or unset it.');
  }
  return proxy;
}
