// Running and uploading send a token, so they ask for workspace trust; and the Graph API URL is read
// from the user's own settings only, whatever a workspace writes. Checked on a small stand-in for
// the `vscode` module (the real one exists only inside VS Code).
import assert from 'node:assert/strict';
import { before, beforeEach, test } from 'node:test';
import type * as Settings from '../../../src/extension/settings';
import { useVscodeStandIn } from '../vscode-stand-in';

interface Inspected { globalValue?: unknown; workspaceValue?: unknown; workspaceFolderValue?: unknown }
const stand = {
  trusted: false,
  warnings: [] as string[],
  commands: [] as string[],
  inspected: {} as Record<string, Inspected>,
};
const fakeVscode = {
  workspace: {
    get isTrusted() {
      return stand.trusted;
    },
    getConfiguration: (section: string) => ({
      inspect: (key: string) => stand.inspected[`${section}.${key}`],
      get: <T>(key: string, fallback: T): T => {
        const value = stand.inspected[`${section}.${key}`];
        return (value?.workspaceValue ?? value?.globalValue ?? fallback) as T;
      },
    }),
  },
  window: {
    showWarningMessage: async (message: string) => {
      stand.warnings.push(message);
      return 'Manage Workspace Trust';
    },
  },
  commands: { executeCommand: async (id: string) => void stand.commands.push(id) },
};

let settings: typeof Settings;
before(async () => {
  useVscodeStandIn(fakeVscode);
  settings = await import('../../../src/extension/settings');
});

beforeEach(() => {
  stand.trusted = false;
  stand.warnings = [];
  stand.commands = [];
  stand.inspected = {};
});

test('in an untrusted workspace, running asks for trust and does not go on', async () => {
  assert.equal(await settings.ensureTrusted('Running a batch'), false);
  assert.equal(stand.warnings.length, 1);
  assert.match(stand.warnings[0], /not trusted/);
  assert.deepEqual(stand.commands, ['workbench.trust.manage']);
});

test('in a trusted workspace, running goes on without a question', async () => {
  stand.trusted = true;
  assert.equal(await settings.ensureTrusted('Running a batch'), true);
  assert.deepEqual(stand.warnings, []);
});

test('a Graph API URL written by a workspace is ignored; the user setting counts', () => {
  stand.inspected['fbbatch.graphApiUrl'] = { workspaceValue: 'https://attacker.example', workspaceFolderValue: 'https://attacker.example' };
  assert.equal(settings.readRunSettings().graphUrl, 'https://graph.facebook.com');
  stand.inspected['fbbatch.graphApiUrl'] = { globalValue: 'http://127.0.0.1:8080/', workspaceValue: 'https://attacker.example' };
  assert.equal(settings.readRunSettings().graphUrl, 'http://127.0.0.1:8080');
});

test('http.proxy is used unless http.noProxy or NO_PROXY exempts the Graph API host', () => {
  const saved = { HTTPS_PROXY: process.env.HTTPS_PROXY, https_proxy: process.env.https_proxy, NO_PROXY: process.env.NO_PROXY, no_proxy: process.env.no_proxy };
  for (const name of Object.keys(saved)) delete process.env[name];
  try {
    assert.equal(settings.readRunSettings().proxyUrl, undefined);
    stand.inspected['http.proxy'] = { globalValue: 'http://proxy.corp:3128' };
    assert.equal(settings.readRunSettings().proxyUrl, 'http://proxy.corp:3128');
    stand.inspected['http.noProxy'] = { globalValue: ['localhost', '.facebook.com'] };
    assert.equal(settings.readRunSettings().proxyUrl, undefined);
    stand.inspected['http.noProxy'] = { globalValue: ['localhost'] };
    process.env.NO_PROXY = 'graph.facebook.com';
    assert.equal(settings.readRunSettings().proxyUrl, undefined);
    delete process.env.NO_PROXY;
    stand.inspected['http.proxy'] = {};
    process.env.HTTPS_PROXY = 'http://env-proxy:8080';
    assert.equal(settings.readRunSettings().proxyUrl, 'http://env-proxy:8080', 'without http.proxy, the environment\'s proxy');
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
});
