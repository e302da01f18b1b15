#!/usr/bin/env node
'use strict';
// The `strategy` command: starts dist/cli.js, the bundle that scripts/build.mjs makes of
// src/main.ts. Node 22.1 and later keep the compiled code in a cache of their own
// (module.enableCompileCache); older versions start without one.
const { join } = require('node:path');
const packageRoot = join(__dirname, '..');
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Asked by scripts and bug reports: answered without loading the command.
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  require('node:module').enableCompileCache?.();
  import('../dist/cli.js').then(({ main }) => main(packageRoot));
}
