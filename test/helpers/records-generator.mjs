// A seeded generator of work-order exports with the messiness of real ones: a title row, a group
// header row whose cells were merged (only the first cell of each group carries the label), blank
// rows, a few rows that cannot be read (no ticket id, a date typed as words), dates in mixed forms
// (2026/11/20 14:03, 2026-11-20 14:03:00, 2026年11月20日 14:03, spreadsheet serial numbers) and a
// total row (合计) at the end. The same seed gives the same rows, so tests and benches can rely on it.
// Plain JavaScript so that both the tests (TypeScript) and `npm run bench` (node) import it.
import { createWriteStream } from 'node:fs';

export const HEADER = ['序号', '工单号', '服务类型', '产品品类', '客户姓名', '所在城市', '受理渠道', '受理时间', '首次响应时间', '上门时间', '完成时间', '回访时间', '满意度', '工单状态'];
/** The merged group labels above the header: each label sits in the first cell of its group. */
export const GROUP_ROW = ['', '', '基本信息', '', '', '', '', '时间节点', '', '', '', '回访', '', ''];
export const TITLE = '某某电器有限公司售后服务工单导出';

const TYPES = [
  ['维修', 0.5],
  ['安装', 0.25],
  ['咨询', 0.12],
  ['投诉', 0.08],
  ['退换货', 0.05],
];
const CATEGORIES = ['空调', '冰箱', '洗衣机', '热水器', '电视'];
const CITIES = ['北京', '上海', '广州', '成都', '武汉', '西安'];
const CHANNELS = ['400热线', '微信公众号', '官网', '门店', '电商平台'];
const SURNAMES = '王李张刘陈杨黄赵吴周';
const WORDS = ['非常满意', '满意', '一般', '不满意'];

/** mulberry32: a small, well-known seeded generator (not for cryptography). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => (n < 10 ? '0' : '') + n;
const MINUTE = 60_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A time (ms, local wall clock held as UTC) written in one of the forms exports use. */
function formatTime(ms, form) {
  const d = new Date(ms);
  const [y, mo, day, h, mi, s] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  switch (form) {
    case 0:
      return `${y}/${mo}/${day} ${pad(h)}:${pad(mi)}`;
    case 1:
      return `${y}-${pad(mo)}-${pad(day)} ${pad(h)}:${pad(mi)}:${pad(s)}`;
    case 2:
      return `${y}年${mo}月${day}日 ${pad(h)}:${pad(mi)}`;
    default:
      return ((ms - SERIAL_EPOCH) / 86_400_000).toFixed(6);
  }
}

/**
 * The rows of one export, header rows first, as arrays of strings, and what each data row really
 * holds (`truth`, when asked for) so tests can compare with an independent count.
 * Options: rows (data rows), seed, year (2026), messy (true: title, group row, blank and bad rows, total).
 */
export function* recordRows({ rows, seed = 1, year = 2026, messy = true, truth }) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  if (messy) {
    yield [`${TITLE}（${year}-01-01 至 ${year}-12-31）`];
    yield GROUP_ROW;
  }
  yield HEADER;
  const start = Date.UTC(year, 0, 1);
  const span = Date.UTC(year + 1, 0, 1) - start;
  for (let i = 1; i <= rows; i++) {
    if (messy && next() < 0.002) yield [];
    const u = next();
    let acc = 0;
    let type = TYPES[0][0];
    for (const [name, share] of TYPES) {
      acc += share;
      if (u < acc) {
        type = name;
        break;
      }
    }
    const received = start + Math.floor((next() * span) / MINUTE) * MINUTE;
    const form = messy ? (next() < 0.9 ? Math.floor(next() * 3) : 3) : 1;
    const minutes = (hours) => Math.max(1, Math.round(hours * 60)) * MINUTE;
    const responded = next() < 0.95 ? received + minutes(-Math.log(1 - next()) * 1.2) : null;
    const visits = type === '维修' || type === '安装';
    const onSite = visits && next() < 0.97 ? received + minutes(4 + next() * 30) : null;
    const resolvedHours = type === '投诉' ? next() * 24 * 9 : type === '咨询' ? next() * 2 : 6 + next() * 60;
    const resolved = next() < 0.96 ? (onSite ?? received) + minutes(resolvedHours) : null;
    const visited = resolved !== null && next() < 0.7 ? resolved + minutes(12 + next() * 60) : null;
    const score = next();
    const satisfaction = visited === null || score < 0.15 ? '' : score < 0.25 ? pick(WORDS) : String(Math.min(5, 1 + Math.floor(next() * 5.6)));
    let id = `WO${year}${String(i).padStart(7, '0')}`;
    let receivedText = formatTime(received, form);
    if (messy && next() < 0.001) {
      if (next() < 0.5) id = '';
      else receivedText = '待定';
    }
    const when = (ms) => (ms === null ? '' : formatTime(ms, form));
    if (truth) truth.push({ id, type, received, responded, onSite, resolved, visited, satisfaction, readable: id !== '' && receivedText !== '待定' });
    yield [
      String(i),
      id,
      type,
      pick(CATEGORIES),
      `${SURNAMES[Math.floor(next() * SURNAMES.length)]}先生`,
      pick(CITIES),
      pick(CHANNELS),
      receivedText,
      when(responded),
      when(onSite),
      when(resolved),
      when(visited),
      satisfaction,
      resolved === null ? '处理中' : '已完成',
    ];
  }
  if (messy) yield ['合计', String(rows)];
}

/** One CSV line: quoted only where needed. */
export function csvLine(cells) {
  return cells.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

/**
 * Writes an export as CSV: encoding 'utf-8', 'utf-8-bom' or 'gbk' (GBK through iconv-lite, as a
 * Chinese Excel saves "CSV"), CRLF line ends as Windows programs write them. Streams, so a million
 * rows never sit in memory.
 */
export async function writeRecordsCsv(file, options, encoding = 'utf-8') {
  const iconv = encoding === 'gbk' ? (await import('iconv-lite')).default : undefined;
  const out = createWriteStream(file);
  const write = (text) => new Promise((resolve, reject) => out.write(iconv ? iconv.encode(text, 'gbk') : text, (e) => (e ? reject(e) : resolve())));
  if (encoding === 'utf-8-bom') await write('\uFEFF');
  let chunk = '';
  for (const row of recordRows(options)) {
    chunk += csvLine(row) + '\r\n';
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}

/**
 * Writes an export as xlsx with exceljs's streaming writer: the title, the group row with its
 * cells merged as an office suite exports them, the header, the rows (times as text, as most
 * exports write them, and some as date serial numbers), the total row.
 */
export async function writeRecordsXlsx(file, options) {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('工单');
  let index = 0;
  const messy = options.messy !== false;
  for (const row of recordRows(options)) {
    index++;
    const cells = row.map((cell, column) => (column >= 7 && column <= 11 && /^\d+\.\d+$/.test(cell) ? Number(cell) : cell === '' ? null : cell));
    const added = sheet.addRow(cells);
    // Rows are committed (flushed) from the header on: the group row above must stay open to be merged.
    if (index >= 3) added.commit();
    if (messy && index === 2) {
      sheet.mergeCells(2, 3, 2, 7);
      sheet.mergeCells(2, 8, 2, 11);
      sheet.mergeCells(2, 12, 2, 14);
    }
  }
  await sheet.commit();
  await book.commit();
}
