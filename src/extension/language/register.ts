// Thin VS Code providers over the core language service: every answer comes from src/core/language;
// this file only converts offsets and registers.
import { vscode } from '../vscode';
import { createLanguageService } from '../../core/language/service';
import type { LastRuns } from '../run/lastRuns';
import type { TokenStore } from '../secrets/tokenStore';
import { languageContextFor } from './context';
import { toCompletionItem, toDiagnostic, toDocumentSymbol, toOffsetRange, toRange, toWorkspaceEdit } from './convert';

const SELECTOR: vscode.DocumentSelector = [{ language: 'fbbatch' }];

export function registerLanguageFeatures(tokens: TokenStore, lastRuns: LastRuns): vscode.Disposable[] {
  const service = createLanguageService((uri) => languageContextFor(vscode.Uri.parse(uri), tokens, lastRuns));
  const diagnostics = vscode.languages.createDiagnosticCollection('fbbatch');
  const parsed = (document: vscode.TextDocument) => service.getDocument(document.uri.toString(), document.version, () => document.getText());

  const validate = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'fbbatch') return;
    diagnostics.set(document.uri, service.validate(parsed(document)).map((d) => toDiagnostic(document, d)));
  };
  const validateAll = (): void => vscode.workspace.textDocuments.forEach(validate);
  vscode.workspace.textDocuments.forEach(validate);

  const lensesChanged = new vscode.EventEmitter<void>();

  return [
    diagnostics,
    lensesChanged,
    vscode.workspace.onDidOpenTextDocument(validate),
    vscode.workspace.onDidChangeTextDocument((e) => validate(e.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      diagnostics.delete(document.uri);
      service.forget(document.uri.toString());
    }),
    // Token names and attachment files are part of validation; so is the folder set.
    tokens.onDidChange(validateAll),
    vscode.workspace.onDidCreateFiles(validateAll),
    vscode.workspace.onDidDeleteFiles(validateAll),
    vscode.workspace.onDidRenameFiles(validateAll),
    vscode.workspace.onDidChangeWorkspaceFolders(validateAll),
    lastRuns.onDidChange(() => lensesChanged.fire()),

    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      {
        provideCompletionItems: (document, position) =>
          service.complete(parsed(document), document.offsetAt(position)).map((item) => toCompletionItem(document, item)),
      },
      '"', '=', ':', '.', ',', '{', '[',
    ),
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover(document, position) {
        const hover = service.hover(parsed(document), document.offsetAt(position));
        return hover && new vscode.Hover(new vscode.MarkdownString(hover.contents), toRange(document, hover.range));
      },
    }),
    vscode.languages.registerDefinitionProvider(SELECTOR, {
      provideDefinition(document, position) {
        const target = service.definition(parsed(document), document.offsetAt(position));
        return target && new vscode.Location(document.uri, toRange(document, target));
      },
    }),
    vscode.languages.registerReferenceProvider(SELECTOR, {
      provideReferences: (document, position, context) =>
        service
          .references(parsed(document), document.offsetAt(position), context.includeDeclaration)
          .map((range) => new vscode.Location(document.uri, toRange(document, range))),
    }),
    vscode.languages.registerRenameProvider(SELECTOR, {
      prepareRename(document, position) {
        const answer = service.prepareRename(parsed(document), document.offsetAt(position));
        if ('error' in answer) throw new Error(answer.error);
        return { range: toRange(document, answer.range), placeholder: answer.placeholder };
      },
      provideRenameEdits(document, position, newName) {
        const answer = service.rename(parsed(document), document.offsetAt(position), newName);
        if ('error' in answer) throw new Error(answer.error);
        return toWorkspaceEdit(document, answer);
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, {
      provideDocumentSymbols: (document) => service.symbols(parsed(document)).map((s) => toDocumentSymbol(document, s)),
    }),
    vscode.languages.registerCodeLensProvider(SELECTOR, {
      onDidChangeCodeLenses: lensesChanged.event,
      provideCodeLenses(document) {
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
    }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      {
        provideCodeActions(document, range) {
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
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.Refactor] },
    ),
  ];
}
