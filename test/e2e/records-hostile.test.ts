import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

/**
 * `gbt27922 records` as a quality manager meets it: the files people really hand it (renamed,
 * empty, half-converted, from Excel on Windows) get a coded error naming the file and the place
 * and saying what to do, in Chinese and English, never a stack trace; what it can read it reads.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-records-hostile-'));
const file = (name: string, content: string | Buffer) => {
  writeFileSync(path.join(dir, name), content);
  return name;
};
const run = (args: string[]) => runCli(['records', ...args], { cwd: dir });

/** No stack trace, no internal error: what a person sees is a coded diagnostic. */
function expectCoded(stderr: string, code: string): void {
  expect(stderr).toContain(`[${code}]`);
  expect(stderr).not.toMatch(/\n\s+at |INTERNAL|TypeError|Error:/);
}

async function writeWorkbook(name: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('说明').addRow(['本表为 2026 年工单导出']);
  const orders = book.addWorksheet('Sheet 1');
  orders.addRow(['序号', '工单号', '服务类型', '时间节点', '', '']);
  orders.addRow(['', '', '', '受理时间', '首次响应时间', '完成时间']);
  for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1']) orders.mergeCells(range);
  orders.addRow([1, 'WO1', '维修', new Date(Date.UTC(2026, 2, 5, 9)), new Date(Date.UTC(2026, 2, 5, 11)), new Date(Date.UTC(2026, 2, 6, 9))]);
  orders.addRow([2, 'WO2', '投诉', '2026/3/5 9:00', '待定', '']); // E4 is not a date
  orders.addRow([3, 'WO3', '投诉', '2026年3月6日 8:00', '2026/3/6 下午 2:00', 46088.5]);
  await book.xlsx.writeFile(path.join(dir, name));
  return name;
}

beforeAll(async () => {
  await writeWorkbook('工单.xlsx');
});

describe('bad files get a coded error with what to do, in both languages', () => {
  it.each([
    ['a 0-byte file', 'RECORDS_FILE_EMPTY', () => file('空.csv', ''), '0 字节', '0 bytes'],
    [
      'a PDF renamed .csv',
      'RECORDS_NOT_AN_EXPORT',
      () => file('报表.csv', Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<< >>\nendobj\n')])),
      'PDF',
      'PDF',
    ],
    ['an Excel 97–2003 .xls', 'RECORDS_OLD_WORKBOOK', () => file('旧.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])), '另存为', 'Save as'],
    ['a picture renamed .csv', 'RECORDS_NOT_AN_EXPORT', () => file('截图.csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40)])), '图片', 'an image'],
  ])('%s: %s', (_, code, make, zhWords, enWords) => {
    const name = make();
    const zh = run([name]);
    expect(zh.status).toBe(2);
    expectCoded(zh.stderr, code);
    expect(zh.stderr).toContain(name);
    expect(zh.stderr).toContain(zhWords);
    expect(zh.stderr).toContain('处理办法');
    const en = run([name, '--lang', 'en']);
    expect(en.status).toBe(2);
    expectCoded(en.stderr, code);
    expect(en.stderr).toContain(enWords);
    expect(en.stderr).toContain('fix:');
  });

  it('a UTF-8 export with a line pasted in from a GBK file: RECORDS_ENCODING at that line and column, with the line shown', () => {
    const name = file(
      '混合.csv',
      Buffer.concat([
        Buffer.from('工单号,服务类型,受理时间\r\nA1,维修,2026/3/5 9:00\r\nA2,投诉,2026/3/5 9:30\r\n'),
        Buffer.from('A3,'),
        Buffer.from([0xce, 0xac, 0xd0, 0xde]),
        Buffer.from(',2026/3/6\r\n'),
      ]),
    );
    const zh = run([name]);
    expect(zh.status).toBe(2);
    expectCoded(zh.stderr, 'RECORDS_ENCODING');
    // 维修 in GBK is CE AC D0 DE: CE AC happens to be valid UTF-8 (ά), so the first byte that is not is column 5 of line 4.
    expect(zh.stderr).toContain('混合.csv:4:5');
    expect(zh.stderr).toContain('不是 UTF-8 编码');
    expect(zh.stderr).toContain('4 | A3,');
    const en = run([name, '--lang', 'en']);
    expectCoded(en.stderr, 'RECORDS_ENCODING');
    expect(en.stderr).toContain('not UTF-8');
  });

  it('a mapping with a typo in a column name: the export header row is named, and the header it meant', () => {
    copyFileSync(path.join(dir, '工单.xlsx'), path.join(dir, 'typo.xlsx'));
    const csv = file('typo.csv', '\uFEFF工单号,服务类型,受理时间\r\nA1,维修,2026/3/5 9:00\r\n');
    file('map.yaml', 'format: gbt27922-records-mapping/1\ncolumns:\n  id: 工单号\n  type: 服务类形\n  received: 受理时间\ntypes: {}\nsatisfactionScale: 5\n');
    const zh = run([csv, '-m', 'map.yaml']);
    expect(zh.status).toBe(2);
    expectCoded(zh.stderr, 'RECORDS_COLUMN_MISSING');
    expect(zh.stderr).toContain('typo.csv:1:1');
    expect(zh.stderr).toContain('是否应为“服务类型”');
    const en = run(['typo.xlsx', '-m', 'map.yaml', '--lang', 'en']);
    expectCoded(en.stderr, 'RECORDS_COLUMN_MISSING');
    expect(en.stderr).toContain("typo.xlsx 'Sheet 1'!A2");
    expect(en.stderr).toContain('Did you mean "服务类型"?');
  });
  it('an empty mapping file, or a type value the mapping cannot have: the fix says how to write a mapping, not an assessment', () => {
    const csv = file('map-target.csv', '工单号,服务类型,受理时间\nA1,维修,2026/3/5 9:00\n');
    file('empty-map.yaml', '');
    const empty = run([csv, '-m', 'empty-map.yaml']);
    expect(empty.status).toBe(2);
    expectCoded(empty.stderr, 'FILE_EMPTY');
    expect(empty.stderr).toContain('--init-mapping');
    expect(empty.stderr).not.toContain('gbt27922 init`');
    file('bad-type.yaml', 'format: gbt27922-records-mapping/1\ncolumns:\n  id: 工单号\n  type: 服务类型\n  received: 受理时间\ntypes:\n  维修: fix\nsatisfactionScale: 5\n');
    const badType = run([csv, '-m', 'bad-type.yaml', '--lang', 'en']);
    expectCoded(badType.stderr, 'SCHEMA_VALUE');
    expect(badType.stderr).toContain('bad-type.yaml:7:');
    expect(badType.stderr).toContain('--init-mapping');
    expect(badType.stderr).not.toContain('template that `gbt27922 init` writes');
  });
});

describe('what can be read is read, whatever its name', () => {
  it('an xlsx renamed .csv is read as the workbook it is, and a csv named .xlsx as the csv it is', () => {
    copyFileSync(path.join(dir, '工单.xlsx'), path.join(dir, '改名.csv'));
    const renamed = run(['改名.csv', '--format', 'json']);
    expect(renamed.status).toBe(0);
    expect(JSON.parse(renamed.stdout).rows).toEqual({ read: 2, unread: 1, blank: 0, totalRows: 0 });
    file('文本.xlsx', '工单号,服务类型,受理时间\nA1,维修,2026/3/5 9:00\n');
    const text = run(['文本.xlsx', '--format', 'json']);
    expect(text.status).toBe(0);
    expect(JSON.parse(text.stdout).rows.read).toBe(1);
  });

  it('a UTF-8 BOM export with a totals row, three ways of writing dates and empty columns: every figure is computed from the rows', () => {
    const name = file(
      'bom.csv',
      '\uFEFF工单号,服务类型,受理时间,首次响应时间,完成时间,,备注,\r\n' +
        'A1,维修,2026/3/5 9:00,2026/3/5 10:30,2026/3/6 9:00,,,\r\n' +
        'A2,维修,2026年3月5日 8:00,2026年3月5日 12:00,,,,\r\n' +
        'A3,投诉,46086.375,46086.5,46087.375,,,\r\n' +
        ',,,,,,,\r\n' +
        '合计,3,,,,,,\r\n',
    );
    const result = run([name, '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.rows).toEqual({ read: 3, unread: 0, blank: 1, totalRows: 1 });
    // Response hours, from the rows as written: 1.5, 4, and 3 (09:00 to 12:00 as serial numbers).
    const responses = [1.5, 4, 3].sort((a, b) => a - b);
    expect(report.overall.response.count).toBe(3);
    expect(report.overall.response.median).toBeCloseTo(responses[1]!, 9);
    expect(report.overall.response.mean).toBeCloseTo((1.5 + 4 + 3) / 3, 9);
    expect(report.overall.resolution).toEqual({ count: 2, of: 3, rate: 2 / 3 });
    expect(report.overall.byType).toMatchObject({ repair: 2, complaint: 1 });
    expect(report.months.map((m: { month: string }) => m.month)).toEqual(['2026-03']);
  });
});

describe('xlsx locations in every output', () => {
  it('text, json and markdown list the unread row as file and sheet!cell, and the warning points at it', () => {
    const text = run(['工单.xlsx']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("工单.xlsx 'Sheet 1'!E4  日期时间无法识别：待定");
    expect(text.stderr).toContain("警告[RECORDS_ROWS_UNREAD] 工单.xlsx 'Sheet 1'!E4");
    expect(text.stderr).toContain('第一处在此：日期时间无法识别（待定）');
    // No installation in the file: no 0/0 proposal; no on-site column: that step is said to be unchecked, not failed.
    expect(text.stdout).toContain('delivery.service 安装按时完成：文件中没有安装记录，不作建议');
    expect(text.stdout).not.toContain('0/0');
    expect(text.stdout).toContain('未检查：上门时间（导出文件中没有这一列');
    const json = JSON.parse(run(['工单.xlsx', '--format', 'json']).stdout);
    expect(json.unread[0]).toMatchObject({ file: '工单.xlsx', row: 4, cell: "'Sheet 1'!E4", reason: 'bad-date', value: '待定' });
    const sampled = json.samples.flatMap((proposal: { samples: Array<{ id: string; row: number; cell?: string }> }) => proposal.samples);
    expect(sampled.length).toBeGreaterThan(0);
    for (const sample of sampled) expect(sample.cell).toBe(`'Sheet 1'!B${sample.row}`);
    const markdown = run(['工单.xlsx', '--format', 'markdown', '--lang', 'en']);
    expect(markdown.stdout).toContain("| 工单.xlsx 'Sheet 1'!E4 | date or time not understood: 待定 |");
    expect(markdown.stderr).toContain("warning[RECORDS_ROWS_UNREAD] 工单.xlsx 'Sheet 1'!E4");
  });

  it('a csv keeps file:line:column in the warning and the listing', () => {
    const name = file('lines.csv', '工单号,服务类型,受理时间\nA1,维修,2026/3/5 9:00\nA2,维修,明天\n');
    const text = run([name]);
    expect(text.stdout).toContain('lines.csv:3:3  日期时间无法识别：明天');
    expect(text.stderr).toContain('警告[RECORDS_ROWS_UNREAD] lines.csv:3:3');
  });

  it('report --records: the warning names the first unread cell and says that gbt27922 records lists them all', () => {
    const init = runCli(['init', '--type', 'producer', '-o', 'a.yaml', '--company', '某某电器'], { cwd: dir });
    expect(init.status).toBe(0);
    const report = runCli(['report', 'a.yaml', '--records', '工单.xlsx', '-o', 'r.pdf', '--lang', 'en'], { cwd: dir });
    expect(report.status).toBe(0);
    expect(report.stderr).toContain("warning[RECORDS_ROWS_UNREAD] 工单.xlsx 'Sheet 1'!E4");
    expect(report.stderr).toContain('gbt27922 records 工单.xlsx lists every row');
    expect(report.stderr).not.toContain('listed below');
    expect(readFileSync(path.join(dir, 'r.pdf')).subarray(0, 4).toString()).toBe('%PDF');
  });
});
