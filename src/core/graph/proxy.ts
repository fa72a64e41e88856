// Which hosts skip the proxy: the no-proxy lists of the environment (NO_PROXY) and of VS Code
// (http.noProxy) read the way curl reads them.

/**
 * Whether `entries` exempt `hostname` from the proxy: "*", the host itself, or a domain of it
 * (written plain, with a leading dot, or as "*.domain"). Case and surrounding blanks do not matter.
 */
export function isExemptFromProxy(hostname: string, entries: readonly string[]): boolean {
  const host = hostname.toLowerCase();
  return entries.some((raw) => {
    const entry = raw.trim().toLowerCase().replace(/^\*?\./, '');
    return entry === '*' || (entry !== '' && (host === entry || host.endsWith(`.${entry}`)));
  });
}

/** A NO_PROXY-style value ("a.example, .b.example") as a list. */
export function noProxyEntries(value: string | undefined): string[] {
  return value ? value.split(',') : [];
}
