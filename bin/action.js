#!/usr/bin/env node
// The GitHub Action's lint step (action.yml): the CLI bundle's runAction, on the runner's node.
'use strict';
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stdout.write(`::error title=hardenfile::hardenfile needs Node.js 20.19 or later, but the node on PATH is ${process.version}: add actions/setup-node before this step\n`);
  process.exitCode = 2;
} else {
  require('./run-bundle.js')('runAction', []);
}
