import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessmentText } from '../../src/assessment/load-assessment.js';
import { loadCatalogueText } from '../../src/catalogue/load-catalogue.js';
import { questionnaireText } from '../../src/i18n/questionnaire-text.js';
import { checkCount } from '../../src/questionnaire/question.js';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { decodeSource } from '../../src/source/read-source.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const example = readFileSync(path.join(root, 'examples', 'producer-4star.yaml'), 'utf8');
const customCatalogue = readFileSync(path.join(root, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml'), 'utf8');

describe('small errors', () => {
  it.each(['0000-01-01', '0050-06-15', '0099-12-31', '0100-03-01'])('when the assessment date is %s, then it is a real date, not refused', async (date) => {
    const loaded = await loadAssessmentText({ file: path.join(root, 'examples', 'x.yaml'), text: example.replace(/^assessedOn: .*$/m, `assessedOn: ${date}`) });
    expect(loaded.diagnostics.filter((d) => d.code === 'INVALID_DATE')).toEqual([]);
  });

  it('still refuses a day the calendar lacks in those years', async () => {
    const loaded = await loadAssessmentText({ file: path.join(root, 'examples', 'x.yaml'), text: example.replace(/^assessedOn: .*$/m, 'assessedOn: 0050-02-30') });
    expect(loaded.diagnostics.map((d) => d.code)).toContain('INVALID_DATE');
  });

  it('when a class misses its total by 0.001, then the sum is shown exactly, not rounded to the total', () => {
    const text = customCatalogue.replace('points: 34.5', 'points: 34.499');
    const loaded = loadCatalogueText({ file: 'c.yaml', text });
    const mismatch = loaded.diagnostics.find((d) => d.code === 'CATALOGUE_CLASS_POINTS_MISMATCH');
    expect(mismatch?.params).toMatchObject({ points: 60, sum: '59.999' });
  });

  it('shows a whole-number sum without decimals, and keeps its zeros', () => {
    const text = customCatalogue.replace('points: 34.5', 'points: 14.5');
    const mismatch = loadCatalogueText({ file: 'c.yaml', text }).diagnostics.find((d) => d.code === 'CATALOGUE_CLASS_POINTS_MISMATCH');
    expect(mismatch?.params).toMatchObject({ sum: '40' });
  });

  it.each([
    ['utf-32le', [0xff, 0xfe, 0, 0], (point: number) => [point & 0xff, (point >> 8) & 0xff, (point >> 16) & 0xff, 0]],
    ['utf-32be', [0, 0, 0xfe, 0xff], (point: number) => [0, (point >> 16) & 0xff, (point >> 8) & 0xff, point & 0xff]],
  ] as const)('when a file is %s, then it is read as UTF-32, not as UTF-16', (encoding, bom, encode) => {
    const text = 'company:\n  name: 堃喆电器 😀\n';
    const bytes = Uint8Array.from([...bom, ...Array.from(text).flatMap((character) => encode(character.codePointAt(0)!))]);
    const decoded = decodeSource('x.yaml', bytes);
    expect(decoded.ok && decoded.value).toMatchObject({ text, convertedFrom: encoding });
  });

  it('when a file has a byte that is not UTF-8, then FILE_ENCODING says where', () => {
    const bytes = Buffer.concat([Buffer.from('format: gbt27922-assessment/1\ncompany:\n  name: 某'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]);
    const decoded = decodeSource('x.yaml', bytes);
    expect(decoded.ok).toBe(false);
    expect(decoded.diagnostics[0]).toMatchObject({ code: 'FILE_ENCODING', position: { line: 3, column: 10, lineText: expect.stringContaining('name: 某') } });
  });

  it('when aliases pass the limit, then YAML_ALIAS_LIMIT points at the first alias', () => {
    const text = `a: &a [x, y]\nb: [${Array.from({ length: 200 }, () => '*a').join(', ')}]\n`;
    const parsed = parseYaml({ file: 'x.yaml', text });
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'YAML_ALIAS_LIMIT', position: { line: 2, column: 5 } });
  });

  it('when nesting is too deep, then YAML_TOO_DEEP points at where it gets deep', () => {
    const text = `format: gbt27922-assessment/1\nanswers: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const parsed = parseYaml({ file: 'x.yaml', text });
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'YAML_TOO_DEEP', position: { line: 2, column: 10 + 63 } });
  });

  it('when a count of 10^23 is typed, then it is refused rather than saved as 1e+23', () => {
    const text = questionnaireText('zh');
    expect(checkCount('100000000000000000000000', text)).toBe(text.numberTooLarge);
    expect(checkCount('9007199254740991', text)).toBe(true);
    expect(checkCount('320', text)).toBe(true);
    expect(checkCount('0', text)).toBe(text.positiveInteger);
    expect(checkCount('0', text, { zeroAllowed: true })).toBe(true);
  });
});
