// How to reach the Graph API: base URL, version, timeout and (optionally) the HTTP dispatcher.
import type { Dispatcher } from 'undici';

export interface GraphClientOptions {
  /** e.g. `https://graph.facebook.com` (or the local emulator on loopback). */
  readonly graphUrl: string;
  /** e.g. `v24.0`. */
  readonly apiVersion: string;
  /** Limit for one whole HTTP request (sending, waiting and reading the answer). */
  readonly timeoutMs: number;
  /** Tests and hosts may pass their own; otherwise a proxy agent (proxyUrl) or undici's global one. */
  readonly dispatcher?: Dispatcher;
  /** An HTTP(S) proxy such as VS Code's `http.proxy`. */
  readonly proxyUrl?: string;
  readonly userAgent?: string;
  /** What messages call the places to fix things (default: the extension's settings). */
  readonly settingNames?: SettingNames;
}

/**
 * Where a user of this host changes each value a message may tell them to fix: a setting in the
 * editor, an option or environment variable in a terminal. Each reads as a noun in a sentence.
 */
export interface SettingNames {
  readonly graphUrl: string;
  readonly timeout: string;
  readonly proxy: string;
  readonly appId: string;
}

export const EDITOR_SETTING_NAMES: SettingNames = {
  graphUrl: 'the fbbatch.graphApiUrl setting',
  timeout: 'the fbbatch.timeoutSeconds setting',
  proxy: 'the proxy setting (http.proxy, or HTTPS_PROXY)',
  appId: 'the fbbatch.appId setting',
};

export function settingNamesOf(client: GraphClientOptions | undefined): SettingNames {
  return client?.settingNames ?? EDITOR_SETTING_NAMES;
}

export const API_VERSION_PATTERN = /^v\d+\.\d+$/;

export class GraphConfigError extends Error {
  override readonly name = 'GraphConfigError';
}

const SLASH = 0x2f;

/**
 * `{graphUrl}/{version}/{path}`. The path is appended as given (already encoded): an upload
 * session id such as `upload:abc?sig=xyz` carries a real query string that must stay as it is.
 */
export function buildGraphUrl(graphUrl: string, apiVersion: string, path = ''): string {
  if (!API_VERSION_PATTERN.test(apiVersion)) {
    throw new GraphConfigError(`"${apiVersion}" is not a Graph API version. Use the form v24.0.`);
  }
  let end = graphUrl.length;
  while (end > 0 && graphUrl.charCodeAt(end - 1) === SLASH) end--;
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === SLASH) start++;
  return `${graphUrl.slice(0, end)}/${apiVersion}/${path.slice(start)}`;
}
