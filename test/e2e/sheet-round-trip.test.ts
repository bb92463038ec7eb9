import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { columnWidths, dropdowns, frozenAt, readXlsx, type ReadSheet } from '../helpers/xlsx-reader.js';

const example = path.join(repoRoot, 'examples', 'producer-4star.yaml');

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt-sheet-'));
  copyFileSync(example, path.join(dir, 'a.yaml'));
  return dir;
}

function exportXlsx(dir: string, file = 'a.yaml', extra: string[] = []): ReadSheet[] {
  const run = runCli(['export', file, '-o', 'a.xlsx', ...extra], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return readXlsx(readFileSync(path.join(dir, 'a.xlsx')));
}

/** The row number of an indicator on the indicator sheet, found by its id in column A. */
function rowOf(sheet: ReadSheet, id: string): number {
  for (const [ref, value] of sheet.values) if (value === id && ref.startsWith('A')) return Number(ref.slice(1));
  throw new Error(`no row for ${id}`);
}

function scoreJson(dir: string, file = 'a.yaml') {
  const run = runCli(['score', file, '--format', 'json'], { cwd: dir });
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as { score: number; level: string; indicators: Array<{ id: string; state: string; earnedPoints: number }> };
}

describe('export to xlsx, read by an independent reader', () => {
  it('when a filled assessment is exported, then every sheet holds its part with the answers, dropdowns, a frozen header and widths for Chinese', () => {
    const dir = workspace();
    const sheets = exportXlsx(dir);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['封面', '指标', '申请条件', '申请材料', '特别扣分', '整改计划']);
    const [cover, indicators] = sheets as [ReadSheet, ReadSheet];

    const coverValues = [...cover.values.values()];
    expect(coverValues).toContain('华澜电器（苏州）有限公司');
    const score = scoreJson(dir).score;
    expect(coverValues).toContain(String(Math.trunc(score * 10) / 10));

    expect(indicators.values.get('A1')).toBe('编号');
    expect(indicators.values.get('H1')).toBe('答案');
    expect(indicators.values.get('E1')).toBe('分值（本工具默认）');
    expect(frozenAt(indicators)).toBe('B2');
    const training = rowOf(indicators, 'organisation.training');
    expect([indicators.values.get(`H${training}`), indicators.values.get(`I${training}`), indicators.values.get(`J${training}`)]).toEqual(['抽样', 7, 10]);
    expect(indicators.values.get(`L${training}`)).toBe('3 名新入职维修工尚未完成岗前培训');
    const installation = rowOf(indicators, 'delivery.installation');
    expect(indicators.values.get(`H${installation}`)).toBe('不适用');
    expect(indicators.values.get(`K${installation}`)).toBe('本公司产品为台式小家电，开箱即用，无需安装调试');
    expect(indicators.values.get(`H${rowOf(indicators, 'improvement.product')}`)).toBe('不符合');
    // Grouped: a class heading row before the first item heading, before the first indicator.
    expect(indicators.values.get('B2')).toBe('售后服务体系');
    expect(indicators.values.get('A2')).toBeUndefined();

    // The answer dropdown offers only what the indicator allows (culture.philosophy is neither sampled nor N/A).
    const lists = dropdowns(indicators);
    const listAt = (ref: string) => lists.find((list) => list.sqref.split(' ').some((range) => covers(range, ref)))?.list;
    expect(listAt(`H${training}`)).toBe('"符合,不符合,抽样"');
    expect(listAt(`H${installation}`)).toBe('"符合,不符合,抽样,不适用"');
    expect(listAt(`H${rowOf(indicators, 'culture.philosophy')}`)).toBe('"符合,不符合"');
    expect(listAt(`Q${training}`)).toBe('"待办,进行中,已完成"');

    // Widths: the id column fits the longest id; text columns wide enough for Chinese but capped.
    const widths = columnWidths(indicators);
    expect(widths.get(1)).toBeGreaterThanOrEqual('organisation.investment'.length);
    expect(widths.get(4)).toBeGreaterThanOrEqual(2 * '顾客投诉处理'.length);
    expect(widths.get(6)).toBeLessThanOrEqual(50);

    // The only formulas are the reference score column, with the tool's figure as their value.
    expect(new Set([...indicators.formulas.keys()].map((ref) => ref.replace(/\d+/, '')))).toEqual(new Set(['S']));
    const earned = scoreJson(dir).indicators.find((indicator) => indicator.id === 'organisation.training')!.earnedPoints;
    expect(indicators.values.get(`S${training}`)).toBeCloseTo(earned, 9);
  });

  it('when notes start with = + - @, then they stay text: string cells in xlsx, an apostrophe in csv, and import gives them back unchanged', () => {
    const dir = workspace();
    const file = path.join(dir, 'a.yaml');
    const dangerous = ['=HYPERLINK("http://evil.example","点这里")', '+1+2', '-3', '@SUM(A1:A9)'];
    const text = readFileSync(file, 'utf8')
      .replace('culture.philosophy: met', `culture.philosophy: { result: met, note: '${dangerous[0]!.replace(/'/g, "''")}' }`)
      .replace('culture.strategy: met', `culture.strategy: { result: met, note: '${dangerous[1]}' }`)
      .replace('culture.goals: met', `culture.goals: { result: unmet, note: '${dangerous[2]}' }`)
      .replace('rules.standards: met', `rules.standards: { result: met, evidence: ['${dangerous[3]}'] }`);
    writeFileSync(file, text);
    const indicators = exportXlsx(dir)[1]!;
    for (const value of dangerous) {
      const ref = [...indicators.values].find(([, cell]) => cell === value)?.[0];
      expect(ref, value).toBeDefined();
      expect(indicators.formulas.has(ref!)).toBe(false);
    }
    expect(runCli(['export', 'a.yaml', '--format', 'csv', '-o', 'a.csv'], { cwd: dir }).status).toBe(0);
    const csv = readFileSync(path.join(dir, 'a.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点这里"")"`);
    expect(csv).toContain(",'+1+2,");
    expect(csv).toContain(",'-3,");
    expect(csv).toMatch(/,'@SUM\(A1:A9\),/);
    for (const sheet of ['a.xlsx', 'a.csv']) {
      const run = runCli(['import', sheet, '-o', 'a.yaml'], { cwd: dir });
      expect(run.stdout).toBe('a.yaml 没有变化\n');
      expect(readFileSync(file, 'utf8')).toBe(text);
    }
  });
});

describe('import', () => {
  it('when three answers are changed in the workbook, then import writes those three lines and score shows that change and nothing else', async () => {
    const dir = workspace();
    exportXlsx(dir);
    const before = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
    const scoreBefore = scoreJson(dir);
    await editWorkbook(path.join(dir, 'a.xlsx'), (sheet, row) => {
      sheet.getCell(`H${row('improvement.product')}`).value = '符合';
      sheet.getCell(`H${row('culture.goals')}`).value = '不符合';
      sheet.getCell(`I${row('complaints.records')}`).value = 10;
    });
    const run = runCli(['import', 'a.xlsx', '-o', 'a.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('已更新 a.yaml 中的 3 处：\n  answers.culture.goals\n  answers.improvement.product\n  answers.complaints.records\n');
    const after = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
    const changedLines = diffLines(before, after);
    expect(changedLines).toEqual([
      ['  culture.goals: met', '  culture.goals: unmet'],
      ['  improvement.product: { result: unmet, note: 维修数据尚未反馈给研发部门 }', '  improvement.product: { result: met, note: 维修数据尚未反馈给研发部门 }'],
      ['  complaints.records: 8/10', '  complaints.records: 10/10'],
    ]);
    const scoreAfter = scoreJson(dir);
    const moved = scoreAfter.indicators.filter((indicator, index) => JSON.stringify(indicator) !== JSON.stringify(scoreBefore.indicators[index])).map((indicator) => indicator.id);
    expect(moved.sort()).toEqual(['complaints.records', 'culture.goals', 'improvement.product']);
    expect(scoreAfter.score).not.toBe(scoreBefore.score);

    // An owner and a due date typed into the plan columns: a plan entry, and the score does not move.
    exportXlsx(dir);
    await editWorkbook(path.join(dir, 'a.xlsx'), (sheet, row) => {
      sheet.getCell(`O${row('organisation.training')}`).value = '王工 ';
      sheet.getCell(`P${row('organisation.training')}`).value = new Date(Date.UTC(2027, 1, 28));
    });
    const owner = runCli(['import', 'a.xlsx', '-o', 'a.yaml'], { cwd: dir });
    expect(owner.stderr).toBe('');
    expect(owner.stdout).toBe('已更新 a.yaml 中的 1 处：\n  plan.organisation.training\n');
    const withPlan = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
    expect(withPlan.startsWith(after)).toBe(true);
    expect(withPlan.slice(after.length)).toBe('plan:\n  organisation.training: { owner: 王工, due: 2027-02-28 }\n');
    expect(scoreJson(dir).indicators).toEqual(scoreAfter.indicators);
  });

  it('when a cell is wrong, then the error names the sheet and cell with the code the YAML loader uses, and nothing is written', async () => {
    const dir = workspace();
    exportXlsx(dir);
    const before = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
    let rows: Record<string, number> = {};
    await editWorkbook(path.join(dir, 'a.xlsx'), (sheet, row) => {
      rows = { goals: row('culture.goals'), training: row('organisation.training'), installation: row('delivery.installation'), philosophy: row('culture.philosophy') };
      sheet.getCell(`H${rows.goals}`).value = '差不多';
      sheet.getCell(`I${rows.training}`).value = 12; // 12 of 10
      sheet.getCell(`K${rows.installation}`).value = null; // N/A without its reason
      sheet.getCell(`H${rows.philosophy}`).value = '不适用'; // not allowed for this indicator
      sheet.getCell(`P${rows.philosophy}`).value = '2027-02-30';
    });
    const run = runCli(['import', 'a.xlsx', '-o', 'a.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`错误[INVALID_ANSWER] a.xlsx 指标!H${rows.goals}`);
    expect(run.stderr).toContain(`错误[SAMPLES_INVALID] a.xlsx 指标!I${rows.training}`);
    expect(run.stderr).toContain(`错误[NA_REASON_MISSING] a.xlsx 指标!K${rows.installation}`);
    expect(run.stderr).toContain(`错误[NA_NOT_ALLOWED] a.xlsx 指标!H${rows.philosophy}`);
    expect(run.stderr).toContain(`错误[INVALID_DATE] a.xlsx 指标!P${rows.philosophy}`);
    // The same advice as for the YAML file.
    expect(run.stderr).toContain('写明不适用的理由');
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe(before);
  });

  it('when WPS or LibreOffice changed the cells (full-width digits, serial dates, trailing spaces, merged cells), then the values read as typed', async () => {
    const dir = workspace();
    exportXlsx(dir);
    await editWorkbook(path.join(dir, 'a.xlsx'), (sheet, row) => {
      const training = row('organisation.training');
      sheet.getCell(`I${training}`).value = '９'; // full-width 9
      sheet.getCell(`J${training}`).value = '１０ ';
      sheet.getCell(`H${row('culture.goals')}`).value = '不符合  '; // trailing spaces
      // A merged block of equal answers: only the top-left cell holds the value.
      const first = row('delivery.packaging');
      sheet.getCell(`H${first}`).value = '不符合';
      sheet.mergeCells(`H${first}:H${first + 1}`);
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(dir, 'a.xlsx'));
    const run = runCli(['import', 'a.xlsx', '-o', 'a.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    const after = readFileSync(path.join(dir, 'a.yaml'), 'utf8');
    expect(after).toContain('organisation.training: { result: 9/10, note: 3 名新入职维修工尚未完成岗前培训 }');
    expect(after).toContain('  culture.goals: unmet\n');
    expect(after).toContain('  delivery.packaging: unmet\n');
    // delivery.shipping is sampled (20/20): under a merged "不符合" it becomes unmet.
    expect(after).toContain('  delivery.shipping: unmet\n');
  });

  it('when a csv without a cover is imported where no assessment exists, then it says a file is needed', () => {
    const dir = workspace();
    expect(runCli(['export', 'a.yaml', '--format', 'csv', '-o', 'a.csv'], { cwd: dir }).status).toBe(0);
    const run = runCli(['import', 'a.csv', '-o', 'new.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('IMPORT_NEEDS_FILE');
  });

  it('when an xlsx is imported where no assessment exists, then a new file is made from its cover and scores the same', () => {
    const dir = workspace();
    exportXlsx(dir);
    const run = runCli(['import', 'a.xlsx', '-o', 'new.yaml'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(scoreJson(dir, 'new.yaml').indicators).toEqual(scoreJson(dir).indicators.map((indicator) => ({ ...indicator })));
    expect(scoreJson(dir, 'new.yaml').score).toBe(scoreJson(dir).score);
  });

  it('when the output is the input, or the workbook has no indicator sheet, or is not a workbook, then it refuses with a code', () => {
    const dir = workspace();
    writeFileSync(path.join(dir, 'junk.xlsx'), 'not a zip');
    expect(runCli(['import', 'a.yaml', '-o', 'a.yaml'], { cwd: dir }).stderr).toContain('SHEET_OVERWRITES_INPUT');
    expect(runCli(['export', 'a.yaml', '-o', 'a.yaml'], { cwd: dir }).stderr).toContain('SHEET_OVERWRITES_INPUT');
    expect(runCli(['import', 'junk.xlsx', '-o', 'a.yaml'], { cwd: dir }).stderr).toContain('SHEET_UNREADABLE');
    writeFileSync(path.join(dir, 'other.csv'), '名称,数量\n苹果,3\n');
    expect(runCli(['import', 'other.csv', '-o', 'a.yaml'], { cwd: dir }).stderr).toContain('SHEET_MISSING');
  });

  it('when rows repeat an indicator or a cover value is not a choice, then SHEET_DUPLICATE_ROW and SHEET_VALUE_INVALID name the cells; a cover for another catalogue is SHEET_CATALOGUE_MISMATCH', async () => {
    const dir = workspace();
    exportXlsx(dir);
    await editWorkbook(path.join(dir, 'a.xlsx'), (sheet, row, book) => {
      sheet.getCell(`A${row('culture.goals')}`).value = 'culture.philosophy';
      const cover = book.getWorksheet('封面')!;
      cover.eachRow((excelRow) => {
        if (excelRow.getCell(3).value === 'company.firstCertification') excelRow.getCell(2).value = '也许';
        if (excelRow.getCell(3).value === 'catalogue') excelRow.getCell(2).value = 'seller';
      });
    });
    const run = runCli(['import', 'a.xlsx', '-o', 'a.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/SHEET_DUPLICATE_ROW\] a\.xlsx 指标!A\d+/);
    expect(run.stderr).toMatch(/SHEET_VALUE_INVALID\] a\.xlsx 封面!B\d+/);
    expect(run.stderr).toMatch(/SHEET_CATALOGUE_MISMATCH\] a\.xlsx 封面!B\d+/);
  });
});

const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);
if (!soffice) console.log('LibreOffice round trip skipped: soffice is not installed (.ci/run installs libreoffice-calc-nogui)');

describe.skipIf(!soffice)('LibreOffice', () => {
  it('when LibreOffice saves the workbook again (xlsx) and converts each sheet to csv, then import changes nothing and its csv shows what the independent reader read', { timeout: 180_000 }, () => {
    const dir = workspace();
    const sheets = exportXlsx(dir);
    const home = path.join(dir, 'lo-profile');
    const convert = (to: string, outdir: string) => {
      const run = spawnSync(soffice!, [`-env:UserInstallation=file://${home}`, '--headless', '--convert-to', to, '--outdir', outdir, 'a.xlsx'], { cwd: dir, encoding: 'utf8', timeout: 150_000 });
      expect(run.status, run.stderr).toBe(0);
    };
    convert('xlsx', path.join(dir, 'lo'));
    const run = runCli(['import', 'lo/a.xlsx', '-o', 'a.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('a.yaml 没有变化\n');

    convert('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', path.join(dir, 'csv'));
    const indicatorCsv = readdirSync(path.join(dir, 'csv')).find((name) => name.includes('指标'))!;
    const rows = parseCsv(readFileSync(path.join(dir, 'csv', indicatorCsv), 'utf8'));
    const indicators = sheets[1]!;
    const training = rowOf(indicators, 'organisation.training');
    expect(rows[training - 1]!.slice(0, 1)).toEqual(['organisation.training']);
    expect(rows[training - 1]!.slice(7, 10)).toEqual(['抽样', '7', '10']);
    // LibreOffice recomputes the reference formula: it agrees with the tool.
    expect(Number(rows[training - 1]![18])).toBeCloseTo(Number(indicators.values.get(`S${training}`)), 6);
    // And the csv LibreOffice wrote imports too (it has the indicator sheet's columns).
    const csvRun = runCli(['import', `csv/${indicatorCsv}`, '-o', 'a.yaml'], { cwd: dir });
    expect(csvRun.stderr).toBe('');
    expect(csvRun.stdout).toBe('a.yaml 没有变化\n');
  });
});

async function editWorkbook(file: string, edit: (sheet: ExcelJS.Worksheet, row: (id: string) => number, book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('指标')!;
  const row = (id: string) => {
    let found = 0;
    sheet.eachRow((excelRow, number) => {
      if (excelRow.getCell(1).value === id) found = number;
    });
    if (!found) throw new Error(`no row for ${id}`);
    return found;
  };
  edit(sheet, row, book);
  await book.xlsx.writeFile(file);
}

function diffLines(before: string, after: string): Array<[string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [[line, b[index]!] as [string, string]]));
}

function covers(range: string, ref: string): boolean {
  const [from, to = from] = range.split(':') as [string, string?];
  const split = (cell: string) => [cell.replace(/\d+/, ''), Number(cell.replace(/[A-Z]+/, ''))] as const;
  const [column, row] = split(ref);
  const [fromColumn, fromRow] = split(from);
  const [toColumn, toRow] = split(to!);
  return column >= fromColumn && column <= toColumn && row >= fromRow && row <= toRow;
}

/** A csv parser for LibreOffice's output (quoted fields with newlines inside), independent of the tool's. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
