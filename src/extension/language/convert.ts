// Offsets from the core ↔ positions in a VS Code document. The only place that maps between them.
import { vscode } from '../vscode';
import type { CompletionItem, CompletionKind, Diagnostic, DocumentSymbol, Severity, TextEdit } from '../../core/language/types';
import type { OffsetRange } from '../../core/text';

export function toRange(document: vscode.TextDocument, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

export function toOffsetRange(document: vscode.TextDocument, range: vscode.Range): OffsetRange {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toDiagnostic(document: vscode.TextDocument, core: Diagnostic): vscode.Diagnostic {
  const result = new vscode.Diagnostic(toRange(document, core.range), core.message, SEVERITY[core.severity]);
  result.source = 'fbbatch';
  result.code = core.code;
  result.relatedInformation = core.related?.map(
    (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, r.range)), r.message),
  );
  result.tags = core.tags?.map((t) => (t === 'unnecessary' ? vscode.DiagnosticTag.Unnecessary : vscode.DiagnosticTag.Deprecated));
  return result;
}

const COMPLETION_KIND: Readonly<Record<CompletionKind, vscode.CompletionItemKind>> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  operation: vscode.CompletionItemKind.Reference,
  attachment: vscode.CompletionItemKind.File,
  token: vscode.CompletionItemKind.Constant,
  member: vscode.CompletionItemKind.Field,
  snippet: vscode.CompletionItemKind.Snippet,
  keyword: vscode.CompletionItemKind.Keyword,
};

export function toCompletionItem(document: vscode.TextDocument, item: CompletionItem): vscode.CompletionItem {
  const result = new vscode.CompletionItem(item.label, COMPLETION_KIND[item.kind]);
  result.detail = item.detail;
  result.documentation = item.documentation ? new vscode.MarkdownString(item.documentation) : undefined;
  result.insertText = item.isSnippet ? new vscode.SnippetString(item.insertText) : item.insertText;
  result.range = toRange(document, item.range);
  result.sortText = item.sortText;
  result.filterText = item.filterText;
  return result;
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toRange(document, e.range), e.newText);
  return edit;
}

const SYMBOL_KIND: Readonly<Record<DocumentSymbol['kind'], vscode.SymbolKind>> = {
  batch: vscode.SymbolKind.Array,
  operation: vscode.SymbolKind.Function,
  option: vscode.SymbolKind.Property,
  attachments: vscode.SymbolKind.Namespace,
  attachment: vscode.SymbolKind.File,
};

export function toDocumentSymbol(document: vscode.TextDocument, symbol: DocumentSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(
    symbol.name,
    symbol.detail,
    SYMBOL_KIND[symbol.kind],
    toRange(document, symbol.range),
    toRange(document, symbol.selectionRange),
  );
  result.children = symbol.children.map((child) => toDocumentSymbol(document, child));
  return result;
}
