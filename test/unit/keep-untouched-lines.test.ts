import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssessmentDraft } from '../../src/questionnaire/assessment-draft.js';
import { keepUntouchedLines } from '../../src/source/keep-untouched-lines.js';

describe('keepUntouchedLines', () => {
  it('when the library restyles every line but changes one, then only that line comes from its rendering', () => {
    const original = 'a: [x]   # mine\nb: 1\nc: "q"\n';
    const before = 'a: [ x ] # mine\nb: 1\nc: q\n';
    const after = 'a: [ x ] # mine\nb: 2\nc: q\nd: new\n';
    expect(keepUntouchedLines(original, before, after)).toBe('a: [x]   # mine\nb: 2\nc: "q"\nd: new\n');
  });

  it('when the rendering does not line up with the file, then the rendering is used as it is', () => {
    expect(keepUntouchedLines('a: 1\n\n\nb: 2\n', 'a: 1\nb: 2\n', 'a: 1\nb: 3\n')).toBe('a: 1\nb: 3\n');
  });
});

describe('AssessmentDraft new keys and removals', () => {
  it('when a plan entry is added and a key removed, then every other line stays as written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt-draft-'));
    const file = path.join(dir, 'a.yaml');
    const text = [
      'format: gbt27922-assessment/1',
      'catalogue: producer',
      'company: { name: 某公司 }   # 公司',
      'assessedOn: 2026-11-20',
      'specialBonus: 行业首家',
      'answers:',
      '  culture.commitment: { result: met, evidence: [docs/a.pdf] }  # 证据',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const draft = await AssessmentDraft.open(file);
    draft.remove(['specialBonus']);
    draft.set(['eligibility', 'legal-entity'], true);
    expect(draft.text()).toBe(
      [
        'format: gbt27922-assessment/1',
        'catalogue: producer',
        'company: { name: 某公司 }   # 公司',
        'assessedOn: 2026-11-20',
        'answers:',
        '  culture.commitment: { result: met, evidence: [docs/a.pdf] }  # 证据',
        'eligibility:',
        '  legal-entity: true',
        '',
      ].join('\n'),
    );
  });
});

describe('AssessmentDraft new section', () => {
  it('when a section the file lacks is set in a file whose section keys carry comments (as init writes them), only its two lines are added', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt-draft-'));
    const file = path.join(dir, 'a.yaml');
    const text = [
      'format: gbt27922-assessment/1',
      'catalogue: producer  # 指标体系',
      'company:',
      '  name: 某公司',
      'eligibility:  # 申请条件',
      '  legal-entity:  # 营业执照',
      'answers:  # 各项指标',
      '  culture.commitment: { result: met, evidence: [docs/a.pdf] }',
      '',
    ].join('\r\n');
    writeFileSync(file, text);
    const draft = await AssessmentDraft.open(file);
    draft.set(['evidenceLog', 'docs/a.pdf'], { sha256: 'ab', recorded: '2026-12-01' });
    draft.set(['evidenceLog', 'docs/b.pdf'], { sha256: 'cd', recorded: '2026-12-01' });
    expect(draft.text()).toBe(`${text}evidenceLog:\r\n  docs/a.pdf: { sha256: ab, recorded: 2026-12-01 }\r\n  docs/b.pdf: { sha256: cd, recorded: 2026-12-01 }\r\n`);
    expect(draft.get(['evidenceLog', 'docs/b.pdf'])).toEqual({ sha256: 'cd', recorded: '2026-12-01' });
  });
});

describe('AssessmentDraft text with line breaks under a new key', () => {
  it('when a new entry holds a note of several lines starting with "-", then the file still reads back (found by the round-trip property)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt-draft-'));
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, 'format: gbt27922-assessment/1\ncatalogue: producer\ncompany:\n  name: x\nanswers: {}\n');
    const draft = await AssessmentDraft.open(file);
    draft.set(['documents', 'business-license'], { status: 'ready', note: '-\n=SUM(A1)' });
    const checked = await draft.check();
    expect(checked.diagnostics).toEqual([]);
    expect(draft.get(['documents', 'business-license'])).toEqual({ status: 'ready', note: '-\n=SUM(A1)' });
  });
});
