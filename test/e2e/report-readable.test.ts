import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPoppler, pdfText } from '../helpers/pdf-tools.js';
import { runCli } from '../helpers/run-cli.js';

/** The words of page 1 with their boxes, as poppler reads them. */
function words(file: string): Array<{ text: string; yMin: number; yMax: number }> {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ text: m[3]!, yMin: Number(m[1]), yMax: Number(m[2]) }));
}

describe.skipIf(!hasPoppler && !process.env.CI)('a report a person can read', () => {
  it('keeps the English cover title clear of its subtitle', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-cover-')), 'en.pdf');
    expect(runCli(['report', 'examples/seller-compliant.yaml', '--lang', 'en', '-o', file]).status).toBe(0);
    const page = words(file);
    const titleBottom = Math.max(...page.filter((word) => ['After-sales', 'certification:', 'assessment', 'report', 'self-'].includes(word.text) && word.yMin < 200).map((word) => word.yMax));
    const subtitleTop = page.find((word) => word.text === 'Certification')!.yMin;
    expect(subtitleTop).toBeGreaterThan(titleBottom);
  });

  it('never leaves the Blockers heading alone at the foot of a page: the first blocker comes with it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-orphan-')), 'en.pdf');
    expect(runCli(['report', 'examples/producer-planning.yaml', '--lang', 'en', '-o', file]).status).toBe(0);
    const pages = pdfText(file).split('\f');
    const withHeading = pages.findIndex((page) => /^\s*Blockers\s*$/m.test(page));
    expect(withHeading).toBeGreaterThanOrEqual(0);
    const after = pages[withHeading]!.slice(pages[withHeading]!.search(/^\s*Blockers\s*$/m));
    expect(after).toContain('Application documents not ready');
  });

  it('names each threshold with its figure above the bar, so the score marker below covers none', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-scale-')), 'zh.pdf');
    expect(runCli(['report', 'examples/producer-4star.yaml', '-o', file]).status).toBe(0);
    const text = pdfText(file);
    for (const label of ['达标级 70', '三星级 80', '四星级 90', '五星级 95']) expect(text).toContain(label);
  });

  it("shows on the gap pages, in Markdown and in JUnit the sample count and the company's own note", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-gaps-')), 'zh.pdf');
    expect(runCli(['report', 'examples/producer-4star.yaml', '-o', file]).status).toBe(0);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('部分符合 5/6 · repair.facilities');
    expect(text).toContain('备注：无锡网点备件台账不全');
    const markdown = runCli(['score', 'examples/producer-4star.yaml', '--format', 'markdown']).stdout;
    expect(markdown).toContain('`repair.facilities` · GB/T 27922 条款 5.2.4, 5.1.3.3<br>备注：无锡网点备件台账不全 | 部分符合 5/6 |');
    const junit = runCli(['score', 'examples/producer-4star.yaml', '--format', 'junit']).stdout;
    expect(junit).toContain('部分符合 5/6');
    // The note once, with the plan (issue 14's describeGapPlan), not a second time on its own.
    expect(junit.split('无锡网点备件台账不全').length - 1).toBe(1);
    expect(junit).toContain('备注：无锡网点备件台账不全');
  });
});
