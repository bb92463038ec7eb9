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
  process.stderr.write(`gbt27922: cannot start (${cause?.message}). Was the package built (npm run build)?\n`);
  process.exit(3);
}
cli.main(process.argv).then((code) => {
  process.exitCode = code;
});

/**
 * Compiling the bundles is a good part of every start, so compiled code is kept between runs, per
 * user (never in a shared temporary folder). Node 22+ does it itself (module.enableCompileCache,
 * which checks a hash of each file's content); Node 20 has no such thing, so there the launcher
 * keeps V8's code cache for our own bundles. V8 checks only a cached script's length, so each entry
 * is named by a hash of the bundle's content: a rebuilt bundle is never served old code, even when
 * its length did not change. GBT27922_NO_COMPILE_CACHE=1 turns every cache off; GBT27922_CACHE_DIR
 * moves it (the tests use a folder of their own).
 */
function keepCompiledCode() {
  if (process.env.GBT27922_NO_COMPILE_CACHE) return;
  const path = require('node:path');
  const base = cacheHome(path);
  if (!base) return;
  const Module = require('node:module');
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(path.join(base, 'node'));
    return;
  }
  const fs = require('node:fs');
  const { hash } = require('node:crypto');
  const vm = require('node:vm');
  const root = path.resolve(__dirname, '..', 'dist') + path.sep;
  const cacheDir = path.join(base, `v8-${process.version}-${process.arch}`);
  const toWrite = [];
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    // A bundle with a dynamic import() is left to Node: on Node 20 a vm.Script cannot resolve it.
    if (!filename.startsWith(root) || content.includes('import(')) return compile.call(this, content, filename);
    const name = path.relative(root, filename).replace(/[\\/:]/g, '_');
    const cacheFile = path.join(cacheDir, `${name}.${hash('sha256', content).slice(0, 32)}.v8`);
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
    if (!cachedData || script.cachedDataRejected) toWrite.push([script, cacheFile, name]);
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
  // Written on the way out, so the cache also holds the functions this run compiled lazily.
  process.once('exit', () => {
    if (toWrite.length === 0) return;
    try {
      fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    } catch {
      return;
    }
    for (const [script, file] of toWrite) {
      try {
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, script.createCachedData());
        fs.renameSync(temporary, file);
      } catch {}
    }
    prune(fs, path, base, cacheDir, new Set(toWrite.map(([, , name]) => name)));
  });
}

/** Where this user's caches go: GBT27922_CACHE_DIR, else the platform's per-user cache folder. */
function cacheHome(path) {
  if (process.env.GBT27922_CACHE_DIR) return path.resolve(process.env.GBT27922_CACHE_DIR);
  const os = require('node:os');
  let home;
  if (process.platform === 'win32') home = process.env.LOCALAPPDATA;
  else if (process.platform === 'darwin') home = path.join(os.homedir(), 'Library', 'Caches');
  else home = process.env.XDG_CACHE_HOME && path.isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return home ? path.join(home, 'gbt27922') : undefined;
}

/**
 * Each rebuild leaves entries for content that no longer exists. After a write, a bundle keeps its
 * few newest entries (several checkouts may share the cache), a leftover temporary file goes after
 * a day, and the folders of other Node versions or of the old layout go when unused for a month.
 */
function prune(fs, path, base, cacheDir, written) {
  const KEEP = 4;
  const now = Date.now();
  const DAY = 86_400_000;
  const mtime = (file) => {
    try {
      return fs.statSync(file).mtimeMs;
    } catch {
      return now;
    }
  };
  const remove = (file) => {
    try {
      fs.rmSync(file, { recursive: true, force: true });
    } catch {}
  };
  try {
    const byName = new Map();
    for (const entry of fs.readdirSync(cacheDir)) {
      const file = path.join(cacheDir, entry);
      if (entry.endsWith('.tmp')) {
        if (now - mtime(file) > DAY) remove(file);
        continue;
      }
      const name = entry.replace(/\.[0-9a-f]{32}\.v8$/, '');
      if (name === entry || !written.has(name)) continue;
      byName.set(name, [...(byName.get(name) || []), file]);
    }
    for (const files of byName.values()) {
      files.sort((a, b) => mtime(b) - mtime(a));
      for (const file of files.slice(KEEP)) remove(file);
    }
    for (const entry of fs.readdirSync(base)) {
      const folder = path.join(base, entry);
      if (folder !== cacheDir && entry !== 'node' && now - mtime(folder) > 30 * DAY) remove(folder);
    }
  } catch {}
}
