import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { renderTerminal } from '../../src/report/render-terminal.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { buildAssessment, buildCatalogue, met, unmet } from '../helpers/build-assessment.js';

describe('work that grows with the input stays linear', () => {
  // 80,000 special deductions took 623 s in the terminal (every gap looked up in the whole list,
  // and cli-table3 checks each row against every row above it); JSON took 1.4 s.
  it('scores and draws 20,000 special deductions in seconds, every one of them listed', () => {
    const catalogue = buildCatalogue([{ points: 10 }, { points: 20 }, { points: 30 }]);
    const deductions = Array.from({ length: 20_000 }, (_, index) => `deduction ${index}`);
    const started = Date.now();
    const result = scoreAssessment(buildAssessment(catalogue, [met, unmet, met], { specialDeductions: deductions }));
    const text = renderTerminal(result, { lang: 'en', colorLevel: 0 });
    const markdown = renderMarkdown(result, 'en');
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(result.gaps.filter((gap) => gap.kind === 'special-deduction')).toHaveLength(20_000);
    expect(text).toContain('deduction 19999');
    expect(markdown).toContain('deduction 19999');
    // The table drawn in pieces is still one table: one top border, one bottom border, rows aligned.
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('┌')).length).toBe(2); // the class table and the gap table
    expect(lines.filter((line) => line.startsWith('└')).length).toBe(2);
    const gapRows = lines.filter((line) => /^│ \d+ /.test(line));
    expect(new Set(gapRows.map((line) => line.length)).size).toBe(1);
  }, 120_000);
});
