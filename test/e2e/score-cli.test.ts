import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const golden = (name: string) => path.join(repoRoot, 'test', 'golden', name);

/** Compares with a stored result; UPDATE_GOLDEN=1 rewrites it, and the diff is then reviewed in git. */
function expectGolden(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), actual);
  expect(existsSync(golden(name)), `golden file ${name} missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

describe('gbt27922 score', () => {
  it('prints the result of a bundled example in Chinese and exits 0', () => {
    const run = runCli(['score', 'examples/producer-4star.yaml']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('华澜电器（苏州）有限公司');
    expect(run.stdout).toContain('预计得分：94.7 / 100');
    expect(run.stdout).toContain('★★★★ 四星级');
    expect(run.stdout).toContain('升至★★★★★ 五星级（≥ 95 分）的最短路径');
    expectGolden('producer-4star.zh.txt', run.stdout);
  });

  it('speaks English with --lang en and with an English locale', () => {
    const flag = runCli(['score', '--lang', 'en', 'examples/seller-compliant.yaml']);
    expect(flag.status).toBe(0);
    expect(flag.stdout).toContain('Projected score: 77.0 / 100');
    expect(flag.stdout).toContain('Projected level: Compliant');
    expectGolden('seller-compliant.en.txt', flag.stdout);
    const locale = runCli(['score', 'examples/seller-compliant.yaml'], { env: { LANG: 'en_GB.UTF-8' } });
    expect(locale.stdout).toBe(flag.stdout);
  });

  it('gives JSON with unrounded numbers, string states and the catalogue hash', () => {
    // The golden holds the day plan items were judged against: fixed, so the test does not fail after midnight.
    const run = runCli(['score', '--format', 'json', 'examples/producer-4star.yaml'], { env: { GBT27922_TODAY: '2026-12-01' } });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ schemaVersion: 1, level: '4star', failed: false, catalogue: { id: 'gbt27922-producer', version: '2.0.0', structure: 'sbt10401' } });
    expect(result.score).toBeCloseTo((100 * 89.1) / 94, 12);
    expect(result.catalogue.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.indicators.find((i: { id: string }) => i.id === 'delivery.installation').state).toBe('not_applicable');
    // The sample evidence is there and as recorded; its date is the file's on this checkout, so the
    // golden holds a placeholder for it once it is checked against the file itself.
    const evidence = result.evidence.files as Array<{ key: string; state: string; modified: string }>;
    expect(evidence.map((file) => [file.key, file.state])).toEqual([
      ['docs/服务承诺.pdf', 'ok'],
      ['docs/技术支持手册.pdf', 'ok'],
    ]);
    let json = run.stdout;
    for (const file of evidence) {
      expect(file.modified).toBe(
        statSync(path.join(repoRoot, 'examples', file.key))
          .mtime.toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
      );
      json = json.replace(`"modified": "${file.modified}"`, '"modified": "<the file\'s date on this machine>"');
    }
    expectGolden('producer-4star.json', json);
  });

  it('gives Markdown for a job summary', () => {
    const run = runCli(['score', '--format', 'markdown', 'examples/producer-fails-deductions.yaml']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^## /);
    expectGolden('producer-fails-deductions.zh.md', run.stdout);
  });

  it('exits 0 without --min-level whatever the score, and 1 when a file falls short of it', () => {
    expect(runCli(['score', 'examples/producer-fails-deductions.yaml']).status).toBe(0);
    expect(runCli(['score', '--min-level', '4star', 'examples/producer-4star.yaml']).status).toBe(0);
    const short = runCli(['score', '--min-level', '5star', 'examples/producer-4star.yaml']);
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('未达到要求的等级 五星级');
  });

  it('treats a failed assessment as short of every level, even when its score reaches it', () => {
    const run = runCli(['score', '--min-level', 'compliant', 'examples/producer-fails-deductions.yaml']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('不合格');
  });

  it('exits 2 with file:line:column, the line and a caret for invalid input, and no stack trace', () => {
    const run = runCli(['score', 'test/fixtures/invalid-UNKNOWN_INDICATOR.yaml']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('错误[UNKNOWN_INDICATOR] test/fixtures/invalid-UNKNOWN_INDICATOR.yaml:5:3');
    expect(run.stderr).toContain('  5 |   culture.philosphy: met');
    expect(run.stderr).toContain('    |   ^^^^^^^^^^^^^^^^^');
    expect(run.stderr).toContain('是否应为“culture.philosophy”？');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('scores several files, and the worst exit code wins', () => {
    const run = runCli(['score', '--min-level', '3star', 'examples/producer-4star.yaml', 'examples/seller-compliant.yaml']);
    expect(run.status).toBe(1);
    const invalid = runCli(['score', '--format', 'json', 'examples/producer-4star.yaml', 'no-such-file.yaml']);
    expect(invalid.status).toBe(2);
    const results = JSON.parse(invalid.stdout);
    expect(results).toHaveLength(2);
    expect(results[1]).toMatchObject({ file: 'no-such-file.yaml', errors: [{ code: 'FILE_NOT_FOUND' }] });
  });

  it('keeps the order of the files in JSON, and a broken pipe does not turn a failure into 0', () => {
    const run = runCli(['score', '--format', 'json', 'no-such-file.yaml', 'examples/seller-compliant.yaml']);
    expect(JSON.parse(run.stdout).map((entry: { file: string }) => entry.file)).toEqual(['no-such-file.yaml', 'examples/seller-compliant.yaml']);
    const piped = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" bin/gbt27922.cjs validate test/fixtures/invalid-UNKNOWN_INDICATOR.yaml examples/*.yaml 2>&1 | head -1`], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(piped.status).toBe(2);
  });

  it('exits 2 for a usage error: an unknown option, a missing file argument, an unknown level', () => {
    expect(runCli(['score', '--bogus', 'examples/producer-4star.yaml']).status).toBe(2);
    expect(runCli(['score']).status).toBe(2);
    const level = runCli(['score', '--min-level', 'six-star', 'examples/producer-4star.yaml']);
    expect(level.status).toBe(2);
    expect(level.stdout).toBe('');
    expect(level.stderr).toContain('LEVEL_NOT_IN_CATALOGUE');
    expect(level.stderr).toContain('compliant, 3star, 4star, 5star');
  });

  it('exits 2 when a custom catalogue has no such level, and says which it has', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-levels-'));
    const catalogue = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml'), 'utf8').replace('id: 3star', 'id: silver');
    writeFileSync(path.join(dir, 'catalogue.yaml'), catalogue);
    writeFileSync(
      path.join(dir, 'a.yaml'),
      readFileSync(path.join(repoRoot, 'test', 'fixtures', 'custom-catalogue-assessment.yaml'), 'utf8').replace('./catalogues/custom-valid.yaml', './catalogue.yaml'),
    );
    const run = runCli(['score', '--min-level', '3star', path.join(dir, 'a.yaml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('LEVEL_NOT_IN_CATALOGUE');
    expect(run.stderr).toContain('compliant, silver, 4star, 5star');
  });

  it.skipIf(process.platform === 'win32')('keeps compiled code between runs on Node 20 without changing a byte of output', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'gbt27922-cache-'));
    const plain = runCli(['score', 'examples/producer-4star.yaml'], { env: { GBT27922_NO_COMPILE_CACHE: '1' } });
    const first = runCli(['score', 'examples/producer-4star.yaml'], { env: { GBT27922_CACHE_DIR: cache } });
    const second = runCli(['score', 'examples/producer-4star.yaml'], { env: { GBT27922_CACHE_DIR: cache } });
    expect(first.stdout).toBe(plain.stdout);
    expect(second.stdout).toBe(plain.stdout);
    const hasNodeCompileCache = Number(process.versions.node.split('.')[0]) >= 22;
    expect(readdirSync(cache)).toEqual([hasNodeCompileCache ? 'node' : `v8-${process.version}-${process.arch}`]);
  });

  it('honours NO_COLOR and colours only a terminal', () => {
    const forced = runCli(['score', 'examples/producer-4star.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stdout).toMatch(/\u001b\[/);
    const plain = runCli(['score', 'examples/producer-4star.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('when --no-color is given then neither stream is coloured, even with FORCE_COLOR', () => {
    const bad = 'test/fixtures/invalid-UNKNOWN_INDICATOR.yaml';
    const forced = runCli(['score', bad], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stderr).toContain('UNKNOWN_INDICATOR');
    expect(forced.stderr).toMatch(/\u001b\[/);
    for (const args of [
      ['score', bad, '--no-color'],
      ['--no-color', 'score', bad],
      ['score', '--no-color', 'examples/producer-4star.yaml', bad],
    ]) {
      const run = runCli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
      expect(run.stderr).toContain('UNKNOWN_INDICATOR');
      expect(run.stderr).not.toMatch(/\u001b\[/);
      expect(run.stdout).not.toMatch(/\u001b\[/);
    }
  });
});

describe('gbt27922 validate, init and help', () => {
  it('validate says a good file is valid and a bad one is not, with exit codes 0 and 2', () => {
    const good = runCli(['validate', 'examples/seller-compliant.yaml', 'test/fixtures/catalogues/custom-valid.yaml']);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('examples/seller-compliant.yaml：格式正确');
    const bad = runCli(['validate', 'test/fixtures/catalogues/invalid-CATALOGUE_LEVELS_NOT_ASCENDING.yaml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('CATALOGUE_LEVELS_NOT_ASCENDING');
  });

  it('init writes a template with every indicator, which validates and scores as all unanswered', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-init-'));
    // The clause-keyed catalogue is the default (recommended); --structure sbt10401 gives the seed one.
    for (const [structure, schema, count] of [
      [[], 'seller-clauses', 26],
      [['--structure', 'sbt10401'], 'seller', 23],
    ] as const) {
      const file = path.join(dir, `自评-${schema}.yaml`);
      const init = runCli(['init', '--type', 'seller', ...structure, '-o', file, '--company', '测试商贸有限公司']);
      expect(init.status).toBe(0);
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(new RegExp(`^# yaml-language-server: \\$schema=.*assessment-${schema}\\.schema\\.json$`, 'm'));
      expect(text).toContain(`catalogue: ${schema}`);
      expect(text.match(/^ {2}[a-z-]+\.[a-z-]+:$/gm)).toHaveLength(count);
      expect(text).toContain('评审要点');
      expect(text).toContain('GB/T 27922 条款 5.1.1.2');
      const scored = runCli(['score', '--format', 'json', file]);
      expect(scored.status).toBe(0);
      const result = JSON.parse(scored.stdout);
      expect(result.unanswered).toHaveLength(count);
      expect(result.score).toBe(0);
      expect(result.bestCaseScore).toBe(100);
      const again = runCli(['init', '--type', 'seller', ...structure, '-o', file]);
      expect(again.status).toBe(2);
      expect(again.stderr).toContain('OUTPUT_EXISTS');
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });

  it('has help for every command, in both languages', () => {
    for (const command of [[], ['score'], ['validate'], ['init']]) {
      const zh = runCli([...command, '--help']);
      expect(zh.status).toBe(0);
      expect(zh.stdout).toContain('用法');
      const en = runCli([...command, '--help', '--lang', 'en']);
      expect(en.status).toBe(0);
      expect(en.stdout).toContain('Usage');
    }
  });
});
