#!/usr/bin/env node
// Launcher B + the UI tests, without internet: node test/integration/run-offline.mjs
//   --only=integration | --only=ui   run one layer
//   --skip-package                    use the existing dist/fbbatch.vsix
//   --vsix=FILE                       test this .vsix (implies --skip-package)
// Environment: FBBATCH_CODE_SERVER_DIR (code-server cache), FBBATCH_TEST_GREP, FBBATCH_UI_GREP.
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const { main } = require('./offline/main.ts');
// Exit explicitly: a stray handle (a socket, a timer) must not keep CI waiting.
process.exit(await main(process.argv.slice(2)));
