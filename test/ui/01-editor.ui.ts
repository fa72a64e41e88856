// Opening .fbbatch files: recognised, coloured, and checked (squiggles and the Problems count).
import * as assert from 'node:assert/strict';
import { screenshot, ui } from './context';
import { colourOf, eventually, openFile, statusBarProblems, textColours } from './workbench';

describe('a .fbbatch file in the editor', () => {
  it('is shown as "Graph API Batch" with the grammar colouring keys, strings and the reference', async () => {
    const editor = await openFile('valid.fbbatch');
    await ui().page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: 'Graph API Batch' }).waitFor();
    // Several colours once the grammar has tokenised the visible lines.
    await eventually('the text to be coloured', async () => (await textColours(editor)).size >= 4);
    assert.notEqual(await colourOf(editor, '"method"'), await colourOf(editor, 'GET'), 'keys and values look alike');
    // Inside a string, the {result=…} reference stands out from the text around it.
    assert.notEqual(await colourOf(editor, 'result'), await colourOf(editor, '"me/friends?limit=5"'), 'the reference is not highlighted');
    await eventually('no problems for the valid file', async () => (await statusBarProblems()).errors === 0);
    await screenshot('01-editor-colours');
  });

  it('underlines the three mistakes of broken.fbbatch and counts them in Problems', async () => {
    const editor = await openFile('broken.fbbatch');
    await eventually('three error squiggles', async () => (await editor.locator('.squiggly-error').count()) === 3);
    await eventually('the status bar to count 3 errors', async () => (await statusBarProblems()).errors === 3);
    await ui().page.keyboard.press('Control+Shift+M');
    const problems = ui().page.locator('.markers-panel .monaco-list-row');
    await eventually('the Problems panel to list the file and its 3 problems', async () => (await problems.count()) === 4);
    const text = (await problems.allInnerTexts()).join('\n');
    for (const code of ['FB203', 'FB207', 'FB110']) assert.match(text, new RegExp(code));
    await screenshot('02-problems');
    await ui().page.keyboard.press('Control+Shift+M');
  });
});
