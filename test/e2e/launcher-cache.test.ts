import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

/**
 * The launcher keeps compiled code between runs. These runs use a copy of the built package and a
 * cache folder of their own, then change a bundle the way a rebuild would.
 */
/** Node 22+ keeps compiled code itself (in a folder of its own under ours); Node 20 uses the launcher's. */
const launcherCache = !('enableCompileCache' in nodeModule);

describe('the launcher’s compile cache', () => {
  let pkg: string;
  let cache: string;
  const mainBundle = () => path.join(pkg, 'dist', 'bundle', 'main.cjs');
  const help = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [path.join(pkg, 'bin', 'gbt27922.cjs'), '--help', '--lang', 'en'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', GBT27922_CACHE_DIR: cache, ...env },
    });
  const entries = () => readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.v8'));
  /** Rewrites the main bundle with `from` replaced by `to`, keeping its length, as a rebuild might. */
  const rebuild = (from: string, to: string) => {
    const before = readFileSync(mainBundle(), 'utf8');
    expect(before).toContain(from);
    const after = before.replace(from, to);
    expect(Buffer.byteLength(after)).toBe(Buffer.byteLength(before));
    writeFileSync(mainBundle(), after);
  };

  beforeAll(() => {
    const work = mkdtempSync(path.join(tmpdir(), 'gbt27922-launcher-'));
    pkg = path.join(work, 'package');
    cache = path.join(work, 'cache');
    mkdirSync(pkg);
    for (const part of ['bin', 'package.json', path.join('dist', 'bundle')]) cpSync(path.join(repoRoot, part), path.join(pkg, part), { recursive: true });
  });

  it('when a bundle changes without changing its length then the next run shows the new text', () => {
    const first = help();
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Self-assessment for GB/T 27922');
    if (launcherCache) expect(entries().some((name) => name.includes('main.cjs'))).toBe(true);
    expect(help().stdout).toContain('Self-assessment for GB/T 27922');

    rebuild('Self-assessment for GB/T 27922', 'SELF-ASSESSMENT FOR GB/T 27922');
    const second = help();
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('SELF-ASSESSMENT FOR GB/T 27922');
    expect(second.stdout).not.toContain('Self-assessment for GB/T 27922');
  });

  it('when bundles are rebuilt many times then each keeps only its newest few entries, and entries of the earlier layout go', () => {
    if (launcherCache) {
      // Entries as the launcher wrote them before: named by a sha256 of the bundle, and without the kind of run.
      const folder = path.dirname(path.join(cache, entries().find((name) => name.includes('main.cjs'))!));
      writeFileSync(path.join(folder, `bundle_main.cjs.${'0'.repeat(32)}.v8`), 'old');
      writeFileSync(path.join(folder, 'bundle_main.cjs.0123abcd-91671.v8'), 'old');
    }
    // Each rebuild changes the bundle's length too: entries are found by name and length.
    for (let round = 1; round <= 7; round++) {
      writeFileSync(mainBundle(), `${readFileSync(mainBundle(), 'utf8')}\n//${'x'.repeat(round)}`);
      expect(help().stdout).toMatch(/ASSESSMENT FOR GB\/T 27922/i);
    }
    if (launcherCache) {
      const kept = entries().filter((name) => name.includes('main.cjs'));
      expect(kept.length).toBeLessThanOrEqual(4);
      expect(kept.some((name) => /[0-9a-f]{32}\.v8$/.test(name))).toBe(false);
      expect(kept.some((name) => name.includes('0123abcd'))).toBe(false);
      // The entry of the bundle as it is now is among those kept.
      expect(kept.some((name) => name.endsWith(`-${statSync(mainBundle()).size}.v8`))).toBe(true);
    }
  });

  it.skipIf(!launcherCache)('when --help runs after another command then each kind of run keeps its own entry of the main bundle', () => {
    // An entry holds what the run that wrote it compiled: a `score` run's lacks help's formatting.
    const kinds = mkdtempSync(path.join(tmpdir(), 'gbt27922-launcher-kinds-'));
    const run = (args: string[]) =>
      spawnSync(process.execPath, [path.join(pkg, 'bin', 'gbt27922.cjs'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', GBT27922_CACHE_DIR: kinds } });
    expect(run(['score', '--help', '--lang', 'en']).status).toBe(0);
    expect(run(['--help', '--lang', 'en']).status).toBe(0);
    expect(run(['--version']).status).toBe(0);
    // A word that is no command (mistyped) is no kind of its own: the kinds stay as few as the commands.
    expect(run(['scroe', '--lang', 'en']).status).toBe(2);
    const folder = path.join(kinds, `v8-${process.version}-${process.arch}`);
    const main = readdirSync(folder)
      .filter((name) => name.startsWith('bundle_main.cjs.'))
      .map((name) => name.split('.')[2])
      .sort();
    expect(main).toEqual(['none', 'none-help', 'score-help']);

    // A rebuild's entries push out the old build's, of every kind: `score --help` is not run again,
    // yet its entry of the first build goes once four newer builds have entries.
    const firstLength = statSync(mainBundle()).size;
    for (let round = 1; round <= 4; round++) {
      writeFileSync(mainBundle(), `${readFileSync(mainBundle(), 'utf8')}\n//${'k'.repeat(round)}`);
      expect(run(['--help', '--lang', 'en']).status).toBe(0);
    }
    const left = readdirSync(folder).filter((name) => name.startsWith('bundle_main.cjs.'));
    expect(left.filter((name) => name.endsWith(`-${firstLength}.v8`))).toEqual([]);
    expect(left).toHaveLength(4);
  });

  it.skipIf(!launcherCache)("when GBT27922_CACHE_DIR names a folder other programs use then only the launcher's own old folders are removed", () => {
    const shared = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-launcher-shared-')), 'cache');
    const monthAgo = new Date(Date.now() - 40 * 86_400_000);
    const place = (name: string, folder: boolean) => {
      const target = path.join(shared, name);
      if (folder) mkdirSync(target, { recursive: true });
      else writeFileSync(target, 'kept');
      utimesSync(target, monthAgo, monthAgo);
    };
    place('other-app', true);
    place('notes.txt', false);
    place('v8-v20.1.0-x64', true); // the launcher's folder for a Node version no longer used
    place('0.0.9-v20.1.0', true); // the launcher's first layout
    const run = help({ GBT27922_CACHE_DIR: shared });
    expect(run.status).toBe(0);
    expect(readdirSync(shared).sort()).toEqual(['notes.txt', 'other-app', `v8-${process.version}-${process.arch}`]);
  });

  it.skipIf(!launcherCache)('when two installations have bundles of the same length then each keeps its own entry, and neither is compiled again', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gbt27922-launcher-two-'));
    const shared = path.join(work, 'cache');
    const installs = ['one', 'two'].map((name, index) => {
      const copy = path.join(work, name);
      mkdirSync(copy);
      for (const part of ['bin', 'package.json', path.join('dist', 'bundle')]) cpSync(path.join(pkg, part), path.join(copy, part), { recursive: true });
      const bundle = path.join(copy, 'dist', 'bundle', 'main.cjs');
      // Same length, different text: as a patch release beside the one before it.
      writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(/ASSESSMENT FOR GB\/T 27922/i, index === 0 ? 'ASSESSMENT FOR GB/T 27922' : 'assessment for GB/T 27922'));
      return copy;
    });
    const run = (copy: string) =>
      spawnSync(process.execPath, [path.join(copy, 'bin', 'gbt27922.cjs'), '--help', '--lang', 'en'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', GBT27922_CACHE_DIR: shared },
      });
    for (const copy of installs) run(copy);
    const folder = path.join(shared, `v8-${process.version}-${process.arch}`);
    const written = () =>
      Object.fromEntries(
        readdirSync(folder)
          .filter((name) => name.startsWith('bundle_main.cjs.'))
          .map((name) => [name, statSync(path.join(folder, name)).mtimeMs]),
      );
    const before = written();
    expect(Object.keys(before)).toHaveLength(2);
    for (let round = 0; round < 3; round++) {
      expect(run(installs[0]!).stdout).toContain('ASSESSMENT FOR GB/T 27922');
      expect(run(installs[1]!).stdout).toContain('assessment for GB/T 27922');
    }
    expect(written()).toEqual(before);
  });

  it.skipIf(process.platform === 'win32')("when no cache folder is named then it is under $HOME's .cache, found without node:os", () => {
    const home = mkdtempSync(path.join(tmpdir(), 'gbt27922-launcher-home-'));
    const probe = path.join(home, 'probe.cjs');
    writeFileSync(probe, "process.on('exit', () => process.stdout.write('OS=' + process.moduleLoadList.includes('NativeModule os')));\n");
    const run = spawnSync(process.execPath, ['-r', probe, path.join(pkg, 'bin', 'gbt27922.cjs'), '--help', '--lang', 'en'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', HOME: home },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('OS=false');
    expect(readdirSync(path.join(home, '.cache', 'gbt27922'))).not.toEqual([]);
    // Without $HOME the user's home comes from node:os, and the tool still starts.
    const homeless = spawnSync(process.execPath, [path.join(pkg, 'bin', 'gbt27922.cjs'), '--version'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(homeless.status).toBe(0);
    expect(homeless.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('when the cache is switched off then nothing is written, whatever the Node version', () => {
    const off = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-launcher-off-')), 'cache');
    const run = help({ GBT27922_CACHE_DIR: off, GBT27922_NO_COMPILE_CACHE: '1' });
    expect(run.status).toBe(0);
    expect(() => statSync(off)).toThrow();
  });
});
