// Reads the extension's settings. The Graph API URL is taken from the user's own settings only:
// a value in a workspace (a cloned repository) is ignored, so it cannot redirect the token.
import { proxyFor } from '../core/graph/proxy';
import { vscode } from './vscode';

export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com';

export interface RunSettings {
  readonly graphUrl: string;
  readonly apiVersion: string;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly autoRetryIncomplete: boolean;
  readonly maxConcurrentRequests: number;
  readonly proxyUrl?: string;
  readonly uploadMaxRetries: number;
}

export function readRunSettings(): RunSettings {
  const config = vscode.workspace.getConfiguration('fbbatch');
  const graphUrl = config.inspect<string>('graphApiUrl')?.globalValue ?? DEFAULT_GRAPH_URL;
  const http = vscode.workspace.getConfiguration('http');
  return {
    graphUrl: graphUrl.replace(/\/+$/, ''),
    apiVersion: config.get<string>('apiVersion', 'v24.0'),
    timeoutMs: Math.round(config.get<number>('timeoutSeconds', 60) * 1000),
    retries: config.get<number>('retries', 2),
    autoRetryIncomplete: config.get<boolean>('autoRetryIncomplete', false),
    maxConcurrentRequests: config.get<number>('maxConcurrentRequests', 10),
    proxyUrl: proxyFor(hostOf(graphUrl), { configured: http.get<string>('proxy'), noProxy: http.get<string[]>('noProxy'), env: process.env }),
    uploadMaxRetries: config.get<number>('upload.maxRetries', 5),
  };
}

/** The URL's host, or "" when it is no URL (the endpoint check that follows says so). */
function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : '';
}

/** Running and uploading send a token: ask for workspace trust first (language features need none). */
export async function ensureTrusted(action: string): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const choice = await vscode.window.showWarningMessage(
    `${action} sends your access token to the Graph API. This workspace is not trusted; trust it first to ${action.toLowerCase()}.`,
    { modal: true },
    'Manage Workspace Trust',
  );
  if (choice === 'Manage Workspace Trust') await vscode.commands.executeCommand('workbench.trust.manage');
  return false;
}
