import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { displayWidth } from '../../src/display-width.js';
import { checkEvidence } from '../../src/evidence/check-evidence.js';
import { renderEvidenceTerminal } from '../../src/report/render-evidence.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';

async function view() {
  const folder = mkdtempSync(path.join(tmpdir(), 'gbt27922-render-evidence-'));
  mkdirSync(path.join(folder, '证据', '培训记录'), { recursive: true });
  writeFileSync(path.join(folder, '证据', '服务承诺.pdf'), 'x');
  writeFileSync(path.join(folder, '证据', '培训记录', '1.xlsx'), 'y');
  const file = path.join(folder, '自评.yaml');
  writeFileSync(
    file,
    "format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 测试电器有限公司 }\nanswers:\n  culture.commitment: { result: met, evidence: ['证据\\服务承诺.pdf', 证据/培训记录/, 证据/没有的很长很长的文件名称.pdf, 'https://example.com/a'] }\n",
  );
  const loaded = await loadAssessment(file);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.code).join());
  const status = await checkEvidence(loaded.value.assessment);
  return { file: '自评.yaml', result: scoreAssessment(loaded.value), status };
}

describe('the evidence list on a terminal', () => {
  it.each([
    ['zh', 80],
    ['en', 80],
    ['en', 60],
  ] as const)('when the terminal is narrow (%s, %i columns) then every line fits and every file is named', async (lang, width) => {
    const text = renderEvidenceTerminal(await view(), { lang, colorLevel: 0, width });
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    for (const name of ['服务承诺.pdf', '培训记录', '没有的很长很长的文件名称.pdf', 'example.com']) expect(text.replace(/\n\s*/g, '')).toContain(name);
    expect(text).not.toContain('┌');
  });

  it('when the terminal is wide then it is one table with the sha256 and dates', async () => {
    const text = renderEvidenceTerminal(await view(), { lang: 'zh', colorLevel: 0, width: 160 });
    expect(text).toContain('┌');
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(160);
  });
});
