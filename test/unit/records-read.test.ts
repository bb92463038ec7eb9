import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/records/csv-rows.js';
import { analyseRecords } from '../../src/records/analyse-records.js';
import { isUserError } from '../../src/model/diagnostic.js';
import type { RecordsMapping } from '../../src/model/records.js';
import { writeRecordsCsv } from '../helpers/records-generator.mjs';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'records');
const gbkFixture = path.join(fixtures, 'orders-50-gbk.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-records-'));

async function rows(file: string): Promise<Array<[number, string[]]>> {
  const seen: Array<[number, string[]]> = [];
  await readCsvRows(file, (cells, row) => void seen.push([row, [...cells]]));
  return seen;
}

describe('reading CSV exports', () => {
  it('when the file is GBK (a Chinese Excel\'s "CSV"), its headers are read as Chinese', async () => {
    expect(readFileSync(gbkFixture).includes(Buffer.from('工单号'))).toBe(false);
    const read = await rows(gbkFixture);
    expect(read[2]![1].slice(0, 3)).toEqual(['序号', '工单号', '服务类型']);
  });

  it('when UTF-8 has a BOM, the BOM is not part of the first header', async () => {
    const file = path.join(dir, 'bom.csv');
    writeFileSync(file, '\uFEFF工单号,服务类型\r\nA1,维修\r\n');
    expect(await rows(file)).toEqual([
      [1, ['工单号', '服务类型']],
      [2, ['A1', '维修']],
    ]);
  });

  it('when a quoted field holds commas, quotes and a line break, it stays one field and the row keeps its first line number', async () => {
    const file = path.join(dir, 'quoted.csv');
    writeFileSync(file, 'a,b\n"x, ""y""\nz",2\nlast,3');
    expect(await rows(file)).toEqual([
      [1, ['a', 'b']],
      [2, ['x, "y"\nz', '2']],
      [4, ['last', '3']],
    ]);
  });

  it('when a GBK character falls across the 1 MB chunks the file is read in, it is still read whole', async () => {
    const file = path.join(dir, 'big-gbk.csv');
    await writeRecordsCsv(file, { rows: 12_000, seed: 5 }, 'gbk');
    const read = await rows(file);
    const text = new TextDecoder('gb18030').decode(readFileSync(file));
    const expected = text.split('\r\n').filter((line, index, all) => index < all.length - 1 || line !== '');
    expect(read.length).toBe(expected.length);
    expect(read.map(([, cells]) => cells.join(',')).join('\n')).toBe(expected.join('\n'));
  });

  it('when a tab-separated UTF-16 export (Excel "Unicode text") is given, it is read', async () => {
    const file = path.join(dir, 'unicode.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('工单号\t服务类型\r\nA1\t投诉\r\n', 'utf16le')]));
    expect(await rows(file)).toEqual([
      [1, ['工单号', '服务类型']],
      [2, ['A1', '投诉']],
    ]);
  });
});

describe('records from an export', () => {
  const indicators = [{ id: 'complaints.handling', sampled: true }];

  it('when no header row names the columns, RECORDS_NO_HEADER', async () => {
    const file = path.join(dir, 'no-header.csv');
    writeFileSync(file, 'a,b,c\n1,2,3\n');
    const failure = await analyseRecords([file], { seed: 1, indicators }).catch((cause) => cause);
    expect(isUserError(failure) && failure.diagnostics[0]!.code).toBe('RECORDS_NO_HEADER');
  });

  it('when the mapping names a column the header lacks, RECORDS_COLUMN_MISSING at the header row', async () => {
    const mapping: RecordsMapping = { format: 'gbt27922-records-mapping/1', columns: { id: '工单号', type: '服务类型', received: '报修时间' }, types: {}, satisfactionScale: 5 };
    const failure = await analyseRecords([gbkFixture], { seed: 1, indicators, mapping }).catch((cause) => cause);
    expect(isUserError(failure) && failure.diagnostics[0]!.code).toBe('RECORDS_COLUMN_MISSING');
    expect(failure.diagnostics[0].params.column).toBe('报修时间');
  });

  it('when the group label above is merged over several columns, a mapping may name group/column', async () => {
    const mapping: RecordsMapping = { format: 'gbt27922-records-mapping/1', columns: { id: '工单号', type: '服务类型', received: '时间节点/受理时间' }, types: {}, satisfactionScale: 5 };
    const { report } = await analyseRecords([gbkFixture], { seed: 1, indicators, mapping });
    // 47, not 46: without the first-response column, the row whose response predates receipt reads.
    expect(report.rows.read).toBe(47);
  });

  it('when rows cannot be read, each is listed with its row, column and reason, and none is dropped silently', async () => {
    const { report } = await analyseRecords([gbkFixture], { seed: 1, indicators });
    expect(report.rows).toEqual({ read: 46, unread: 4, blank: 2, totalRows: 1 });
    expect(report.unread.map((row) => [row.row, row.column, row.reason, row.value])).toEqual([
      [16, 8, 'bad-date', '待定'],
      [24, 2, 'missing-id', undefined],
      [34, 2, 'duplicate-id', 'WO20260000028'],
      [39, 9, 'before-received', '2025/12/31 08:00'],
    ]);
  });
});
