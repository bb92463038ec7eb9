#!/usr/bin/env node
'use strict';
// The executable: checks the Node.js version in syntax every version can parse, then hands over
// to the bundled command line. CommonJS, so starting it does not bring up the ES module loader.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`gbt27922 needs Node.js 20.19 or newer; this is ${process.version}.\ngbt27922 需要 Node.js 20.19 或更高版本，当前为 ${process.version}。\n`);
  process.exit(2);
}
// Node 22+ keeps compiled code between runs when asked: free speed for every later start.
require('node:module').enableCompileCache?.();
let cli;
try {
  cli = require('../dist/bundle/main.cjs');
} catch (cause) {
  process.stderr.write(`gbt27922: cannot start (${cause && cause.message}). Was the package built (npm run build)?\n`);
  process.exit(3);
}
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});
