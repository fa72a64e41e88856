// Modules under src/extension import `vscode`, which exists only inside VS Code. Unit tests hand
// them a small stand-in instead, for every later `require('vscode')` of the test process.
import Module from 'node:module';

export function useVscodeStandIn(standIn: unknown): void {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? standIn : load.call(this, request, ...rest);
  };
}
