// Hover: what an operation is and who uses it, what a key means, where a reference points and
// what it resolved to last time, whether a token placeholder has a stored token.
import { evaluateJsonPath } from '../document/jsonpath';
import type { BatchDocument, OperationModel, ResultReference, TokenPlaceholder } from '../document/model';
import { rangeContains, type OffsetRange } from '../text';
import { booleanProperty, operationSummary } from './describe';
import { operationKeyInfo, topLevelKeyInfo, type KeyInfo } from './keys';
import { operationTouching } from './locate';
import { nameSiteIndex, resolveName, siteAt, targetOf } from './nameSites';
import { describePath, describeSelection } from './pathWords';
import type { Hover, LanguageContext } from './types';

const MAX_LISTED = 10;
const MAX_VALUE_CHARS = 200;

export function getHover(doc: BatchDocument, offset: number, ctx: LanguageContext): Hover | undefined {
  const op = operationTouching(doc, offset);
  if (op === undefined) {
    const property = doc.topProperties.find((p) => rangeContains(p.keyRange, offset));
    const info = property === undefined ? undefined : topLevelKeyInfo(property.key);
    return property === undefined || info === undefined ? undefined : keyHover(info, property.keyRange);
  }
  const reference = op.references.find((r) => rangeContains(r.range, offset));
  if (reference !== undefined) return referenceHover(doc, op, reference, ctx);
  const placeholder = op.tokenPlaceholders.find((p) => rangeContains(p.range, offset));
  if (placeholder !== undefined) return tokenHover(placeholder, ctx);
  const site = siteAt(doc, offset);
  if (site?.kind === 'depends_on') {
    const target = targetOf(doc, site);
    const contents = target === undefined
      ? `No operation is named \`${site.name}\`.`
      : `Waits for ${describeOperation(target)} to finish; if it fails, this operation is not run.`;
    return { contents, range: site.range };
  }
  const property = op.properties.find((p) => rangeContains(p.keyRange, offset));
  const info = property === undefined ? undefined : operationKeyInfo(property.key);
  if (property !== undefined && info !== undefined) return keyHover(info, property.keyRange);
  // The operation itself: from its opening brace, its name or its method.
  const anchors = [op.name?.range, op.method?.range, { start: op.range.start, end: op.range.start + 1 }];
  const anchor = anchors.find((range) => range !== undefined && rangeContains(range, offset));
  return anchor === undefined ? undefined : { contents: operationHover(doc, op), range: anchor };
}

function keyHover(info: KeyInfo, range: OffsetRange): Hover {
  return { contents: `**${info.key}** — ${info.documentation}`, range };
}

/** e.g. "operation **get-friends** (#0, `GET me/friends`)". */
function describeOperation(op: OperationModel): string {
  const summary = operationSummary(op);
  const name = op.name !== undefined && op.name.value !== '' ? ` **${op.name.value}**` : '';
  return `operation${name} (#${op.index + 1}${summary === '' ? '' : `, \`${summary}\``})`;
}

function operationHover(doc: BatchDocument, op: OperationModel): string {
  const summary = operationSummary(op);
  const lines = [summary === '' ? `Operation #${op.index + 1}` : `**${op.method?.value ?? ''}** \`${op.relativeUrl?.value ?? ''}\``];
  lines.push(`Operation #${op.index + 1}${op.name !== undefined && op.name.value !== '' ? `, named \`${op.name.value}\`` : ' (no name)'}`);
  const name = op.name?.value;
  if (name === undefined || name === '') return lines.join('\n\n');
  const uses = (nameSiteIndex(doc).get(name) ?? []).filter((site) => site.kind !== 'declaration' && site.op !== op);
  // One entry per operation and kind of use, however often it repeats the reference.
  const users = uses.filter((site, i) => i === 0 || site.op !== uses[i - 1].op || site.kind !== uses[i - 1].kind);
  if (users.length > 0) {
    const listed = users.slice(0, MAX_LISTED).map((site) => {
      const named = site.op.name !== undefined && site.op.name.value !== '' ? ` \`${site.op.name.value}\`` : '';
      return `#${site.op.index + 1}${named} (${site.kind === 'depends_on' ? 'depends_on' : '{result=…}'})`;
    });
    const more = users.length > MAX_LISTED ? `, and ${users.length - MAX_LISTED} more` : '';
    lines.push(`Used by: ${listed.join(', ')}${more}`);
  } else {
    lines.push('No operation uses this one yet.');
  }
  const usedLater = users.some((site) => site.op.index > op.index);
  if (booleanProperty(op, 'omit_response_on_success') === false) {
    lines.push('Its response is kept even when a later operation uses it (`omit_response_on_success` is `false`).');
  } else if (usedLater) {
    lines.push(
      'When it succeeds, the API returns `null` instead of its response because a later operation uses it ' +
        '(`omit_response_on_success` defaults to `true`). Add `"omit_response_on_success": false` to see its response.',
    );
  }
  return lines.join('\n\n');
}

function referenceHover(doc: BatchDocument, op: OperationModel, reference: ResultReference, ctx: LanguageContext): Hover {
  const resolved = resolveName(doc, reference.name, op.index);
  const target = resolved !== undefined && resolved.index < op.index ? resolved : undefined;
  const lines = [
    target === undefined
      ? `No operation named \`${reference.name}\` comes before this one: a reference must name an earlier operation.`
      : `Inserts a value from the response of ${describeOperation(target)}.`,
  ];
  if (!reference.parsed.ok) {
    lines.push(`The path \`${reference.path}\` is not valid: ${reference.parsed.error.message}`);
    return { contents: lines.join('\n\n'), range: reference.range };
  }
  lines.push(`Path \`${reference.path}\`: ${describePath(reference.parsed.path)}. A list of primitives is inserted comma-separated.`);
  const response = ctx.lastResponse(reference.name);
  if (response !== undefined) {
    lines.push(`Last run: ${describeSelection(evaluateJsonPath(reference.parsed.path, response), MAX_VALUE_CHARS)}`);
  }
  return { contents: lines.join('\n\n'), range: reference.range };
}

function tokenHover(placeholder: TokenPlaceholder, ctx: LanguageContext): Hover {
  const stored = ctx.tokenNames().includes(placeholder.name);
  const contents = stored
    ? `Access token placeholder \`${placeholder.name}\`: a token with this name is stored and is filled in when the batch runs. Its value is never shown.`
    : `Access token placeholder \`${placeholder.name}\`: no token with this name is stored. Run **fbbatch: Set Named Access Token…** to store one before running.`;
  return { contents, range: placeholder.range };
}
