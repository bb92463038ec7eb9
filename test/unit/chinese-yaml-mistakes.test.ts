import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessmentText } from '../../src/assessment/load-assessment.js';
import { builtInCataloguePath, loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { formatDiagnostic } from '../../src/report/format-diagnostic.js';
import { scoreAssessment } from '../../src/scoring/score-assessment.js';
import { readSheets } from '../../src/spreadsheet/read-sheets.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { runCli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const example = readFileSync(path.join(root, 'examples', 'producer-4star.yaml'), 'utf8');
const file = path.join(root, 'examples', 'typed.yaml');

/** The example with some lines changed, as a person would type them. */
function typed(...changes: Array<[string, string]>): string {
  let text = example;
  for (const [from, to] of changes) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

async function load(text: string) {
  return loadAssessmentText({ file, text });
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('full-width punctuation typed with a Chinese input method', () => {
  it('when a key is followed by a full-width colon, then the error says so at the colon, not an untranslated parser message', async () => {
    const text = typed(['  culture.goals: met', '  culture.goals：met']);
    const loaded = await load(text);
    expect(loaded.ok).toBe(false);
    expect(codes(loaded.diagnostics)).toEqual(['YAML_FULLWIDTH_COLON']);
    const [colon] = loaded.diagnostics;
    expect(colon!.position).toMatchObject({ line: lineOf(text, 'culture.goals：'), column: '  culture.goals'.length + 1 });
    const zh = formatDiagnostic(colon!, 'zh');
    const en = formatDiagnostic(colon!, 'en');
    expect(zh).toContain('全角冒号 “：”');
    expect(zh).toContain('半角 “:”');
    expect(en).toContain('full-width colon');
    expect(`${zh}${en}`).not.toContain('Implicit keys');
  });

  it('when several lines have full-width colons, a tab and a wrong answer, then each is reported in one run', async () => {
    const text = typed(
      ['  culture.philosophy: met', '  culture.philosophy：met'],
      ['  culture.goals: met', '\tculture.goals: met'],
      ['  rules.standards: met', '  rules.standards: mett'],
      ['  delivery.installation: { na:', '  delivery.installation: { na：'],
      ['  rules.process: 10/10', '  rules.process: 11/10'],
    );
    const loaded = await load(text);
    expect(loaded.ok).toBe(false);
    const found = loaded.diagnostics.map((d) => `${d.code}@${d.position?.line}:${d.position?.column}`);
    expect(found).toEqual(
      expect.arrayContaining([
        `YAML_FULLWIDTH_COLON@${lineOf(text, 'culture.philosophy：')}:21`,
        `YAML_TAB_INDENT@${lineOf(text, '\tculture.goals')}:1`,
        `YAML_FULLWIDTH_COLON@${lineOf(text, 'delivery.installation')}:${'  delivery.installation: { na'.length + 1}`,
        `INVALID_ANSWER@${lineOf(text, 'rules.standards: mett')}:20`,
        `SAMPLES_INVALID@${lineOf(text, 'rules.process: 11/10')}:18`,
      ]),
    );
    expect(codes(loaded.diagnostics)).not.toContain('YAML_SYNTAX');
  });

  it('when a mistake follows a repaired one on the same line, then its column is the one in the file as typed', async () => {
    const text = typed(['  rules.supervision: met', '\trules.supervision：mett']);
    const loaded = await load(text);
    const answer = loaded.diagnostics.find((d) => d.code === 'INVALID_ANSWER');
    expect(answer?.position).toMatchObject({ line: lineOf(text, 'rules.supervision'), column: '\trules.supervision：'.length + 1, lineText: '\trules.supervision：mett' });
  });

  it('when a tab indents a line, then the other mistakes of the file are still found (the tab no longer hides them)', async () => {
    const text = typed(['  culture.goals: met', '\tculture.goals: met'], ['  customers.relationship: met', '  customers.relationshipp: met']);
    const loaded = await load(text);
    expect(codes(loaded.diagnostics)).toEqual(['YAML_TAB_INDENT', 'UNKNOWN_INDICATOR']);
  });

  it.each([
    ['full-width space as indentation', ['  culture.goals: met', '　culture.goals: met'], 'YAML_FULLWIDTH_SPACE', '　'],
    ['full-width comma in braces', ['{ result: met, note: 承诺已在官网和保修卡公示', '{ result: met， note: 承诺已在官网和保修卡公示'], 'YAML_FULLWIDTH_COMMA', '，'],
    ['full-width colon in braces', ['{ na: 本公司产品', '{ na：本公司产品'], 'YAML_FULLWIDTH_COLON', '：'],
    ['full-width quotes around a colon', ['note: 3 名新入职维修工尚未完成岗前培训', 'note: “培训: 3 名新入职维修工尚未完成”'], 'YAML_FULLWIDTH_QUOTE', '“'],
  ] as Array<[string, [string, string], string, string]>)('when a file has a %s, then it is named at its column', async (_name, change, code, character) => {
    const text = typed(change);
    const loaded = await load(text);
    expect(loaded.ok).toBe(false);
    expect(codes(loaded.diagnostics)).toEqual([code]);
    const line = lineOf(text, change[1]);
    expect(loaded.diagnostics[0]!.position).toMatchObject({ line, column: text.split('\n')[line - 1]!.indexOf(character) + 1 });
  });

  it('when a note holds full-width colons and commas as text, then nothing is reported', async () => {
    const text = typed(['note: 3 名新入职维修工尚未完成岗前培训', 'note: 注意：3 名新员工，尚未培训'], ['name: 华澜电器（苏州）有限公司', 'name: 华澜电器：苏州，有限公司']);
    const loaded = await load(text);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.ok).toBe(true);
  });
});

describe('answers written in Chinese and full-width forms', () => {
  it('when answers are written 符合, 不符合, ７／１０, 7／10 and 部分符合 6/10, then the file scores exactly as with met, unmet and k/n', async () => {
    const plain = await load(
      typed(
        ['culture.goals: met', 'culture.goals: met'],
        ['rules.process: 10/10', 'rules.process: 7/10'],
        ['delivery.shipping: 20/20', 'delivery.shipping: 6/10'],
        ['complaints.records: 8/10', 'complaints.records: 8/10'],
      ),
    );
    const chinese = await load(
      typed(
        ['culture.goals: met', 'culture.goals: 符合'],
        ['rules.supervision: met', 'rules.supervision: “符合”'],
        ['rules.process: 10/10', 'rules.process: ７／１０'],
        ['delivery.shipping: 20/20', 'delivery.shipping: 部分符合 6/10'],
        ['complaints.records: 8/10', 'complaints.records: 8／10'],
        ['{ result: unmet, note: 维修数据', '{ result: 不符合, note: 维修数据'],
      ),
    );
    expect(plain.ok && chinese.ok).toBe(true);
    if (!plain.ok || !chinese.ok) return;
    expect(chinese.value.assessment.answers).toEqual(plain.value.assessment.answers);
    expect(scoreAssessment(chinese.value).total).toEqual(scoreAssessment(plain.value).total);
  });

  it('when 不适用 is written alone, then it asks for { na: reason } where N/A is allowed, and says N/A is not allowed elsewhere without offering it', async () => {
    const text = typed(['delivery.installation: { na: 本公司产品为台式小家电，开箱即用，无需安装调试 }', 'delivery.installation: 不适用'], ['culture.goals: met', 'culture.goals: 不适用']);
    const loaded = await load(text);
    const byCode = Object.fromEntries(loaded.diagnostics.map((d) => [d.code, d]));
    expect(Object.keys(byCode).sort()).toEqual(['NA_NOT_ALLOWED', 'NA_REASON_MISSING']);
    expect(byCode.NA_REASON_MISSING!.params.id).toBe('delivery.installation');
    expect(formatDiagnostic(byCode.NA_REASON_MISSING!, 'zh')).toContain('{ na:');
    const notAllowed = byCode.NA_NOT_ALLOWED!;
    expect(notAllowed.params.id).toBe('culture.goals');
    for (const lang of ['zh', 'en'] as const) {
      const shown = formatDiagnostic(notAllowed, lang);
      expect(shown).not.toContain('{ na:');
      expect(shown).not.toContain('k/n');
    }
  });

  it('when a non-sampled indicator has an unknown answer, then the fix offers neither k/n nor { na: }; a sampled one with N/A offers both', async () => {
    const loaded = await load(typed(['culture.goals: met', 'culture.goals: ok'], ['delivery.shipping: 20/20', 'delivery.shipping: ok']));
    const [goals, shipping] = ['culture.goals', 'delivery.shipping'].map((id) => loaded.diagnostics.find((d) => d.params.id === id)!);
    expect(goals!.code).toBe('INVALID_ANSWER');
    for (const lang of ['zh', 'en'] as const) {
      expect(formatDiagnostic(goals!, lang)).not.toMatch(/k\/n|\{ na:/);
      expect(formatDiagnostic(shipping!, lang)).toMatch(/k\/n/);
    }
    expect(formatDiagnostic(goals!, 'zh')).toContain('符合');
  });

  it('when a non-sampled indicator is written 部分符合, then it is refused as not sampled; a sampled one without counts asks for them', async () => {
    const loaded = await load(typed(['culture.goals: met', 'culture.goals: 部分符合'], ['rules.process: 10/10', 'rules.process: 部分符合']));
    expect(loaded.diagnostics.map((d) => [d.code, d.params.id])).toEqual([
      ['SAMPLES_NOT_ALLOWED', 'culture.goals'],
      ['SAMPLES_INVALID', 'rules.process'],
    ]);
  });

  it('when the spreadsheet answer cells hold the same words, then they are read by the same rules as the YAML file', async () => {
    const catalogue = await loadCatalogue(builtInCataloguePath('producer'));
    if (!catalogue.ok) throw new Error('catalogue');
    const requirements = await loadApplicationRequirements();
    const rows = [
      ['编号', '答案', '符合样本数', '样本总数', '不适用理由'],
      ['culture.goals', '符合', null, null, null],
      ['rules.process', '７／１０', null, null, null],
      ['delivery.shipping', '部分符合 6/10', null, null, null],
      ['culture.strategy', '不符合 3/10', null, null, null],
      ['culture.philosophy', 'ok', null, null, null],
    ];
    const { imported, diagnostics } = readSheets([{ name: '指标', rows }], 'a.xlsx', catalogue.value, requirements);
    expect(imported.answers.map((answer) => [answer.id, answer.value])).toEqual([
      ['culture.goals', 'met'],
      ['rules.process', '7/10'],
      ['delivery.shipping', '6/10'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.params.id, d.cell])).toEqual([
      ['INVALID_ANSWER', 'culture.strategy', '指标!B5'],
      ['INVALID_ANSWER', 'culture.philosophy', '指标!B6'],
    ]);
    expect(formatDiagnostic(diagnostics[1]!, 'en')).not.toMatch(/k\/n|\{ na:/);
  });
});

describe('through the real binary', () => {
  it('when score meets a full-width colon, then it says so in Chinese, and in English under --lang en, with file:line:column', () => {
    const text = typed(['  culture.goals: met', '  culture.goals：met']);
    const typedFile = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-typed-')), 'typed.yaml');
    writeFileSync(typedFile, text);
    const line = lineOf(text, 'culture.goals：');
    const zh = runCli(['score', typedFile, '--lang', 'zh']);
    const en = runCli(['score', typedFile, '--lang', 'en']);
    for (const run of [zh, en]) {
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`[YAML_FULLWIDTH_COLON]`);
      expect(run.stderr).toContain(`typed.yaml:${line}:16`);
      expect(run.stderr).not.toContain('Implicit keys');
    }
    expect(zh.stderr).toContain('全角冒号');
    expect(en.stderr).toContain('full-width colon');
  });
});
