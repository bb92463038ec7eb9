import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasPoppler, inkIn, pageCount, pdfText, rasterise } from '../helpers/pdf-tools.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const examples = ['producer-4star', 'seller-compliant', 'producer-fails-deductions'];
const systemCjk = ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'].find((file) => existsSync(file));
const out = () => mkdtempSync(path.join(tmpdir(), 'gbt27922-pdf-'));
/** No system fonts unless a test asks for them: the bundled font alone must carry the report. */
const bundledOnly = { GBT27922_FALLBACK_FONTS: '' };

describe.skipIf(!hasPoppler && !process.env.CI)('gbt27922 report', () => {
  describe.each(examples)('%s', (example) => {
    for (const lang of ['zh', 'en'] as const) {
      it(`in ${lang}: holds the company, the level, every gap and the score exactly as \`score\` prints them`, () => {
        const file = path.join(out(), `${example}.${lang}.pdf`);
        const run = runCli(['report', `examples/${example}.yaml`, '-o', file, '--lang', lang], { env: bundledOnly });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const result = JSON.parse(runCli(['score', '--format', 'json', `examples/${example}.yaml`]).stdout);
        const terminal = runCli(['score', '--lang', lang, `examples/${example}.yaml`]).stdout;
        const scoreShown = (lang === 'zh' ? /预计得分：([\d.]+)/ : /Projected score: ([\d.]+)/).exec(terminal)![1]!;
        const text = pdfText(file).replace(/\s+/g, ' ');
        expect(text).toContain(result.company.name);
        expect(text).toContain(scoreShown);
        const level = result.levels.find((candidate: { id: string }) => candidate.id === result.level);
        expect(text).toContain(level.name[lang]);
        for (const gap of result.gaps.filter((g: { kind: string }) => g.kind === 'indicator')) {
          expect(text, gap.id).toContain(gap.title[lang]);
          expect(text, gap.id).toContain(gap.id);
        }
        const pages = pageCount(file);
        expect(pages).toBeGreaterThanOrEqual(5);
        expect(pages).toBeLessThanOrEqual(14);
      });
    }
  });

  it('draws the glyphs, not only the text layer: the company name on the cover carries ink', () => {
    const file = path.join(out(), 'ink.pdf');
    expect(runCli(['report', 'examples/producer-4star.yaml', '-o', file], { env: bundledOnly }).status).toBe(0);
    const cover = rasterise(file, 1);
    // The company name is set at 22 pt from (50, 250) on the cover; the band above is solid colour.
    expect(inkIn(cover, { x: 50, y: 252, width: 250, height: 22 })).toBeGreaterThan(0.08);
    // An empty area of the cover stays white, so the measure itself is meaningful.
    expect(inkIn(cover, { x: 50, y: 620, width: 250, height: 40 })).toBeLessThan(0.01);
  });

  it('the effort page for 320 employees shows the initial, surveillance and re-certification man-days of the table, and no figure called unreadable', () => {
    for (const lang of ['zh', 'en'] as const) {
      const file = path.join(out(), `effort.${lang}.pdf`);
      expect(runCli(['report', 'examples/producer-4star.yaml', '-o', file, '--lang', lang], { env: bundledOnly }).status).toBe(0);
      const text = pdfText(file);
      const row = (title: string) => text.split('\n').find((line) => line.includes(title)) ?? '';
      const words =
        lang === 'zh'
          ? { initial: '初次认证审核', surveillance: '年度监督审核', recertification: '复评（第三年再认证）', outlets: '固定服务网点 4 个' }
          : { initial: 'Initial audit', surveillance: 'Yearly surveillance audit', recertification: 'Re-certification (year 3)', outlets: '4 fixed service outlets' };
      // Band 276–425: initial 11.5 (10 on site), surveillance 4.5 (3.5), re-certification 7.5 (6.5); fees at 3000 and 5000 CNY.
      expect(row(words.initial)).toMatch(/11\.5\s+10\s+34,500\s+57,500/);
      expect(row(words.surveillance)).toMatch(/4\.5\s+3\.5\s+13,500\s+22,500/);
      expect(row(words.recertification)).toMatch(/7\.5\s+6\.5\s+22,500\s+37,500/);
      expect(row(words.outlets)).toMatch(/≥\s?2\s+≥\s?2\s+≥ 6,000\s+≥ 10,000/);
      expect(text).toContain('276–425');
      expect(text).not.toMatch(/unreadable|无法辨认/);
    }
  });

  it('gives the same bytes for the same input and options', () => {
    const dir = out();
    runCli(['report', 'examples/seller-compliant.yaml', '-o', path.join(dir, 'a.pdf')], { env: bundledOnly });
    runCli(['report', 'examples/seller-compliant.yaml', '-o', path.join(dir, 'b.pdf')], { env: bundledOnly });
    expect(readFileSync(path.join(dir, 'a.pdf')).equals(readFileSync(path.join(dir, 'b.pdf')))).toBe(true);
  });

  it('warns by name for a character no font has, and draws it with a system font when there is one', () => {
    const dir = out();
    const assessment = path.join(dir, 'name.yaml');
    writeFileSync(assessment, readFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), 'utf8').replace('华澜电器（苏州）有限公司', '堃喆电器有限公司'));
    const bare = runCli(['report', assessment, '-o', path.join(dir, 'bare.pdf')], { env: bundledOnly });
    expect(bare.status).toBe(0);
    expect(bare.stderr).toContain('FONT_MISSING_GLYPHS');
    expect(bare.stderr).toContain('堃 喆');
    expect(bare.stderr).toContain('U+5803');

    if (!systemCjk && !process.env.CI) return;
    expect(systemCjk, '.ci/run installs a system CJK font for this test').toBeDefined();
    const withFallback = runCli(['report', assessment, '-o', path.join(dir, 'fallback.pdf')], { env: { GBT27922_FALLBACK_FONTS: systemCjk! } });
    expect(withFallback.status).toBe(0);
    expect(withFallback.stderr).toBe('');
    expect(pdfText(path.join(dir, 'fallback.pdf'))).toContain('堃喆电器有限公司');
    const cover = rasterise(path.join(dir, 'fallback.pdf'), 1);
    // 堃 and 喆 are the first two characters of the name: they must carry ink too.
    expect(inkIn(cover, { x: 50, y: 252, width: 44, height: 22 })).toBeGreaterThan(0.08);
  });

  it('accepts a font of the user choice, and refuses a web font or a missing one clearly', () => {
    const dir = out();
    if (systemCjk) {
      const run = runCli(['report', 'examples/producer-4star.yaml', '-o', path.join(dir, 'own.pdf'), '--font', systemCjk], { env: bundledOnly });
      expect(run.status).toBe(0);
      expect(pdfText(path.join(dir, 'own.pdf'))).toContain('华澜电器');
    }
    const woff = path.join(dir, 'brand.woff2');
    writeFileSync(woff, 'wOF2');
    expect(runCli(['report', 'examples/producer-4star.yaml', '-o', path.join(dir, 'x.pdf'), '--font', woff]).stderr).toContain('FONT_UNSUPPORTED');
    const missing = runCli(['report', 'examples/producer-4star.yaml', '-o', path.join(dir, 'x.pdf'), '--font', path.join(dir, 'nope.ttf')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('FONT_NOT_FOUND');
  });

  it('refuses to write the report over the assessment file', () => {
    const dir = out();
    const assessment = path.join(dir, 'a.yaml');
    writeFileSync(assessment, readFileSync(path.join(repoRoot, 'examples', 'seller-compliant.yaml')));
    const run = runCli(['report', assessment, '-o', assessment]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('REPORT_OVERWRITES_INPUT');
    expect(readFileSync(assessment, 'utf8')).toContain('format: gbt27922-assessment/1');
  });
});
