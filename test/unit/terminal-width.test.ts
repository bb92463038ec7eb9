import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessmentText } from '../../src/assessment/load-assessment.js';
import { renderTerminal } from '../../src/report/render-terminal.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { displayWidth } from '../../src/display-width.js';
import { wrapText } from '../../src/report/wrap-text.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';

const examples = path.resolve(import.meta.dirname, '..', '..', 'examples');

async function scored(name: string, edit: (text: string) => string = (text) => text) {
  const file = path.join(examples, name);
  const loaded = await loadAssessmentText({ file, text: edit(readFileSync(file, 'utf8')) });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  return scoreAssessment(loaded.value);
}

const lines = (text: string) => text.replace(/\n$/, '').split('\n');

describe('text folded to the terminal width', () => {
  it('breaks English between words, never inside a word, an id or at "Ctrl-C"', () => {
    const text = 'Press Ctrl-C at any time and continue where you left off next time without losing rules.standards or culture.goals answers.';
    for (const width of [20, 27, 33, 40, 57]) {
      const folded = lines(wrapText(text, width));
      for (const line of folded) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(folded.join(' ')).toBe(text);
      for (const word of ['Ctrl-C', 'rules.standards', 'culture.goals', 'without']) expect(folded.some((line) => line.includes(word))).toBe(true);
    }
  });

  it('does not break after the hyphen of Ctrl-C where Chinese text around it allows a break anywhere', () => {
    const text = '逐项回答申请条件、申请材料和每一项评价指标，每答一题都会立即保存；随时可按 Ctrl-C 退出，下次从中断处继续。';
    for (let width = 10; width <= 90; width++) expect(wrapText(text, width), String(width)).not.toMatch(/Ctrl-\n/);
  });

  it('never splits a command-line option after its dashes (由 -- / init-mapping in the records help)', () => {
    const text = '映射文件（哪一列是工单号、类型、受理时间等；由 --init-mapping 生成）或 -m 文件';
    for (let width = 8; width <= 80; width++) {
      const folded = wrapText(text, width);
      expect(folded, String(width)).not.toMatch(/-\n/);
      expect(folded.replace(/\n/g, '')).toContain('--init-mapping');
    }
  });

  it('never breaks after a slash or a hyphen before a letter or a digit of any script (服务/承诺, Ctrl-Ä, №-３)', () => {
    for (const text of ['上传 证据/服务承诺 和 证据/技术手册', 'press Ctrl-Ä then Ctrl-é', 'Nummer №-３ und №-٣']) {
      for (let width = 6; width <= 40; width++) {
        const folded = wrapText(text, width);
        expect(folded, `${width}: ${folded}`).not.toMatch(/[-/]\n/);
        expect(folded.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }
    }
  });

  it('takes every CJK Unified Ideograph for a letter, as the Unicode classes do (the folding looks at them directly)', () => {
    const notLetters: string[] = [];
    for (let code = 0x4e00; code <= 0x9fff; code++) if (!/^\p{L}$/u.test(String.fromCharCode(code))) notLetters.push(code.toString(16));
    expect(notLetters).toEqual([]);
  });

  it('counts a CJK character as two columns and never starts a line with closing punctuation', () => {
    const text = '逐项回答申请条件、申请材料和每一项评价指标，每答一题都会立即保存；随时可按 Ctrl-C 退出，下次从中断处继续。';
    for (let width = 10; width <= 60; width++) {
      const folded = lines(wrapText(text, width));
      for (const line of folded) {
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[，。、；：）]/u);
      }
      expect(folded.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    }
  });

  it('indents a continuation under the text after its bullet, and keeps colours on each line', () => {
    const folded = lines(wrapText('  · \u001b[31mred text that goes on and on and on\u001b[39m after', 20));
    expect(folded[1]!.startsWith('    \u001b[31m')).toBe(true);
    expect(folded[0]!.endsWith('\u001b[0m')).toBe(true);
  });

  it('keeps the whole score within 80 and within 120 columns, Chinese and English, tables included', async () => {
    const long = '2026-09 某门店一起投诉超期十五天未处理且未向顾客说明原因，已由质量部整改完毕并通报';
    const result = await scored('producer-4star.yaml', (text) => text.replace(/^specialDeductions:.*$/m, `specialDeductions: [ ${long} ]`));
    for (const width of [80, 120]) {
      for (const lang of ['zh', 'en'] as const) {
        const out = renderTerminal(result, { lang, colorLevel: 0, width });
        for (const line of lines(out)) expect(displayWidth(line), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
        // The deduction text is all there, folded inside its cell.
        expect(out.replace(/[│\s]/g, '')).toContain(long.replace(/\s/g, ''));
      }
    }
  });
});

describe('figures', () => {
  it('shows every figure with one decimal place, in the terminal and in Markdown alike', async () => {
    const result = await scored('seller-compliant.yaml');
    for (const text of [renderTerminal(result, { lang: 'zh', colorLevel: 0 }), renderMarkdown(result, 'en')]) {
      const figures =
        text
          .replace(/sha256:\w+/g, '')
          .replace(/v\d+\.\d+\.\d+/g, '')
          .replace(/\d{4}-\d{2}-\d{2}/g, '')
          .match(/\d+\.\d+/g) ?? [];
      expect(figures.length).toBeGreaterThan(10);
      for (const figure of figures) expect(figure).toMatch(/^\d+\.\d$/);
    }
  });

  it('names the company type in words in English, not by its id', async () => {
    const result = await scored('producer-4star.yaml');
    const out = renderTerminal(result, { lang: 'en', colorLevel: 0 });
    expect(out).not.toMatch(/\((producer|seller)\)/);
    expect(out).toContain('(Producing company)');
  });
});
