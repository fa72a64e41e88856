/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS that node loads without a compiler */
// A stand-in for the `vscode` module, to time the extension's activate() in plain node. Every name
// the real API exports (read from @types/vscode) exists; anything reached through it is a callable,
// constructible stub, and each register*/create* call is recorded so the benchmark can say what
// activation set up. It does nothing else: this measures our code, not VS Code's.
'use strict';
const { readFileSync } = require('node:fs');

const calls = [];

function stub(path) {
  return new Proxy(function () {}, {
    get(target, prop) {
      if (prop === 'prototype') return target.prototype;
      if (prop === 'then' || typeof prop === 'symbol') {
        if (prop === Symbol.toPrimitive) return () => path;
        if (prop === Symbol.iterator) return function* () {};
        return undefined;
      }
      if (Object.prototype.hasOwnProperty.call(target, prop)) return target[prop];
      return stub(`${path}.${String(prop)}`);
    },
    apply() {
      if (/\.(register|create)[A-Z]\w*$/.test(path)) calls.push(path);
      return stub(`${path}()`);
    },
    construct() {
      return stub(`new ${path}`);
    },
  });
}

const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const names = new Set([...declarations.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((m) => m[1]));
const api = { __benchCalls: calls };
for (const name of names) api[name] = name === 'version' ? '1.99.0' : stub(`vscode.${name}`);
module.exports = api;
