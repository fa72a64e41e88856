// The extension manifest promises things a user relies on: where tokens may go, when the extension
// wakes up, and that every setting and command is described.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

interface Setting { scope?: string; default?: unknown; description?: string; markdownDescription?: string }
const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const settings: Record<string, Setting> = manifest.contributes.configuration.properties;

test('the Graph API URL can only be set by the user, never by a workspace', () => {
  assert.equal(settings['fbbatch.graphApiUrl'].scope, 'application');
  assert.equal(settings['fbbatch.graphApiUrl'].default, 'https://graph.facebook.com');
});

test('untrusted workspaces get the language features only', () => {
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
});

test('the extension wakes up only for the language, its panel, or its commands', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:fbbatch', 'onWebviewPanel:fbbatch.responses']);
  assert.equal(manifest.engines.vscode, '^1.99.0');
});

test('every setting has a description and a default', () => {
  for (const [key, setting] of Object.entries(settings)) {
    assert.ok(setting.description || setting.markdownDescription, `${key} has no description`);
    assert.ok('default' in setting, `${key} has no default`);
  }
});

test('every command in a menu or keybinding is contributed with a title', () => {
  const titled = new Set<string>(manifest.contributes.commands.filter((c: { title?: string }) => c.title).map((c: { command: string }) => c.command));
  const used = [
    ...Object.values(manifest.contributes.menus as Record<string, { command: string }[]>).flat(),
    ...manifest.contributes.keybindings,
  ].map((entry: { command: string }) => entry.command);
  for (const command of used) assert.ok(titled.has(command), `${command} is used but not contributed`);
});

test('the explorer offers the upload for exactly the five types the API takes, in any letter case', () => {
  const when: string = manifest.contributes.menus['explorer/context'].find((m: { command: string }) => m.command === 'fbbatch.uploadFile').when;
  const pattern = new RegExp(/\/\^(.*)\/i/.exec(when)![1].replace(/\\\\/g, '\\'), 'i');
  for (const ext of ['.pdf', '.jpg', '.JPEG', '.png', '.Mp4']) assert.ok(pattern.test(ext), ext);
  for (const ext of ['.gif', '.txt', '.pngx', '.mov']) assert.ok(!pattern.test(ext), ext);
});
