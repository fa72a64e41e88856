// relative_url is appended to https://graph.facebook.com/vX.Y/, so a scheme, the host, a leading
// slash or a version in it all end up doubled or wrong on the wire.
import type { OperationModel } from '../../document/model';
import type { Diagnostic } from '../types';
import { diagnostic } from './make';

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;
const GRAPH_HOST = /^(?:\/\/)?graph(?:-video)?\.(?:beta\.)?facebook\.com(?=[/?#]|$)/i;
const GRAPH_URL = /^https?:\/\/graph(?:-video)?\.(?:beta\.)?facebook\.com(?=[/?#]|$)/i;
const VERSION = /^\/?v\d+\.\d+(?:\/|(?=[?#]|$))/;

const EXPLAIN = 'relative_url is relative to https://graph.facebook.com/vX.Y/ (the version comes from "api_version", or else from the fbbatch.apiVersion setting, or --api-version in the CLI)';

export function checkRelativeUrl(operation: OperationModel, out: Diagnostic[]): void {
  const literal = operation.relativeUrl;
  if (literal === undefined) return;
  const url = literal.value;
  const found = classify(url);
  if (found === undefined) return;
  const range = { start: literal.sourceOffset(0), end: literal.sourceOffset(found.length) };
  // The quick fix deletes the prefix; it is offered only when what remains is the same request.
  const data = found.removable ? { data: { prefix: url.slice(0, found.length) } } : {};
  out.push(diagnostic(found.code, range, `${found.message} ${EXPLAIN}: ${example(stripPrefixes(url))}.`, data));
}

/** The path to write instead, without its query string (which may hold values not to repeat). */
function example(rest: string): string {
  const path = rest.split(/[?#]/)[0];
  return path === '' ? 'write just the path, e.g. "me"' : `write "${path}${path.length < rest.length ? '?…' : ''}"`;
}

interface Finding {
  readonly code: 'FB106' | 'FB107' | 'FB108' | 'FB109';
  /** Length of the offending prefix in the decoded URL. */
  readonly length: number;
  readonly message: string;
  readonly removable: boolean;
}

function classify(url: string): Finding | undefined {
  const absolute = ABSOLUTE.exec(url);
  if (absolute) {
    const graph = GRAPH_URL.test(url);
    return {
      code: 'FB106',
      length: prefixLength(url),
      message: graph ? 'This is a full URL, but' : 'This is a full URL to another site, but',
      removable: graph,
    };
  }
  if (GRAPH_HOST.test(url)) return { code: 'FB107', length: prefixLength(url), message: 'Remove the host:', removable: true };
  const version = VERSION.exec(url);
  if (version) return { code: 'FB109', length: version[0].length, message: 'Remove the version:', removable: true };
  if (url.startsWith('/')) return { code: 'FB108', length: leadingSlashes(url), message: 'Remove the leading slash:', removable: true };
  return undefined;
}

/** Length of scheme + host + slashes + version at the start of the URL. */
function prefixLength(url: string): number {
  return url.length - stripPrefixes(url).length;
}

export function stripPrefixes(url: string): string {
  let rest = url.replace(ABSOLUTE, '').replace(GRAPH_HOST, '');
  rest = rest.slice(leadingSlashes(rest));
  const version = VERSION.exec(rest);
  if (version) rest = rest.slice(version[0].length);
  return rest.slice(leadingSlashes(rest));
}

function leadingSlashes(url: string): number {
  let n = 0;
  while (url.charCodeAt(n) === 0x2f) n++;
  return n;
}
