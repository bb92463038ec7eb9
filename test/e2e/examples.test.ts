import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPoppler, pdfText } from '../helpers/pdf-tools.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

/**
 * The bundled examples are the first thing a new user runs (the README's first command scores one):
 * each validates and scores with nothing on stderr, and every evidence file an example names is
 * shipped beside it, unchanged since its record, wherever the command is run from.
 */
const examplesDir = path.join(repoRoot, 'examples');
const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.yaml'));
const BAD_STATES = ['missing', 'changed', 'outside', 'unreadable'];

describe('the bundled examples', () => {
  it('are found', () => {
    expect(examples).toContain('producer-4star.yaml');
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  for (const [where, cwd, file] of [
    ['the repository', repoRoot, (name: string) => `examples/${name}`],
    ['another folder', mkdtempSync(path.join(tmpdir(), 'gbt27922-examples-')), (name: string) => path.join(examplesDir, name)],
  ] as const) {
    it(`when each is validated and scored from ${where} then nothing is on stderr and its evidence is all there`, () => {
      for (const name of examples) {
        const validated = runCli(['validate', file(name)], { cwd });
        expect([name, validated.status, validated.stderr]).toEqual([name, 0, '']);
        const scored = runCli(['score', file(name)], { cwd });
        expect([name, scored.status, scored.stderr]).toEqual([name, 0, '']);
        expect(scored.stdout, name).not.toMatch(/EVIDENCE_[A-Z]|（缺失）/);
        const json = JSON.parse(runCli(['score', file(name), '--format', 'json'], { cwd }).stdout);
        const bad = ((json.evidence?.files ?? []) as Array<{ key: string; state: string }>).filter((evidence) => BAD_STATES.includes(evidence.state));
        expect(bad, name).toEqual([]);
      }
    });
  }

  it('when the 4-star example is checked with evidence then its sample files match their record', () => {
    const run = runCli(['evidence', 'examples/producer-4star.yaml', '--strict', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const files = JSON.parse(run.stdout).files;
    expect((files as Array<{ key: string; state: string }>).map((file) => [file.key, file.state])).toEqual([
      ['docs/服务承诺.pdf', 'ok'],
      ['docs/技术支持手册.pdf', 'ok'],
    ]);
  });

  it('when a binder is made from the 4-star example as the READMEs suggest then it holds the sample files and an index', () => {
    const binder = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-binder-')), 'binder');
    const run = runCli(['evidence', 'examples/producer-4star.yaml', '--binder', binder]);
    expect(run.status, run.stderr).toBe(0);
    const copied = readdirSync(binder, { recursive: true, encoding: 'utf8' }).map((name) => path.basename(name));
    expect(copied).toEqual(expect.arrayContaining(['00-目录.md', '00-目录.xlsx', '服务承诺.pdf', '技术支持手册.pdf']));
    for (const readme of ['README.md', 'README.zh-CN.md']) expect(readFileSync(path.join(repoRoot, readme), 'utf8')).toContain('evidence examples/producer-4star.yaml --binder');
  });

  const samplePdfs = () => {
    const docs = path.join(examplesDir, 'docs');
    const pdfs = readdirSync(docs).filter((name) => name.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual(['技术支持手册.pdf', '服务承诺.pdf'].sort());
    return pdfs.map((name) => ({ name, file: path.join(docs, name) }));
  };

  it('when the sample evidence files are looked at then they are small', () => {
    for (const { name, file } of samplePdfs()) expect(statSync(file).size, name).toBeLessThan(40_000);
  });

  // Read with poppler, as the report tests are: skipped where it is missing, except in CI (.ci/run installs it).
  it.skipIf(!hasPoppler && !process.env.CI)('when a sample evidence file is read then it says, in Chinese and English, that it is a fictional sample', () => {
    for (const { name, file } of samplePdfs()) {
      const flat = pdfText(file).replace(/\s+/g, ' ');
      expect(flat, name).toContain('示例文件');
      expect(flat, name).toContain('虚构');
      expect(flat, name).toContain('Sample document: fictional evidence');
    }
  });
});
