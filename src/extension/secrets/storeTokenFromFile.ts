// The quick fix "Move access token into secret storage": store the literal token under a name,
// then the code action's edit replaces it with {{token:NAME}}. Runs before the edit is applied
// only when invoked from the code action (see language/codeActions.ts).
import { vscode } from '../vscode';
import { TOKEN_NAME_PATTERN, type TokenStore } from './tokenStore';

export async function storeTokenFromFile(tokens: TokenStore, args: unknown): Promise<boolean> {
  if (typeof args !== 'object' || args === null) return false;
  const { token, name } = args as { token?: unknown; name?: unknown };
  if (typeof token !== 'string' || token.length === 0 || typeof name !== 'string' || !TOKEN_NAME_PATTERN.test(name)) return false;
  if (tokens.names().includes(name) && (await tokens.getNamed(name)) !== token) {
    const choice = await vscode.window.showWarningMessage(
      `A different token is already stored as "${name}". Replace it with the one from the file?`,
      { modal: true },
      'Replace',
    );
    if (choice !== 'Replace') {
      void vscode.window.showInformationMessage(`The stored token "${name}" was kept; the file now uses it through {{token:${name}}}.`);
      return false;
    }
  }
  await tokens.setNamed(name, token);
  void vscode.window.showInformationMessage(`The token is now stored as "${name}" in secret storage; the file uses {{token:${name}}}.`);
  return true;
}
