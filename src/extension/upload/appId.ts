// The app id for uploads: from the setting, asked for and saved (user settings) the first time.
import { vscode } from '../vscode';

export async function requireAppId(): Promise<string | undefined> {
  const config = vscode.workspace.getConfiguration('fbbatch');
  const existing = config.get<string>('appId', '').trim();
  if (existing) return existing;
  const entered = await vscode.window.showInputBox({
    title: 'Facebook app id for uploads',
    prompt: 'The id of the app that owns the upload session (App Dashboard → Settings → Basic). Saved in your user settings as fbbatch.appId.',
    ignoreFocusOut: true,
    validateInput: (v) => (/^\d{5,20}$/.test(v.trim()) ? undefined : 'An app id is a number, e.g. 1234567890'),
  });
  const appId = entered?.trim();
  if (appId) await config.update('appId', appId, vscode.ConfigurationTarget.Global);
  return appId || undefined;
}
