#!/usr/bin/env node
// Launcher A: the integration suite in a VS Code downloaded by @vscode/test-electron.
//   node test/integration/run-electron.mjs        (Linux without a display: xvfb-run -a node …)
// Environment: FBBATCH_VSCODE_VERSION (default 1.99.3), FBBATCH_TEST_GREP.
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const { main } = require('./electron/main.ts');
// Exit explicitly: a stray handle must not keep CI waiting.
process.exit(await main());
