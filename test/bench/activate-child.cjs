/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS that node loads without a compiler */
// One cold activation, in a fresh node process: require the bundle, call activate() with a minimal
// ExtensionContext, print {requireMs, activateMs, calls} as JSON. Args: <extension.js> <vscode stub>.
'use strict';
const { performance } = require('node:perf_hooks');

const [bundle, stubPath] = process.argv.slice(2);
// The stub sits where the bundle's require('vscode') resolves; loading it first keeps its own
// set-up (VS Code's API object exists before any extension loads) out of the timings.
const vscode = require(stubPath);
const memento = () => ({ get: (_key, fallback) => fallback, update: async () => undefined, keys: () => [], setKeysForSync: () => undefined });
const context = {
  subscriptions: [],
  secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined, onDidChange: () => ({ dispose() {} }) },
  globalState: memento(),
  workspaceState: memento(),
  extensionUri: vscode.Uri.file(__dirname),
  extensionPath: __dirname,
  globalStorageUri: vscode.Uri.file(__dirname),
  logUri: vscode.Uri.file(__dirname),
  extensionMode: 1,
  asAbsolutePath: (p) => p,
};

const t0 = performance.now();
const extension = require(bundle);
const t1 = performance.now();
const api = extension.activate(context);
const t2 = performance.now();
process.stdout.write(JSON.stringify({
  requireMs: t1 - t0,
  activateMs: t2 - t1,
  returnedApi: typeof api === 'object' && api !== null,
  subscriptions: context.subscriptions.length,
  calls: vscode.__benchCalls.length,
}));
