// "New Batch File": an untitled .fbbatch document with a small working example.
import { vscode } from '../vscode';

const EXAMPLE = `// A Graph API batch: operations run in one HTTP request (at most 50 per request).
// Run it with Ctrl+Alt+Enter, the ▶ button above, or "fbbatch: Run Batch".
[
  { "method": "GET", "name": "friends", "relative_url": "me/friends?limit=5" },
  // {result=NAME:JSONPATH} uses an earlier operation's answer.
  { "method": "GET", "relative_url": "?ids={result=friends:$.data.*.id}&fields=name" }
]
`;

export async function newBatchFile(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'fbbatch', content: EXAMPLE });
  await vscode.window.showTextDocument(document);
}
