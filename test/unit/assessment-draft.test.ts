import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { assessmentTemplate } from '../../src/assessment/assessment-template.js';
import { loadAssessment } from '../../src/assessment/load-assessment.js';
import { builtInCataloguePath, loadCatalogue } from '../../src/catalogue/load-catalogue.js';
import { AssessmentDraft } from '../../src/questionnaire/assessment-draft.js';

async function template(company?: string): Promise<{ file: string; text: string }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-draft-')), '自评.yaml');
  const catalogue = await loadCatalogue(builtInCataloguePath('producer'));
  if (!catalogue.ok) throw new Error('the producer catalogue does not load');
  const text = await assessmentTemplate({
    catalogue: catalogue.value,
    catalogueReference: 'producer',
    requirements: await loadApplicationRequirements(),
    lang: 'zh',
    outputFile: file,
    today: '2026-11-27',
    ...(company !== undefined ? { company } : {}),
  });
  return { file, text };
}

/** The lines that differ between two versions of a file, as `git diff` would count them. */
function changedLines(before: string, after: string): Array<[string | undefined, string | undefined]> {
  const a = before.split('\n');
  const b = after.split('\n');
  const changed: Array<[string | undefined, string | undefined]> = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) changed.push([a[i], b[i]]);
  return changed;
}

/** A file as a person keeps it in git: an end-of-line comment on an answer, flow lists written tightly, blank lines. */
async function handEdited(lineEnding: '\n' | '\r\n' = '\n'): Promise<{ file: string; text: string }> {
  const { file, text } = await template('某某电器有限公司');
  const edited = text
    .replace(/^  customers\.relationship:.*$/m, '  customers.relationship: met # C6 before deductions')
    .replace(/^  culture\.philosophy:.*$/m, '  culture.philosophy: {result: met, evidence: [a]}')
    .replace(/^specialDeductions: \[\]/m, 'specialDeductions: [2026-10 投诉超期]')
    .replace(/\n/g, lineEnding);
  writeFileSync(file, edited);
  return { file, text: edited };
}

describe('saving an answer', () => {
  it('when one answer is saved, then exactly one line of the file changes, comments and layout kept', async () => {
    const { file, text } = await handEdited();
    const draft = await AssessmentDraft.open(file);
    draft.set(['answers', 'culture.commitment'], 'unmet');
    await draft.save();
    const after = readFileSync(file, 'utf8');
    expect(changedLines(text, after)).toEqual([['  culture.commitment:', '  culture.commitment: unmet']]);

    draft.set(['answers', 'customers.relationship'], { result: '7/10', note: '抽查' });
    await draft.save();
    const again = readFileSync(file, 'utf8');
    expect(changedLines(after, again)).toEqual([['  customers.relationship: met # C6 before deductions', '  customers.relationship: { result: 7/10, note: 抽查 } # C6 before deductions']]);

    draft.set(['answers', 'culture.commitment'], null);
    await draft.save();
    expect(changedLines(again, readFileSync(file, 'utf8'))).toEqual([['  culture.commitment: unmet', '  culture.commitment:']]);
  });

  it('when an empty answer with a comment is filled in, then the comment stays on its key at its column', async () => {
    const { file, text } = await handEdited();
    const draft = await AssessmentDraft.open(file);
    draft.set(['documents', 'business-license'], 'ready');
    await draft.save();
    const changed = changedLines(text, readFileSync(file, 'utf8'));
    expect(changed).toHaveLength(1);
    expect(changed[0]![1]).toMatch(/^  business-license: ready {2}# \S/);
  });

  it('keeps Windows line endings of a file that has them', async () => {
    const { file, text } = await handEdited('\r\n');
    const draft = await AssessmentDraft.open(file);
    draft.set(['answers', 'culture.commitment'], 'met');
    await draft.save();
    const after = readFileSync(file, 'utf8');
    expect(after.split('\r\n')).toHaveLength(text.split('\r\n').length);
    expect(changedLines(text.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n'))).toEqual([['  culture.commitment:', '  culture.commitment: met']]);
  });
});

describe('text a person typed, written into the file', () => {
  const hostile = [
    'word '.repeat(20).trim(),
    'x'.repeat(100),
    '某某'.repeat(60),
    'A\nanswers: { culture.philosophy: met }',
    'A\r\nspecialBonus: 行业领先',
    '# not a comment',
    'key: value',
    '"quoted" and \'single\'',
    '  leading and trailing  ',
    '- a list?',
    '[a, b]',
    'yes',
    '123',
    'tab\there',
    '\u2028line separator',
    '&anchor *alias',
    '%TAG',
    '@at `tick`',
  ];

  it.each(hostile)('when the company name is %j, then `init` writes a file that reads back with exactly that name and nothing more', async (name) => {
    const { file, text } = await template(name);
    writeFileSync(file, text);
    const loaded = await loadAssessment(file);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    expect(loaded.value.assessment.company.name).toBe(name);
    const data = parse(text) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['format', 'catalogue', 'company', 'assessedOn', 'eligibility', 'answers', 'specialDeductions', 'specialBonus', 'documents']);
    expect(data.specialBonus).toBeNull();
    expect((data.answers as Record<string, unknown>)['culture.philosophy']).toBeNull();
  });

  it.each(hostile)('when %j is typed as the company name or a note in the questionnaire, then it is saved as that value', async (value) => {
    const { file, text } = await template('某某电器有限公司');
    writeFileSync(file, text);
    const draft = await AssessmentDraft.open(file);
    draft.set(['company', 'name'], value);
    draft.set(['answers', 'culture.philosophy'], { result: 'unmet', note: value, evidence: [value] });
    await draft.save();
    const after = readFileSync(file, 'utf8');
    expect(changedLines(text, after)).toHaveLength(2);
    const data = parse(after) as { company: { name: string }; answers: Record<string, unknown>; specialBonus: unknown };
    expect(data.company.name).toBe(value);
    expect(data.answers['culture.philosophy']).toEqual({ result: 'unmet', note: value, evidence: [value] });
    expect(data.specialBonus).toBeNull();
  });
});

describe('an answer the file has no line for', () => {
  it('when the key is missing from its section, then one line is added there and nothing else changes', async () => {
    const { file, text } = await handEdited();
    const without = text.replace(/^ {2}culture\.commitment:.*\n/m, '');
    writeFileSync(file, without);
    const draft = await AssessmentDraft.open(file);
    draft.set(['answers', 'culture.commitment'], 'met');
    await draft.save();
    const after = readFileSync(file, 'utf8');
    const before = without.split('\n');
    const lines = after.split('\n');
    expect(lines).toHaveLength(before.length + 1);
    const added = lines.findIndex((line, i) => line !== before[i]);
    expect(lines[added]).toBe('  culture.commitment: met');
    expect([...lines.slice(0, added), ...lines.slice(added + 1)]).toEqual(before);
    expect(after).toContain('{result: met, evidence: [a]}');
    expect((parse(after) as { answers: Record<string, unknown> }).answers['culture.commitment']).toBe('met');
  });
});
