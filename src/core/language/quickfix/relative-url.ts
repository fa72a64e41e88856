// FB106–FB109: delete the scheme, host, slash or version in front of relative_url's path.
import { dataString, quickFix, type QuickFixProvider } from './actions';

export const removeUrlPrefix: QuickFixProvider = (_doc, diagnostic) => {
  const prefix = dataString(diagnostic, 'prefix');
  if (prefix === undefined) return [];
  return [quickFix(`Remove "${prefix}" from relative_url`, diagnostic, [{ range: diagnostic.range, newText: '' }], true)];
};
