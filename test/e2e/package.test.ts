import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The real `npx` path: the packed tarball installed into an empty folder, then used from there.
 * `--ignore-scripts` on pack: the suite runs after `npm run build`, and rebuilding here would pull
 * dist/ from under the tests running beside this one.
 */
describe('the published package', () => {
  it('holds only what users need, installs into an empty folder, and works from there', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'gbt27922-pack-'));
    const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8' })) as Array<{
      filename: string;
      size: number;
      unpackedSize: number;
      files: Array<{ path: string }>;
    }>;
    // 5.3 MB packed and 12.4 MB installed (README); 7.3 / 19.5 MB when the PDF stack, exceljs and yaml
    // were bundled into every command that used them. A third of it is the font.
    expect(packed[0]!.size).toBeLessThan(5_500_000);
    expect(packed[0]!.unpackedSize).toBeLessThan(13_000_000);
    const files = packed[0]!.files.map((file) => file.path);
    expect(files).toContain('bin/gbt27922.cjs');
    expect(files).toContain('dist/bundle/main.cjs');
    expect(files).toContain('templates/fonts/NotoSansSC-GB2312-Regular.ttf');
    expect(files).toContain('templates/fonts/OFL.txt');
    expect(files.filter((file) => /^(src|test|\.ci)\/|\.ts$|\.map$|\.py$/.test(file))).toEqual([]);

    const app = path.join(work, 'app');
    mkdirSync(app);
    execFileSync(npm, ['init', '-y'], { cwd: app, stdio: 'ignore' });
    execFileSync(npm, ['install', '--no-audit', '--no-fund', path.join(work, packed[0]!.filename)], { cwd: app, stdio: 'ignore', timeout: 240_000 });
    const bin = path.join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'gbt27922.cmd' : 'gbt27922');
    const run = (args: string[]) => spawnSync(bin, args, { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GBT27922_FALLBACK_FONTS: '' }, shell: process.platform === 'win32' });

    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('score');

    const example = path.join(app, 'node_modules', 'gbt27922', 'examples', 'producer-4star.yaml');
    const scored = run(['score', example]);
    expect(scored.status, scored.stderr).toBe(0);
    expect(scored.stdout).toContain('预计得分：94.7 / 100');

    // Every bundled example validates and scores with nothing on stderr; the one with evidence finds
    // its sample files, shipped beside it and unchanged since recorded.
    const examples = path.join(app, 'node_modules', 'gbt27922', 'examples');
    for (const name of readdirSync(examples).filter((file) => file.endsWith('.yaml'))) {
      for (const command of ['validate', 'score']) {
        const checked = run([command, path.join(examples, name)]);
        expect([name, command, checked.status, checked.stderr]).toEqual([name, command, 0, '']);
      }
    }
    const evidence = run(['evidence', example, '--strict', '--format', 'json']);
    expect(evidence.status, evidence.stderr).toBe(0);
    expect(JSON.parse(evidence.stdout).counts).toMatchObject({ ok: 2, missing: 0, changed: 0 });

    const pdf = path.join(app, 'report.pdf');
    const report = run(['report', example, '-o', pdf]);
    expect(report.status, report.stderr).toBe(0);
    expect(existsSync(pdf)).toBe(true);

    // Everything the tool runs is in its bundles: installing it brings nothing else.
    expect(readdirSync(path.join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['gbt27922']);
  }, 300_000);
});
