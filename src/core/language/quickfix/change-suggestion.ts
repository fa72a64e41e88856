// "Change to X" for every diagnostic that carries a suggestion: a misspelled key, method,
// operation name in depends_on or a reference, or attachment name.
import type { QuickFixProvider } from './actions';
import { dataString, quickFix } from './actions';

export const changeToSuggestion: QuickFixProvider = (_doc, diagnostic) => {
  const suggestion = dataString(diagnostic, 'suggestion');
  const replacement = dataString(diagnostic, 'replacement');
  if (suggestion === undefined || replacement === undefined) return [];
  return [quickFix(`Change to "${suggestion}"`, diagnostic, [{ range: diagnostic.range, newText: replacement }], true)];
};
