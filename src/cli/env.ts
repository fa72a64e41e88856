// What the CLI takes from the environment and shared options: tokens and how to reach the Graph API.
import { API_VERSION_PATTERN, checkEndpoint, dispatcherFor, GraphConfigError, proxyFor, type GraphClientOptions, type SettingNames } from '../core/graph';
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
  proxy: 'HTTPS_PROXY',
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
  const apiVersion = stringOption(args, 'api-version') ?? DEFAULT_API_VERSION;
  if (!API_VERSION_PATTERN.test(apiVersion)) throw new UsageError(`--api-version "${apiVersion}" is not a Graph API version. Use the form v24.0.`);
  const timeoutSeconds = numberOption(args, 'timeout', 1, 3600) ?? DEFAULT_TIMEOUT_SECONDS;
  try {
    const endpoint = checkEndpoint(graphUrl, CLI_SETTING_NAMES);
    const client: GraphClientOptions = {
      graphUrl,
      apiVersion,
      timeoutMs: Math.round(timeoutSeconds * 1000),
      proxyUrl: proxyFor(endpoint.hostname, { env }),
      userAgent: 'fbbatch-cli',
      settingNames: CLI_SETTING_NAMES,
    };
    dispatcherFor(client, endpoint); // a proxy URL that cannot be used is a usage error before anything is read or sent
    return client;
  } catch (error) {
    if (!(error instanceof GraphConfigError)) throw error;
    throw new UsageError(error.message);
  }
}
