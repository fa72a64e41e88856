// Completion, hover, go to definition, find references, rename, outline and CodeLens on
// references.fbbatch, through VS Code's own provider commands.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateProduct, describeRange, labelOf, openFixture, positionOf, rangeOf } from './helpers';

describe('language features', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activateProduct();
    doc = await openFixture('references.fbbatch');
  });

  it('completes {result= with the earlier operations only', async () => {
    // Inside the second operation's reference, right after "{result=".
    const at = positionOf(doc, '{result=get-friends', '{result='.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('get-friends'), `got ${labels.join(', ')}`);
    assert.ok(!labels.includes('friend-names'), 'an operation cannot refer to itself');
  });

  it('hovers a reference with what the named operation requests', async () => {
    const at = positionOf(doc, 'result=get-friends', 'result=get'.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /me\/friends/);
  });

  it('goes from a reference to the operation name it uses', async () => {
    const at = positionOf(doc, 'result=get-friends', 'result=get'.length);
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
    assert.equal(found.length, 1);
    const target = 'targetRange' in found[0] ? (found[0].targetSelectionRange ?? found[0].targetRange) : found[0].range;
    assert.equal(doc.getText(target).replace(/"/g, ''), 'get-friends');
    assert.equal(target.start.line, rangeOf(doc, '"name": "get-friends"').start.line);
  });

  it('finds the name, the reference and the depends_on as references', async () => {
    const at = positionOf(doc, '"get-friends"', 2);
    const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    const lines = found.map((l) => l.range.start.line).sort();
    assert.deepEqual(lines, [2, 3, 4]);
    for (const l of found) assert.equal(doc.getText(l.range).replace(/"/g, ''), 'get-friends');
  });

  it('renames an operation everywhere it is used', async () => {
    const at = positionOf(doc, '"get-friends"', 2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'list-friends');
    const edits = edit.get(doc.uri);
    assert.equal(edits.length, 3, edits.map((e) => describeRange(e.range)).join(' '));
    // Applied in reverse order, the edits turn every use into the new name and nothing else.
    let text = doc.getText();
    for (const e of [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start))) {
      text = text.slice(0, doc.offsetAt(e.range.start)) + e.newText + text.slice(doc.offsetAt(e.range.end));
    }
    assert.equal(text, doc.getText().replaceAll('get-friends', 'list-friends'));
  });

  it('lists the operations in the outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = JSON.stringify(symbols.map(function flat(s: vscode.DocumentSymbol): unknown[] { return [s.name, ...s.children.flatMap(flat)]; }));
    for (const name of ['get-friends', 'friend-names']) assert.ok(names.includes(name), `outline: ${names}`);
  });

  it('offers "Run batch" as a CodeLens', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10);
    assert.ok(lenses.some((l) => l.command?.command === 'fbbatch.runBatch'), `lenses: ${lenses.map((l) => l.command?.command).join(', ')}`);
  });
});
