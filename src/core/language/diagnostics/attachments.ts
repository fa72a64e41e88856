// attached_files against the "attachments" map, and the declared files themselves: they must
// exist, lie inside the workspace, and be used by some operation.
import { isAbsolute, resolve } from 'node:path';
import type { BatchDocument, StringLiteral } from '../../document/model';
import type { OffsetRange } from '../../text';
import type { Diagnostic, LanguageContext } from '../types';
import { diagnostic } from './make';
import { closestMatch, didYouMean, suggestionData } from './suggest';

export interface AttachedFileName {
  readonly name: string;
  readonly range: OffsetRange;
}

/** The comma-separated part names of an attached_files value, trimmed, with their source ranges. */
export function attachedFileNames(literal: StringLiteral): AttachedFileName[] {
  const names: AttachedFileName[] = [];
  const value = literal.value;
  let start = 0;
  while (start <= value.length) {
    const comma = value.indexOf(',', start);
    const end = comma < 0 ? value.length : comma;
    const raw = value.slice(start, end);
    const name = raw.trim();
    if (name !== '') {
      const from = start + raw.indexOf(name);
      names.push({ name, range: { start: literal.sourceOffset(from), end: literal.sourceOffset(from + name.length) } });
    }
    start = end + 1;
  }
  return names;
}

export function checkAttachments(doc: BatchDocument, ctx: LanguageContext, out: Diagnostic[]): void {
  const declared = new Set(doc.attachments.map((a) => a.name));
  const used = new Set<string>();
  for (const operation of doc.operations) {
    if (operation.attachedFiles === undefined) continue;
    for (const part of attachedFileNames(operation.attachedFiles)) {
      used.add(part.name);
      if (declared.has(part.name)) continue;
      const data = suggestionData(closestMatch(part.name, declared), 'plain');
      out.push(diagnostic('FB401', part.range, undeclaredMessage(doc, part.name, declared), data));
    }
  }
  for (const attachment of doc.attachments) {
    if (!used.has(attachment.name)) {
      out.push(
        diagnostic('FB404', attachment.nameRange, `No operation uses the attachment "${attachment.name}", so it would be uploaded for nothing: list it in an operation's "attached_files" or remove it.`, { tags: ['unnecessary'] }),
      );
    }
    if (attachment.path !== undefined) checkAttachmentFile(attachment.path, ctx, out);
  }
}

function undeclaredMessage(doc: BatchDocument, name: string, declared: ReadonlySet<string>): string {
  if (doc.shape !== 'object') {
    return `"${name}" is not a declared attachment. Attachments need the object form of the file: { "attachments": { "${name}": "./file.jpg" }, "batch": [ ... ] }.`;
  }
  const suggestion = closestMatch(name, declared);
  return `"${name}" is not declared in "attachments".${didYouMean(suggestion)} Add "${name}": "./path/to/file" to "attachments".`;
}

function checkAttachmentFile(path: StringLiteral, ctx: LanguageContext, out: Diagnostic[]): void {
  // Without a folder (an unsaved file) a relative path cannot be resolved yet.
  if (ctx.documentDir === undefined && !isAbsolute(path.value)) return;
  const absolute = resolve(ctx.documentDir ?? '', path.value);
  if (path.value === '' || !ctx.fileExists(absolute)) {
    out.push(diagnostic('FB402', path.range, `The file "${path.value}" does not exist (paths are relative to this batch file's folder): fix the path or add the file.`));
  } else if (!ctx.isInsideWorkspace(absolute)) {
    out.push(
      diagnostic('FB403', path.range, `"${path.value}" lies outside the workspace. A batch file shared with others should only upload files that come with it: move the file into the workspace.`),
    );
  }
}
