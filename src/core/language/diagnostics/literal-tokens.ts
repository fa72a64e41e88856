// Finds access tokens written literally in a batch file: access_token=... in a relative_url or
// body, an "access_token" member of a body object, an Authorization header, and anything that
// looks like a Facebook user/page token (EAA...), comments included. Shared by the warning and
// the quick fix that moves the token into secret storage.
import type { BatchDocument, OperationModel, StringLiteral } from '../../document/model';
import type { Node as JsonNode } from 'jsonc-parser';
import { findProperty, propertiesOf } from '../../document/properties';
import { stringLiteralOf } from '../../document/string-literal';
import type { OffsetRange } from '../../text';

export interface LiteralToken {
  /** The token's characters in the source. */
  readonly range: OffsetRange;
  /** The token as decoded; never put it in a title, message or log. */
  readonly token: string;
}

const QUERY_TOKEN = /(?:^|[?&])access_token=([^&#]*)/g;
const FORM_TOKEN = /(?:^|&)access_token=([^&]*)/g;
const AUTH_HEADER = /^\s*authorization\s*:\s*(?:oauth|bearer)\s+(\S+)/i;
export const FACEBOOK_TOKEN = /EAA[A-Za-z0-9]{20,}/g;
/** A value that is already a placeholder or a reference is not a literal token. */
const NOT_LITERAL = /^(?:\{\{token:|\{result=|%7B)/i;

export function findLiteralTokens(doc: BatchDocument): LiteralToken[] {
  const found: LiteralToken[] = [];
  for (const operation of doc.operations) collectFromOperation(doc.text, operation, found);
  found.sort((a, b) => a.range.start - b.range.start);
  // Tokens that match no key or header pattern (elsewhere in a string, or in a comment).
  const merged: LiteralToken[] = [];
  let k = 0;
  for (const match of doc.text.matchAll(FACEBOOK_TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    while (k < found.length && found[k].range.end <= start) merged.push(found[k++]);
    if (k < found.length && found[k].range.start < end) continue;
    merged.push({ range: { start, end }, token: match[0] });
  }
  while (k < found.length) merged.push(found[k++]);
  return merged;
}

// Literals are only built for strings that can hold a token: this runs on every keystroke.
function collectFromOperation(text: string, operation: OperationModel, out: LiteralToken[]): void {
  if (operation.relativeUrl !== undefined) collectMatches(operation.relativeUrl, QUERY_TOKEN, out);
  const body = operation.body?.value;
  if (body?.type === 'string' && mayHold(body, namesAccessToken)) {
    const literal = stringLiteralOf(text, body);
    if (literal !== undefined) collectMatches(literal, FORM_TOKEN, out);
  } else if (body?.type === 'object') {
    for (const member of propertiesOf(body)) {
      if (member.key !== 'access_token') continue;
      const literal = stringLiteralOf(text, member.value);
      if (literal !== undefined) push(literal, 0, literal.value, out);
    }
  }
  const headers = findProperty(operation.properties, 'headers')?.value;
  for (const header of headers?.type === 'array' ? (headers.children ?? []) : []) {
    if (!mayHold(header, isAuthorizationHeader)) continue;
    const literal = stringLiteralOf(text, header);
    const match = literal === undefined ? null : AUTH_HEADER.exec(literal.value);
    if (literal !== undefined && match !== null) push(literal, match[0].length - match[1].length, match[1], out);
  }
}

// Named functions, not arrows at the call: this loop runs for every operation on every keystroke.
const namesAccessToken = (value: string): boolean => value.includes('access_token=');
const isAuthorizationHeader = (value: string): boolean => AUTH_HEADER.test(value);

/** A cheap test on jsonc-parser's own decoded value before building a literal with offsets. */
function mayHold(node: JsonNode, test: (value: string) => boolean): boolean {
  return typeof node.value === 'string' && test(node.value);
}

function collectMatches(literal: StringLiteral, pattern: RegExp, out: LiteralToken[]): void {
  if (!literal.value.includes('access_token=')) return;
  for (const match of literal.value.matchAll(pattern)) {
    push(literal, match.index + match[0].length - match[1].length, match[1], out);
  }
}

function push(literal: StringLiteral, start: number, token: string, out: LiteralToken[]): void {
  if (token === '' || NOT_LITERAL.test(token)) return;
  out.push({ range: { start: literal.sourceOffset(start), end: literal.sourceOffset(start + token.length) }, token });
}
