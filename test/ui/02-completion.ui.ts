// Ctrl+Space inside {result= lists the operations that come earlier in the file.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshot, ui } from './context';
import { eventually, goToLineColumn, lineColumnAfter, openFile } from './workbench';

describe('completion of references', () => {
  it('offers the earlier operation names after {result=', async () => {
    await openFile('references.fbbatch');
    const text = readFileSync(join(ui().workspaceDir, 'references.fbbatch'), 'utf8');
    // The third operation's reference: both earlier operations are candidates.
    const at = lineColumnAfter(text, '"relative_url": "{result=');
    await goToLineColumn(at.line, at.column);
    await ui().page.keyboard.press('Control+Space');
    const rows = ui().page.locator('.editor-widget.suggest-widget .monaco-list-row');
    await eventually('suggestions', async () => (await rows.count()) > 0);
    const labels = await rows.locator('.label-name').allInnerTexts();
    assert.ok(labels.includes('get-friends') && labels.includes('friend-names'), `suggested: ${labels.join(', ')}`);
    await screenshot('03-completion');
    await ui().page.keyboard.press('Escape');
  });
});
