// Quick fixes change exactly the text they promise to change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateProduct, codeOf, diagnosticsOf, openFixture, rangeOf, waitFor } from './helpers';

describe('quick fixes', () => {
  before(activateProduct);

  it('replaces a misspelt reference name with the suggested one', async () => {
    const doc = await openFixture('broken.fbbatch');
    const diagnostic = (await diagnosticsOf(doc)).find((d) => codeOf(d) === 'FB203');
    assert.ok(diagnostic, 'FB203 is reported');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.diagnostics?.some((d) => codeOf(d) === 'FB203') || /"me"/.test(a.title));
    assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const edits = fix.edit.get(doc.uri);
    assert.equal(edits.length, 1);
    assert.deepEqual([edits[0].range, edits[0].newText], [rangeOf(doc, 'result=mee:', 'mee'), 'me']);
  });

  it('moves a literal token into secret storage and leaves a {{token:NAME}} placeholder', async () => {
    const doc = await openFixture('literal-token.fbbatch');
    const literal = 'EAAmadeUpLiteralToken000000000000';
    const diagnostic = (await diagnosticsOf(doc)).find((d) => codeOf(d) === 'FB501');
    assert.ok(diagnostic, 'FB501 is reported');
    assert.deepEqual(diagnostic.range, rangeOf(doc, literal));
    assert.ok(!diagnostic.message.includes(literal), 'the warning does not repeat the token');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.command?.command === 'fbbatch.storeTokenFromFile');
    assert.ok(fix?.edit && fix.command, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(!fix.title.includes(literal), 'the title does not show the token');
    // What the editor does when the fix is picked: the command stores the token, the edit replaces it.
    assert.equal(await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? [])), true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /access_token=\{\{token:token\}\}"/);
    // Stored under that name: neither the literal warning nor "no stored token" remains.
    await waitFor('FB501 to go away', () => (vscode.languages.getDiagnostics(doc.uri).length === 0 ? true : undefined));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
