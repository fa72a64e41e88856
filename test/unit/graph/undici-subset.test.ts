// The bundles take src/core/graph/undici-subset.ts for 'undici' (esbuild.mjs; that they do is checked
// with the other bundle contents in test/unit/manifest/bundle-size.test.ts). Were a value imported
// from undici in src/ missing there, a bundle would meet `undefined` only at run time; were the
// subset's files to move in a new undici, its objects would no longer be the package's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as undici from 'undici';
import * as subset from '../../../src/core/graph/undici-subset';

const ROOT = join(__dirname, '..', '..', '..');

/** The TypeScript the bundles take in (declaration files only describe). */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /(?<!\.d)\.ts$/.test(name))
    .map((name) => join(dir, name));

interface UndiciUse {
  /** Values (not types) that src/ imports or re-exports from 'undici'. */
  readonly values: Set<string>;
  /** The members of undici's `util` that src/ reads. */
  readonly utilMembers: Set<string>;
}

function undiciUse(): UndiciUse {
  const values = new Set<string>();
  const utilMembers = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\b(?:require|import)\(\s*['"]undici['"]\s*\)/, `${file} loads undici dynamically: import named values instead, so the subset can be checked`);
    for (const [, clause] of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)([^;'"]*?)\s+from\s+['"]undici['"]/gm)) {
      assert.match(clause, /^\{[^}]*\}$/, `${file} imports undici as "${clause}": name the values instead, so the subset can be checked`);
      for (const specifier of clause.slice(1, -1).split(',').map((s) => s.trim())) {
        if (!specifier || specifier.startsWith('type ')) continue;
        const [name, local = name] = specifier.split(/\s+as\s+/);
        values.add(name);
        if (name === 'util') for (const [, member] of text.matchAll(new RegExp(`\\b${local}\\.(\\w+)`, 'g'))) utilMembers.add(member);
      }
    }
  }
  return { values, utilMembers };
}

test('every value src/ takes from undici is in the subset, and is the package’s own object', () => {
  const { values, utilMembers } = undiciUse();
  assert.ok(values.has('ProxyAgent') && values.has('getGlobalDispatcher') && utilMembers.has('headerNameToString'), 'the scan found the imports it checks');
  const fromSubset = subset as Record<string, unknown>;
  const fromPackage = undici as unknown as Record<string, unknown>;
  for (const name of values) {
    assert.ok(name in fromSubset, `src/ imports ${name} from undici, but src/core/graph/undici-subset.ts does not export it`);
    if (name !== 'util') assert.equal(fromSubset[name], fromPackage[name], name);
  }
  const subsetUtil = subset.util as Record<string, unknown>;
  const packageUtil = undici.util as Record<string, unknown>;
  for (const member of utilMembers) {
    assert.ok(member in subsetUtil, `src/ reads util.${member} from undici, but the subset's util does not have it`);
    assert.equal(subsetUtil[member], packageUtil[member], `util.${member}`);
  }
});

test('a dispatcher loaded through the subset alone has the methods the package’s index gives it', () => {
  // In a process of its own: here the package's index has already completed the prototype.
  const script = `require('tsx/cjs'); const s = require(${JSON.stringify(join(ROOT, 'src/core/graph/undici-subset.ts'))});
    const methods = ['request', 'stream', 'pipeline', 'upgrade', 'connect'].filter((m) => typeof s.getGlobalDispatcher()[m] !== 'function');
    process.stdout.write(JSON.stringify({ missing: methods, index: Object.keys(require.cache).some((f) => /undici[\\\\/]index\\.js$/.test(f)) }));`;
  const child = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  assert.deepEqual(JSON.parse(child.stdout), { missing: [], index: false });
});
