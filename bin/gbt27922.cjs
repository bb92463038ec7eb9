#!/usr/bin/env node
'use strict';
// The executable: checks the Node.js version in syntax every version can parse, then hands over
// to the bundled command line. CommonJS, so starting it does not bring up the ES module loader.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  process.stderr.write(`gbt27922 needs Node.js 20.19 or newer; this is ${process.version}.\ngbt27922 需要 Node.js 20.19 或更高版本，当前为 ${process.version}。\n`);
  process.exit(2);
}
keepCompiledCode();
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

/**
 * Compiling the bundles is a good part of every start. Node 22+ keeps compiled code between runs
 * when asked (module.enableCompileCache). On Node 20 the same is done here, for our own bundles
 * only: V8's code cache, stored per user (never in a shared temporary folder), keyed by the
 * package and Node versions, and checked by V8 against the source; anything odd and the file is
 * simply compiled as usual. GBT27922_NO_COMPILE_CACHE=1 turns it off.
 */
function keepCompiledCode() {
  const Module = require('node:module');
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return;
  }
  if (process.env.GBT27922_NO_COMPILE_CACHE) return;
  const fs = require('node:fs');
  const path = require('node:path');
  const os = require('node:os');
  const vm = require('node:vm');
  const root = path.resolve(__dirname, '..', 'dist') + path.sep;
  let version = 'dev';
  try {
    version = require('../package.json').version;
  } catch {}
  const home = process.platform === 'win32' ? process.env.LOCALAPPDATA : process.platform === 'darwin' ? path.join(os.homedir(), 'Library', 'Caches') : process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  if (!home) return;
  const cacheDir = path.join(home, 'gbt27922', `${version}-${process.version}`);
  const toWrite = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    // A bundle with a dynamic import() is left to Node: on Node 20 a vm.Script cannot resolve it.
    if (!filename.startsWith(root) || content.includes('import(')) return compile.call(this, content, filename);
    const cacheFile = path.join(cacheDir, path.relative(root, filename).replace(/[\\/:]/g, '_') + '.v8');
    let cachedData;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {}
    let script;
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData });
    } catch {
      return compile.call(this, content, filename);
    }
    if (!cachedData || script.cachedDataRejected) toWrite.push([script, cacheFile]);
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
  // Written on the way out, so the cache also holds the functions this run compiled lazily.
  process.once('exit', () => {
    for (const [script, file] of toWrite) {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, file);
      } catch {}
    }
  });
}
