/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS that node loads without a compiler */
// Preloaded into the CLI for the resume row (node --require): when the process exits, copy its
// /proc/self/io (wchar = bytes it handed to write(2), sockets included) to $FBBATCH_BENCH_IO_FILE.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  const target = process.env.FBBATCH_BENCH_IO_FILE;
  if (target) fs.writeFileSync(target, fs.readFileSync('/proc/self/io', 'utf8'));
});
