// Where a token may be sent: only over HTTPS, or plain HTTP to this machine (the emulator).
import { isIP } from 'node:net';
import { EDITOR_SETTING_NAMES, GraphConfigError, type SettingNames } from './options';

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1'; // URL parsing has already normalised other spellings of it
}

// A run checks the same few URLs (base and batch endpoint) for each request; answers are kept (a URL that passed stays valid).
const checked = new Map<string, URL>();
const MAX_CHECKED = 16;

/**
 * Throws a GraphConfigError (in plain words) unless the base URL is safe to send a token to.
 * The URL returned may be shared between calls: read it, do not change it. `names`: the host's, for the message.
 */
export function checkEndpoint(graphUrl: string, names: SettingNames = EDITOR_SETTING_NAMES): URL {
  let url = checked.get(graphUrl);
  if (!url) {
    url = parseSafeEndpoint(graphUrl, names);
    if (checked.size >= MAX_CHECKED) checked.clear();
    checked.set(graphUrl, url);
  }
  return url;
}

function parseSafeEndpoint(graphUrl: string, names: SettingNames): URL {
  let url: URL;
  try {
    url = new URL(graphUrl);
  } catch {
    throw new GraphConfigError(`The Graph API URL "${graphUrl}" is not a valid URL. Set ${names.graphUrl} to e.g. https://graph.facebook.com.`);
  }
  if (url.username || url.password) {
    throw new GraphConfigError(`The Graph API URL must not contain a user name or password. Remove them from ${names.graphUrl}.`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return url;
    throw new GraphConfigError(
      `Refusing to send an access token over plain HTTP to ${url.host}. Use an https:// URL (plain http is allowed only for this machine, e.g. http://127.0.0.1).`,
    );
  }
  throw new GraphConfigError(`The Graph API URL must start with https:// (got ${url.protocol}). Fix ${names.graphUrl}.`);
}
