// Where things are: the project, the built extension, and the scratch folder (gitignored).
import { join, resolve } from 'node:path';

export const PROJECT_DIR = resolve(__dirname, '../../..');
export const PRODUCT_VSIX = join(PROJECT_DIR, 'dist', 'fbbatch.vsix');
export const INTEGRATION_DIR = join(PROJECT_DIR, 'test', 'integration');
export const FIXTURES_DIR = join(INTEGRATION_DIR, 'fixtures');
export const WORK_DIR = join(PROJECT_DIR, 'test', '.work', 'integration');
export const ARTIFACTS_DIR = join(PROJECT_DIR, 'test', 'artifacts');
export const SETUP_SCRIPT = join(PROJECT_DIR, '.ci', 'setup-vscode.sh');
export const PRODUCT_EXTENSION_ID = 'fbbatch.fbbatch';
export const RUNNER_EXTENSION_ID = 'fbbatch-tests.fbbatch-test-runner';
