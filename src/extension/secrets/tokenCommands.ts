// Commands that set, replace and clear tokens. Input boxes hide what is typed; nothing is echoed.
import { vscode } from '../vscode';
import { TOKEN_NAME_PATTERN, TokenStore } from './tokenStore';

const TOKEN_HELP_URL = 'https://developers.facebook.com/tools/explorer/';

export async function promptForToken(label: string): Promise<string | undefined> {
  const token = await vscode.window.showInputBox({
    title: `Graph API access token: ${label}`,
    prompt: `Paste an access token. It is kept in VS Code's secret storage, never in settings or files. Get one from the Graph API Explorer (${TOKEN_HELP_URL}).`,
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim().length < 10 ? 'That looks too short to be an access token.' : undefined),
  });
  return token?.trim() || undefined;
}

async function askTokenName(store: TokenStore, placeHolder: string): Promise<string | undefined> {
  const existing = store.names();
  const picked = await vscode.window.showQuickPick(
    [...existing.map((n) => ({ label: n, description: 'replace' })), { label: '$(add) New name…', description: '' }],
    { placeHolder, ignoreFocusOut: true },
  );
  if (!picked) return undefined;
  if (!picked.label.startsWith('$(add)')) return picked.label;
  return vscode.window.showInputBox({
    title: 'Token name',
    prompt: 'The name used as {{token:NAME}} in .fbbatch files',
    ignoreFocusOut: true,
    validateInput: (v) => (TOKEN_NAME_PATTERN.test(v) ? undefined : 'Use letters, digits, "-", "_" or "."'),
  });
}

export function registerTokenCommands(store: TokenStore): vscode.Disposable[] {
  return [
    // An optional argument lets tasks and scripts store a token without a prompt.
    vscode.commands.registerCommand('fbbatch.setToken', async (given?: unknown) => {
      const token = typeof given === 'string' && given.trim() ? given.trim() : await promptForToken('default');
      if (!token) return;
      await store.setDefault(token);
      void vscode.window.showInformationMessage('The default Graph API access token is stored in secret storage.');
    }),
    vscode.commands.registerCommand('fbbatch.setNamedToken', async (name?: unknown, given?: unknown) => {
      const tokenName = typeof name === 'string' && TOKEN_NAME_PATTERN.test(name) ? name : await askTokenName(store, 'Which named token?');
      if (!tokenName) return;
      const token = typeof given === 'string' && given.trim() ? given.trim() : await promptForToken(tokenName);
      if (!token) return;
      await store.setNamed(tokenName, token);
      void vscode.window.showInformationMessage(`Token "${tokenName}" is stored; use it as {{token:${tokenName}}}.`);
    }),
    vscode.commands.registerCommand('fbbatch.clearToken', async () => {
      const items = [{ label: 'Default token', name: undefined as string | undefined }, ...store.names().map((n) => ({ label: n, name: n as string | undefined }))];
      const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Which token should be removed from secret storage?' });
      if (!picked) return;
      if (picked.name === undefined) await store.clearDefault();
      else await store.clearNamed(picked.name);
      void vscode.window.showInformationMessage(`${picked.label === 'Default token' ? 'The default token' : `Token "${picked.label}"`} was removed.`);
    }),
  ];
}

/** The default token, asking for it the first time one is needed. */
export async function requireDefaultToken(store: TokenStore): Promise<string | undefined> {
  const existing = await store.getDefault();
  if (existing) return existing;
  const token = await promptForToken('default (needed to run)');
  if (token) await store.setDefault(token);
  return token;
}

/** A named token for `{{token:NAME}}`, asking for it when it is not stored yet. */
export async function requireNamedToken(store: TokenStore, name: string): Promise<string | undefined> {
  const existing = await store.getNamed(name);
  if (existing) return existing;
  const token = await promptForToken(`"${name}" (used as {{token:${name}}})`);
  if (token) await store.setNamed(name, token);
  return token;
}
