// The language features' work: the core language service and the conversions to VS Code's types.
// Bundled apart (dist/language.js) and loaded on the first request after activation, so activating
// the extension does not parse the whole language service (register.ts holds the thin side).
import { vscode } from '../vscode';
import { createLanguageService } from '../../core/language/service';
import type { LastRuns } from '../run/lastRuns';
import type { TokenStore } from '../secrets/tokenStore';
import { languageContextFor } from './context';
import { toCompletionItem, toDiagnostic, toDocumentSymbol, toOffsetRange, toRange, toWorkspaceEdit } from './convert';

export type LanguageFeatures = ReturnType<typeof createLanguageFeatures>;

export function createLanguageFeatures(tokens: TokenStore, lastRuns: LastRuns) {
  const service = createLanguageService((uri) => languageContextFor(vscode.Uri.parse(uri), tokens, lastRuns));
  const parsed = (document: vscode.TextDocument) => service.getDocument(document.uri.toString(), document.version, () => document.getText());

  return {
    diagnostics: (document: vscode.TextDocument): vscode.Diagnostic[] => service.validate(parsed(document)).map((d) => toDiagnostic(document, d)),
    forget: (uri: vscode.Uri): void => service.forget(uri.toString()),

    provideCompletionItems: (document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] =>
      service.complete(parsed(document), document.offsetAt(position)).map((item) => toCompletionItem(document, item)),

    provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
      const hover = service.hover(parsed(document), document.offsetAt(position));
      return hover && new vscode.Hover(new vscode.MarkdownString(hover.contents), toRange(document, hover.range));
    },

    provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
      const target = service.definition(parsed(document), document.offsetAt(position));
      return target && new vscode.Location(document.uri, toRange(document, target));
    },

    provideReferences: (document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] =>
      service
        .references(parsed(document), document.offsetAt(position), context.includeDeclaration)
        .map((range) => new vscode.Location(document.uri, toRange(document, range))),

    prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
      const answer = service.prepareRename(parsed(document), document.offsetAt(position));
      if ('error' in answer) throw new Error(answer.error);
      return { range: toRange(document, answer.range), placeholder: answer.placeholder };
    },

    provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
      const answer = service.rename(parsed(document), document.offsetAt(position), newName);
      if ('error' in answer) throw new Error(answer.error);
      return toWorkspaceEdit(document, answer);
    },

    provideDocumentSymbols: (document: vscode.TextDocument): vscode.DocumentSymbol[] => service.symbols(parsed(document)).map((s) => toDocumentSymbol(document, s)),

    provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
      const uri = document.uri.toString();
      const counts = lastRuns.get(uri)?.result.counts;
      const lastRun = counts && {
        succeeded: counts.success + counts.omitted + counts['not-modified'],
        failed: counts['graph-error'] + counts['parent-failed'],
        incomplete: counts['timed-out'] + counts['not-sent'],
      };
      return service.codeLenses(parsed(document), { hasIncomplete: lastRuns.hasIncomplete(uri), lastRun }).map(
        (lens) => new vscode.CodeLens(toRange(document, lens.range), { title: lens.title, command: lens.command, arguments: [document.uri] }),
      );
    },

    provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
      const doc = parsed(document);
      // The editor's diagnostic objects lose the core's data; validation is cheap, so ask again.
      const wanted = toOffsetRange(document, range);
      const touching = service.validate(doc).filter((d) => d.range.start <= wanted.end && d.range.end >= wanted.start);
      return service.codeActions(doc, wanted, touching).map((action) => {
        const result = new vscode.CodeAction(action.title, action.kind === 'quickfix' ? vscode.CodeActionKind.QuickFix : vscode.CodeActionKind.Refactor);
        result.edit = toWorkspaceEdit(document, action.edits);
        result.isPreferred = action.isPreferred;
        result.diagnostics = vscode.languages
          .getDiagnostics(document.uri)
          .filter((d) => typeof d.code === 'string' && action.fixes.includes(d.code) && d.range.intersection(range));
        if (action.command) {
          result.command = { title: action.title, command: action.command.id, arguments: [{ token: action.command.token, name: action.command.name }] };
        }
        return result;
      });
    },
  };
}
