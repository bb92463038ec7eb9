import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, testCache } from '../helpers/run-cli.js';

const example = path.join(repoRoot, 'examples', 'producer-4star.yaml');
const temp = () => mkdtempSync(path.join(tmpdir(), 'gbt27922-coded-'));

describe('what used to be an internal error (exit 3) is a coded error', () => {
  it.each(['application.yaml', 'audit-effort.yaml'])('when --catalogue names the shipped data file %s, then it is refused as not a catalogue', (name) => {
    const run = runCli(['score', example, '--catalogue', path.join(repoRoot, 'indicators', name), '--lang', 'en']);
    expect(run.stderr).toContain('CATALOGUE_NOT_A_CATALOGUE');
    expect(run.status).toBe(2);
  });

  it.each([3000, 30_000, 300_000])(
    'when --font is a TTF cut off after %i bytes, then it is refused as unusable',
    (bytes) => {
      const font = path.join(temp(), 'cut.ttf');
      writeFileSync(font, readFileSync(path.join(repoRoot, 'templates', 'fonts', 'NotoSansSC-GB2312-Regular.ttf')).subarray(0, bytes));
      const run = runCli(['report', example, '-o', path.join(temp(), 'r.pdf'), '--font', font, '--lang', 'en']);
      expect(run.stderr).toContain('FONT_UNSUPPORTED');
      expect(run.stderr).not.toContain('INTERNAL');
      expect(run.status).toBe(2);
    },
    30_000,
  );
});

describe('small errors', () => {
  it.each([
    [['score'], 'USAGE_MISSING_ARGUMENT'],
    [['score', '--format', 'xml', 'a.yaml'], 'USAGE_INVALID_VALUE'],
    [['score', '--bogus', 'a.yaml'], 'USAGE_UNKNOWN_OPTION'],
    [['score', 'a.yaml', '--catalogue'], 'USAGE_OPTION_VALUE_MISSING'],
    [['init'], 'USAGE_MISSING_OPTION'],
    [['diff', 'a', 'b', 'c'], 'USAGE_TOO_MANY_ARGUMENTS'],
  ])('when the command line is %j, then the usage error carries the code %s, in both languages', (args, code) => {
    for (const lang of ['zh', 'en']) {
      const run = runCli([...args, '--lang', lang]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^(错误|error)\\[${code}\\][:：]`));
    }
    expect(readFileSync(path.join(repoRoot, 'docs', 'errors.md'), 'utf8')).toContain(`\`${code}\``);
  });

  it.skipIf(process.platform !== 'linux')('when standard output is closed (>&-), then score says so and exits 2 instead of 0', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" bin/gbt27922.cjs score examples/producer-4star.yaml >&-`], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ...testCache() },
    });
    expect(run.stderr).toContain('OUTPUT_CLOSED');
    expect(run.status).toBe(2);
    const discarded = spawnSync('bash', ['-c', `"${process.execPath}" bin/gbt27922.cjs score examples/producer-4star.yaml >/dev/null`], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ...testCache() },
    });
    expect(discarded.status).toBe(0);
    expect(discarded.stderr).toBe('');
  });

  it('when --min-level or --target names a level the catalogue does not have, then the error names the option and points to --help as the usage errors do, in both languages', () => {
    const hints = { zh: '（运行 gbt27922 score --help 查看用法）', en: '(run gbt27922 score --help for usage)' };
    for (const lang of ['zh', 'en'] as const) {
      const usage = runCli(['score', '--format', 'xml', example, '--lang', lang]);
      expect(usage.stderr).toContain(hints[lang]);
      const level = runCli(['score', '--min-level', 'six-star', example, '--lang', lang]);
      expect(level.status).toBe(2);
      expect(level.stderr).toContain('[LEVEL_NOT_IN_CATALOGUE]');
      expect(level.stderr).toContain('--min-level six-star');
      expect(level.stderr).toContain(hints[lang]);
      expect(level.stderr).not.toContain('--baseline');
      const target = runCli(['report', example, '--target', 'six-star', '-o', path.join(temp(), 'r.pdf'), '--lang', lang]);
      expect(target.status).toBe(2);
      expect(target.stderr).toContain('--target six-star');
      expect(target.stderr).toContain(hints[lang].replace('score', 'report'));
    }
  });

  it("when --min-level names a custom catalogue's own level, then it is checked against that catalogue", () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'catalogue.yaml'), readFileSync(path.join(repoRoot, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml'), 'utf8').replace(/id: 5star/, 'id: platinum'));
    writeFileSync(
      path.join(dir, 'a.yaml'),
      readFileSync(path.join(repoRoot, 'test', 'fixtures', 'custom-catalogue-assessment.yaml'), 'utf8').replace('./catalogues/custom-valid.yaml', './catalogue.yaml'),
    );
    const run = runCli(['score', '--min-level', 'platinum', path.join(dir, 'a.yaml'), '--lang', 'en']);
    expect(run.stderr).not.toContain('USAGE');
    expect(run.stderr).not.toContain('LEVEL_NOT_IN_CATALOGUE');
    expect([0, 1]).toContain(run.status);
    const unknown = runCli(['score', '--min-level', 'six-star', path.join(dir, 'a.yaml'), '--lang', 'en']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('LEVEL_NOT_IN_CATALOGUE');
    expect(unknown.stderr).toContain('platinum');
  });

  it('when validate is given a catalogue written as JSON, then it checks it as a catalogue', () => {
    const dir = temp();
    const catalogue = parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'catalogue.json'), JSON.stringify(catalogue, null, 2));
    const valid = runCli(['validate', path.join(dir, 'catalogue.json'), '--lang', 'en']);
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify({ ...catalogue, classes: [] }));
    const broken = runCli(['validate', path.join(dir, 'broken.json'), '--lang', 'en']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).not.toMatch(/assessment/i);
  });
});
