// Quick fixes change exactly the text they promise to change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateProduct, codeOf, diagnosticsOf, openFixture, rangeOf } from './helpers';

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
});
