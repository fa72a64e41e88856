// Registers the language features at activation. Their work lives in features.ts, bundled apart and
// loaded on the first request (a diagnostic, a completion...), right after activation.
import { vscode } from '../vscode';
import { lazyBundle } from '../lazy';
import type { LastRuns } from '../run/lastRuns';
import type { TokenStore } from '../secrets/tokenStore';
import type * as Features from './features';

const SELECTOR: vscode.DocumentSelector = [{ language: 'fbbatch' }];
const loadFeatures = lazyBundle<typeof Features>('language.js');

export function registerLanguageFeatures(tokens: TokenStore, lastRuns: LastRuns): vscode.Disposable[] {
  let features: Features.LanguageFeatures | undefined;
  const load = (): Features.LanguageFeatures => (features ??= loadFeatures().createLanguageFeatures(tokens, lastRuns));
  const diagnostics = vscode.languages.createDiagnosticCollection('fbbatch');
  const validate = (document: vscode.TextDocument): void => {
    if (document.languageId === 'fbbatch') diagnostics.set(document.uri, load().diagnostics(document));
  };
  const validateAll = (): void => vscode.workspace.textDocuments.forEach(validate);
  // The files already open are checked just after activation, not during it.
  const initial = setTimeout(validateAll, 0);

  const lensesChanged = new vscode.EventEmitter<void>();

  return [
    diagnostics,
    lensesChanged,
    { dispose: () => clearTimeout(initial) },
    vscode.workspace.onDidOpenTextDocument(validate),
    vscode.workspace.onDidChangeTextDocument((e) => validate(e.document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      diagnostics.delete(document.uri);
      features?.forget(document.uri);
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
      { provideCompletionItems: (document, position) => load().provideCompletionItems(document, position) },
      '"', '=', ':', '.', ',', '{', '[',
    ),
    vscode.languages.registerHoverProvider(SELECTOR, { provideHover: (document, position) => load().provideHover(document, position) }),
    vscode.languages.registerDefinitionProvider(SELECTOR, { provideDefinition: (document, position) => load().provideDefinition(document, position) }),
    vscode.languages.registerReferenceProvider(SELECTOR, {
      provideReferences: (document, position, context) => load().provideReferences(document, position, context),
    }),
    vscode.languages.registerRenameProvider(SELECTOR, {
      prepareRename: (document, position) => load().prepareRename(document, position),
      provideRenameEdits: (document, position, newName) => load().provideRenameEdits(document, position, newName),
    }),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, { provideDocumentSymbols: (document) => load().provideDocumentSymbols(document) }),
    vscode.languages.registerCodeLensProvider(SELECTOR, {
      onDidChangeCodeLenses: lensesChanged.event,
      provideCodeLenses: (document) => load().provideCodeLenses(document),
    }),
    vscode.languages.registerCodeActionsProvider(
      SELECTOR,
      { provideCodeActions: (document, range) => load().provideCodeActions(document, range) },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.Refactor] },
    ),
  ];
}
