// A LanguageContext for tests: every file exists inside the workspace unless told otherwise.
import type { LanguageContext } from '../../../src/core/language/types';

export function testContext(overrides: Partial<LanguageContext> = {}): LanguageContext {
  return {
    documentDir: '/work/project',
    fileExists: () => true,
    isInsideWorkspace: () => true,
    tokenNames: () => ['page'],
    lastResponse: () => undefined,
    ...overrides,
  };
}
