import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SampleProposal, ServiceRecord } from '../../src/model/records.js';
import { AssessmentDraft } from '../../src/questionnaire/assessment-draft.js';
import { analyseRecords } from '../../src/records/analyse-records.js';
import { applyProposals } from '../../src/records/apply-proposals.js';
import { buildMapping, mappingYaml } from '../../src/records/init-mapping.js';
import { checkRecord } from '../../src/records/samples.js';
import { csvLine, recordRows } from '../helpers/records-generator.mjs';
import { ScriptedPrompter } from '../helpers/scripted-prompter.js';

const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-samples-'));
const indicators = [
  { id: 'complaints.handling', sampled: true },
  { id: 'repair.service', sampled: true },
  { id: 'complaints.channels', sampled: false },
];
const commitments = { responseHours: 2, onSiteHours: 24, complaintDays: 7 };

function exportFile(name: string, rows: string[][]): string {
  const file = path.join(dir, name);
  writeFileSync(file, rows.map((row) => csvLine(row)).join('\r\n'));
  return file;
}

const generated = [...recordRows({ rows: 3000, seed: 9 })] as string[][];
const ordered = exportFile('ordered.csv', generated);
// The same export sorted another way (the data rows reversed): the sample must not change.
const reversed = exportFile('reversed.csv', [...generated.slice(0, 3), ...generated.slice(3, -1).reverse(), generated.at(-1)!]);

describe('auditor-style samples', () => {
  it('when an indicator is sampled and records evidence it, a sample is drawn; other indicators get none', async () => {
    const { report } = await analyseRecords([ordered], { seed: 1, indicators, commitments });
    expect(report.samples.map((s) => s.indicator)).toEqual(['complaints.handling', 'repair.service']);
    const repair = report.samples[1]!;
    expect(repair.size).toBe(30);
    expect(repair.conforming).toBe(repair.samples.filter((s) => s.conforms).length);
  });

  it('the same seed draws the same tickets, whatever the order of the rows; another seed draws others', async () => {
    const ids = async (file: string, seed: number) => (await analyseRecords([file], { seed, indicators, commitments })).report.samples.map((s) => s.samples.map((r) => r.id).sort());
    expect(await ids(reversed, 7)).toEqual(await ids(ordered, 7));
    expect(await ids(ordered, 8)).not.toEqual(await ids(ordered, 7));
  });

  it('is stratified by month: each month with records of that kind gives at least one when the size allows', async () => {
    const { report } = await analyseRecords([ordered], { seed: 3, indicators, commitments });
    for (const proposal of report.samples) {
      const months = new Set(proposal.samples.map((s) => s.month));
      expect(months.size).toBe(12);
    }
  });

  it('when the export has no column for a step a rule checks, that step is named as not checked instead of failing every record', async () => {
    // The generated export without its 上门时间 (on-site) column: every repair would otherwise lack an on-site visit.
    const onSite = generated.findIndex((row) => row.includes('上门时间'));
    const column = generated[onSite]!.indexOf('上门时间');
    const without = exportFile(
      'no-on-site.csv',
      generated.map((row) => row.filter((_, i) => i !== column)),
    );
    const { report } = await analyseRecords([without], { seed: 1, indicators, commitments });
    const repair = report.samples.find((s) => s.indicator === 'repair.service')!;
    expect(repair.unchecked).toEqual(['onSite']);
    expect(repair.samples.flatMap((s) => s.findings)).not.toContain('no-on-site');
    // The same sample checked by hand against the two steps that remain, from the records with the column.
    const { report: full } = await analyseRecords([ordered], { seed: 1, indicators, commitments });
    const fullRepair = full.samples.find((s) => s.indicator === 'repair.service')!;
    expect(fullRepair.unchecked).toBeUndefined();
    expect(repair.samples.map((s) => s.id)).toEqual(fullRepair.samples.map((s) => s.id));
    const remaining = fullRepair.samples.filter((s) => s.findings.every((f) => f === 'no-on-site' || f === 'on-site-late')).length;
    expect(repair.conforming).toBe(remaining);
    const complaints = report.samples.find((s) => s.indicator === 'complaints.handling')!;
    expect(complaints.unchecked).toBeUndefined();
  });

  it('checks each record against the commitments', () => {
    const base: ServiceRecord = {
      id: 'A',
      type: 'complaint',
      received: 0,
      responded: 3_600_000,
      onSite: null,
      resolved: 8 * 86_400_000,
      visited: null,
      satisfaction: null,
      channel: null,
      file: 'f',
      row: 2,
    };
    expect(checkRecord(base, ['responded', 'complaint-closed', 'visited'], commitments)).toEqual(['complaint-late', 'not-visited']);
    expect(checkRecord({ ...base, responded: 3 * 3_600_000, resolved: 86_400_000, visited: 2 * 86_400_000 }, ['responded', 'complaint-closed', 'visited'], commitments)).toEqual(['response-late']);
    expect(checkRecord({ ...base, type: 'repair', onSite: null }, ['on-site'], commitments)).toEqual(['no-on-site']);
    expect(checkRecord({ ...base, responded: 30 * 3_600_000 }, ['responded'], {})).toEqual([]);
  });
});

describe('--apply', () => {
  const proposal: SampleProposal = {
    indicator: 'complaints.handling',
    rule: 'complaint-handling',
    types: ['complaint'],
    population: 40,
    size: 2,
    sizeBasis: 'ours',
    seed: 1,
    conforming: 1,
    samples: [
      { id: 'T1', month: '2026-01', file: 'x.csv', row: 3, conforms: true, findings: [] },
      { id: 'T2', month: '2026-02', file: 'x.csv', row: 9, conforms: false, findings: ['complaint-late'] },
    ],
  };
  const text = (answer: string) =>
    `format: gbt27922-assessment/1\ncatalogue: producer-clauses\ncompany:\n  name: 某公司 # keep me\nanswers:\n  complaints.handling: ${answer}\n  complaints.channels: met\n`;

  it('when the indicator is unanswered, writes k/n with the sampled ids in the note and the records as evidence, keeping comments', () => {
    const draft = AssessmentDraft.fromText(path.join(dir, 'a.yaml'), text(''));
    const { outcomes, diagnostics } = applyProposals(draft, [proposal], [path.join(dir, 'orders.csv')], 'zh');
    expect(outcomes).toEqual([{ indicator: 'complaints.handling', proposed: '1/2', kind: 'written' }]);
    expect(diagnostics).toEqual([]);
    const answer = draft.get(['answers', 'complaints.handling']) as { result: string; note: string; evidence: string[] };
    expect(answer.result).toBe('1/2');
    expect(answer.note).toContain('T1 T2');
    expect(answer.note).toContain('T2（投诉办结超时）');
    expect(answer.evidence).toEqual(['orders.csv']);
    expect(draft.text()).toContain('# keep me');
  });

  it('when a declared answer claims more than the records show, it is kept and flagged RECORDS_CONTRADICTED', () => {
    const draft = AssessmentDraft.fromText(path.join(dir, 'a.yaml'), text('met'));
    const { outcomes, diagnostics } = applyProposals(draft, [proposal], ['orders.csv'], 'en');
    expect(outcomes[0]).toMatchObject({ kind: 'kept', declared: 'met', contradicted: true });
    expect(diagnostics.map((d) => d.code)).toEqual(['RECORDS_CONTRADICTED']);
    expect(draft.get(['answers', 'complaints.handling'])).toBe('met');
  });

  it('when the declared answer is no better than the sample, nothing is flagged', () => {
    const draft = AssessmentDraft.fromText(path.join(dir, 'a.yaml'), text('unmet'));
    expect(applyProposals(draft, [proposal], ['orders.csv'], 'en').diagnostics).toEqual([]);
    const same = AssessmentDraft.fromText(path.join(dir, 'a.yaml'), text('1/2'));
    expect(applyProposals(same, [proposal], ['orders.csv'], 'en').outcomes[0]!.kind).toBe('same');
  });

  it('when an earlier run wrote the answer, a new run replaces it', () => {
    const draft = AssessmentDraft.fromText(path.join(dir, 'a.yaml'), text(''));
    applyProposals(draft, [proposal], ['orders.csv'], 'en');
    const again = AssessmentDraft.fromText(path.join(dir, 'a.yaml'), draft.text());
    const { outcomes } = applyProposals(again, [{ ...proposal, conforming: 2, samples: proposal.samples.map((s) => ({ ...s, conforms: true, findings: [] })) }], ['orders.csv'], 'en');
    expect(outcomes[0]!.kind).toBe('written');
    expect((again.get(['answers', 'complaints.handling']) as { result: string }).result).toBe('2/2');
  });
});

describe('--init-mapping', () => {
  it('without a terminal the guess from the headers is the mapping', async () => {
    const { mapping } = await buildMapping(ordered, undefined, 'zh');
    expect(mapping.columns).toEqual({
      id: '工单号',
      type: '服务类型',
      received: '受理时间',
      responded: '首次响应时间',
      onSite: '上门时间',
      resolved: '完成时间',
      visited: '回访时间',
      satisfaction: '满意度',
      channel: '受理渠道',
    });
    expect(mapping.types).toEqual({ 维修: 'repair', 安装: 'installation', 投诉: 'complaint', 咨询: 'consultation', 退换货: 'return' });
  });

  it('an xlsx export longer than the rows looked at is mapped from its first rows (the reader stops early without an error)', async () => {
    const file = path.join(dir, 'long.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('工单');
    sheet.addRow(['工单号', '服务类型', '受理时间']);
    for (let i = 0; i < 2500; i++) sheet.addRow([`W${i}`, i % 2 ? '维修' : '安装', new Date(Date.UTC(2026, 2, 1 + (i % 28), 9))]);
    await book.xlsx.writeFile(file);
    const { mapping, header } = await buildMapping(file, undefined, 'en');
    expect(header).toMatchObject({ row: 1, sheet: '工单' });
    expect(mapping.columns).toEqual({ id: '工单号', type: '服务类型', received: '受理时间' });
    expect(mapping.types).toEqual({ 安装: 'installation', 维修: 'repair' });
  });

  it('on a terminal each column is asked with the guess as default, then each type value, then the scale', async () => {
    const fields = 9;
    const script = [
      ...Array.from({ length: fields }, (_, i) => ({ select: i === 8 ? '' : ['工单号', '服务类型', '受理时间', '首次响应时间', '上门时间', '完成时间', '回访时间', '满意度'][i] })),
      { select: 'repair' },
      { select: 'installation' },
      { select: 'complaint' },
      { select: 'other' },
      { select: 'return' },
      { select: 10 },
    ];
    const prompter = new ScriptedPrompter(script);
    const { mapping } = await buildMapping(ordered, prompter, 'zh');
    expect(prompter.remaining).toBe(0);
    expect(prompter.transcript.some((line) => line.includes('（推测：受理时间）') && line.includes('(default 受理时间)'))).toBe(true);
    expect(mapping.columns.channel).toBeUndefined();
    expect(Object.values(mapping.types).sort()).toEqual(['complaint', 'installation', 'other', 'repair', 'return']);
    expect(mapping.satisfactionScale).toBe(10);
    const file = path.join(dir, 'map.yaml');
    writeFileSync(file, mappingYaml(mapping, 'ordered.csv', 'zh'));
    expect(readFileSync(file, 'utf8')).toMatch(/^# 工单导出文件各列的含义/);
  });
});
