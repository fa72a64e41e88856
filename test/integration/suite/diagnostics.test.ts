// Live validation as the Problems panel gets it: the right codes on exactly the right text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateProduct, codeOf, describeRange, diagnosticsOf, openFixture, rangeOf, waitFor } from './helpers';

describe('diagnostics', () => {
  before(activateProduct);

  it('reports each mistake of broken.fbbatch with its code, severity and range', async () => {
    const doc = await openFixture('broken.fbbatch');
    const found = await diagnosticsOf(doc);
    const actual = found.map((d) => `${codeOf(d)} ${describeRange(d.range)} ${vscode.DiagnosticSeverity[d.severity]}`).sort();
    const expected = [
      // {result=mee:…} names no operation: the squiggle is under the name only.
      `FB203 ${describeRange(rangeOf(doc, 'result=mee:', 'mee'))} Error`,
      // The JSONPath error sits on the character the parser stopped at.
      `FB207 ${describeRange(rangeOf(doc, '$.data[1:x]', 'x'))} Error`,
      // A GET with a body: the key is marked.
      `FB110 ${describeRange(rangeOf(doc, '"body"'))} Error`,
    ].sort();
    assert.deepEqual(actual, expected);
    for (const d of found) assert.equal(d.source, 'fbbatch');
  });

  it('reports nothing for a valid file', async () => {
    const doc = await openFixture('valid.fbbatch');
    await vscode.window.showTextDocument(doc);
    // Give validation its chance to run before concluding there is nothing.
    await new Promise((r) => setTimeout(r, 1_000));
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).map(codeOf), []);
  });

  it('updates as the text changes: fixing the name clears FB203', async () => {
    const doc = await openFixture('broken.fbbatch');
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor('FB203', () => (vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'FB203') ? true : undefined));
    await editor.edit((e) => e.replace(rangeOf(doc, 'result=mee:', 'mee'), 'me'));
    await waitFor('FB203 to go away', () => (vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'FB203') ? undefined : true));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
