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
 * holds the bytes of the bundle it was made from and is used only when they are the bundle's bytes
 * now: a rebuilt bundle is never served old code, even when its length did not change. Comparing
 * bytes costs a fraction of a millisecond where hashing them loaded node:crypto on every start.
 * Entries are named by bundle, kind of run (runKind), installation (its folder) and length, so two
 * installations sharing the cache keep their own. GBT27922_NO_COMPILE_CACHE=1 turns every cache
 * off; GBT27922_CACHE_DIR moves it (the tests use a folder of their own).
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
  const vm = require('node:vm');
  const root = path.resolve(__dirname, '..', 'dist') + path.sep;
  const checkout = fnv1a(root);
  const kind = runKind(process.argv.slice(2), (name) => fs.existsSync(path.join(root, 'bundle', 'commands', `${name}.cjs`)));
  const cacheDir = path.join(base, `v8-${process.version}-${process.arch}`);
  const toWrite = [];
  const loadJs = Module._extensions['.js'];
  // Node's loader for .js and .cjs files, taken over for our bundles so their bytes are read once,
  // both to compare with an entry's and to compile.
  Module._extensions['.js'] = (module, filename) => {
    if (!filename.startsWith(root) || !filename.endsWith('.cjs')) return loadJs(module, filename);
    const bytes = fs.readFileSync(filename);
    const content = bytes.toString('utf8');
    // A bundle with a dynamic import() is left to Node: on Node 20 a vm.Script cannot resolve it.
    if (content.includes('import(')) return module._compile(content, filename, 'commonjs');
    // An entry is found by the bundle's name, the kind of run, its checkout (two installs share the
    // cache) and its length, and trusted only by its bytes (readEntry).
    const bundle = filename.slice(root.length).replace(/[\\/:]/g, '_');
    const name = `${bundle}.${kind}.${checkout}`;
    const cacheFile = path.join(cacheDir, `${name}-${bytes.length}.v8`);
    const cachedData = readEntry(fs, cacheFile, bytes);
    let script;
    try {
      script = new vm.Script(Module.wrap(content), { filename, cachedData });
    } catch {
      return module._compile(content, filename, 'commonjs');
    }
    if (!cachedData || script.cachedDataRejected) toWrite.push({ script, cacheFile, build: `${bundle}.${checkout}`, bytes });
    const wrapper = script.runInThisContext({ displayErrors: true });
    return wrapper.call(module.exports, module.exports, Module.createRequire(filename), module, filename, path.dirname(filename));
  };
  // Written on the way out, so the cache also holds the functions this run compiled lazily.
  process.once('exit', () => {
    if (toWrite.length === 0) return;
    try {
      fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    } catch {
      return;
    }
    for (const { script, cacheFile, bytes } of toWrite) {
      try {
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        const length = Buffer.alloc(4);
        length.writeUInt32LE(bytes.length);
        fs.writeFileSync(temporary, Buffer.concat([length, bytes, script.createCachedData()]));
        fs.renameSync(temporary, cacheFile);
      } catch {}
    }
    prune(fs, path, base, cacheDir, new Set(toWrite.map(({ build }) => build)));
  });
}

/**
 * The kind of run an entry is for: the command, and whether it shows help. An entry holds the code
 * of the functions the run that wrote it compiled, and is not rewritten after; `--help` and `score`
 * use different parts of main.cjs and the shared bundles (help's formatting and folding, or the
 * score command's loading), so each kind keeps its own, rather than every `--help` after a `score`
 * compiling its part again (~5 million instructions, 1-2 ms). Only a command the package has
 * (`isCommand`: its bundle is there) is a kind; any other word (a mistyped command, the value of an
 * option of the questionnaire, which runs without one) is `none`, so the kinds stay few.
 */
function runKind(args, isCommand) {
  // The first word that is neither an option nor the value of --lang (the one global option with one).
  const command = args.find((arg, index) => !arg.startsWith('-') && args[index - 1] !== '--lang');
  const name = command !== undefined && /^[a-z][a-z-]{0,31}$/.test(command) && isCommand(command) ? command : 'none';
  return args.some((arg) => arg === '--help' || arg === '-h') ? `${name}-help` : name;
}

/**
 * An entry is the bundle's length (4 bytes), its bytes, then V8's data: the data, when the bytes
 * are exactly `bytes`; nothing for a missing, short or other bundle's entry.
 */
function readEntry(fs, file, bytes) {
  let entry;
  try {
    entry = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const end = 4 + bytes.length;
  if (entry.length <= end || entry.readUInt32LE(0) !== bytes.length || !bytes.equals(entry.subarray(4, end))) return undefined;
  return entry.subarray(end);
}

/** Where this user's caches go: GBT27922_CACHE_DIR, else the platform's per-user cache folder. */
function cacheHome(path) {
  if (process.env.GBT27922_CACHE_DIR) return path.resolve(process.env.GBT27922_CACHE_DIR);
  let home;
  if (process.platform === 'win32') home = process.env.LOCALAPPDATA;
  else if (process.platform === 'darwin') home = path.join(homeDir(), 'Library', 'Caches');
  else home = process.env.XDG_CACHE_HOME && path.isAbsolute(process.env.XDG_CACHE_HOME) ? process.env.XDG_CACHE_HOME : path.join(homeDir(), '.cache');
  return home ? path.join(home, 'gbt27922') : undefined;
}

/** $HOME, which is what os.homedir() reads first on macOS and Linux; node:os (~0.3 ms) only without it. */
function homeDir() {
  return process.env.HOME || require('node:os').homedir();
}

/**
 * Each rebuild leaves entries for content that no longer exists. After a write, each bundle of each
 * checkout keeps the entries (of every kind of run) of its few newest lengths, entries of earlier
 * layouts go, a leftover temporary file goes after a day, and the launcher's folders for other Node
 * versions (or of its first layout) go when unused for a month. Nothing else is touched:
 * GBT27922_CACHE_DIR may name a folder others use.
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
    const byBuild = new Map();
    for (const entry of fs.readdirSync(cacheDir)) {
      const file = path.join(cacheDir, entry);
      if (/\.v8\.\d+\.tmp$/.test(entry)) {
        if (now - mtime(file) > DAY) remove(file);
        continue;
      }
      // Named by a sha256 of the bundle, by its length alone, or without the kind of run: never read again.
      if (/\.cjs\.([0-9a-f]{32}|\d+|[0-9a-f]{8}-\d+)\.v8$/.test(entry)) {
        remove(file);
        continue;
      }
      const current = /^(.+)\.[a-z][a-z-]*\.([0-9a-f]{8})-(\d+)\.v8$/.exec(entry);
      const build = current && `${current[1]}.${current[2]}`;
      if (build && written.has(build)) byBuild.set(build, [...(byBuild.get(build) || []), { file, length: current[3] }]);
    }
    // A bundle's entries of every kind of run: those of its few newest lengths (builds) stay, so an
    // old build's entries go, whichever kind of run wrote them.
    for (const entries of byBuild.values()) {
      const newest = new Map();
      for (const { file, length } of entries) newest.set(length, Math.max(newest.get(length) || 0, mtime(file)));
      const kept = new Set(
        [...newest]
          .sort((a, b) => b[1] - a[1])
          .slice(0, KEEP)
          .map(([length]) => length),
      );
      for (const { file, length } of entries) if (!kept.has(length)) remove(file);
    }
    for (const entry of fs.readdirSync(base)) {
      const folder = path.join(base, entry);
      const launchers = /^v8-v\d+\.\d+\.\d+-\w+$/.test(entry) || /^\d+\.\d+\.\d+\S*-v\d+\.\d+\.\d+$/.test(entry);
      if (launchers && folder !== cacheDir && now - mtime(folder) > 30 * DAY) remove(folder);
    }
  } catch {}
}

/** A short name for a checkout's dist folder (FNV-1a, 32 bits): which installation an entry is of. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
