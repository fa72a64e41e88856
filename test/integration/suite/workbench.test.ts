// The extension inside a real VS Code: it is installed, activates for .fbbatch files, and its
// language (id, file association, comment rules) is what the workbench uses.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateProduct, openFixture } from './helpers';

describe('fbbatch in a real VS Code', () => {
  it('runs in VS Code 1.99 or newer', () => {
    const [major, minor] = vscode.version.split('.').map(Number);
    assert.ok(major > 1 || minor >= 99, `VS Code ${vscode.version}`);
  });

  it('registers the fbbatch language and associates .fbbatch files with it', async () => {
    await activateProduct();
    assert.ok((await vscode.languages.getLanguages()).includes('fbbatch'));
    const doc = await openFixture('valid.fbbatch');
    assert.equal(doc.languageId, 'fbbatch');
  });

  it('toggles a line comment with // (the language configuration is loaded)', async () => {
    const doc = await openFixture('valid.fbbatch');
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(2);
    editor.selection = new vscode.Selection(line.range.start, line.range.start);
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.match(doc.lineAt(2).text, /^\s*\/\/ /);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.lineAt(2).text, line.text);
  });
});
