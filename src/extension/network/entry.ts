// The commands that send things (runs and uploads), with the HTTP stack under them, bundled apart
// as dist/network.js and loaded on first use (see load.ts). State and the panel are handed in from
// the activation bundle so each exists once.
import type * as vscode from 'vscode';
import type { ResponsePanel } from '../panel';
import type { LastRuns } from '../run/lastRuns';
import { RunController } from '../run/runController';
import type { TokenStore } from '../secrets/tokenStore';
import type { UploadStore } from '../upload/history';
import { UploadController } from '../upload/uploadController';

export interface ControllerDeps {
  readonly tokens: TokenStore;
  readonly lastRuns: LastRuns;
  readonly uploads: UploadStore;
  readonly log: vscode.LogOutputChannel;
  readonly showPanel: () => ResponsePanel;
}

export interface Controllers {
  readonly runner: RunController;
  readonly uploader: UploadController;
}

export function createControllers(deps: ControllerDeps): Controllers {
  return {
    runner: new RunController(deps.tokens, deps.lastRuns, deps.log, deps.showPanel),
    uploader: new UploadController(deps.tokens, deps.uploads, deps.log),
  };
}
