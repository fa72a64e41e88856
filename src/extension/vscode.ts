// The one place that imports the VS Code API. The bundler turns each `import * as` of an external
// CommonJS module into a copy of all its properties, and the API has hundreds: importing it once and
// re-exporting the namespace saves that copy in every other module (about 2 ms of activation).
export * as vscode from 'vscode';
