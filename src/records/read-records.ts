import { RECORD_FIELDS, TIME_FIELDS, type RecordField, type RecordsMapping, type ServiceRecord, type UnreadRow } from '../model/records.js';
import { error, UserError } from '../model/diagnostic.js';
import { readCsvRows } from './csv-rows.js';
import { readXlsxRows } from './xlsx-rows.js';
import { exportKind } from './export-kind.js';
import { withSuggestion } from '../source/suggest.js';
import { guessType, HEADER_NAMES, headerKey, headerScore, SATISFACTION_WORDS, TOTAL_WORDS } from './header-names.js';
import { parseTime, timeOfCell } from './parse-time.js';
import { sheetCell, sheetPrefix } from '../spreadsheet/cell-reference.js';

/** How many rows are searched for the header (exports put a title and notes above it). */
const HEADER_SEARCH_ROWS = 30;
/** How many unread rows are listed (all are counted). */
export const UNREAD_LISTED = 1000;

/** The header as found: each column's own text, and with the merged group label above it (时间节点/受理时间). */
export interface HeaderRow {
  row: number;
  sheet?: string;
  names: string[];
  grouped: string[];
}

export interface ReadSummary {
  read: number;
  unread: number;
  blank: number;
  totalRows: number;
  unreadRows: UnreadRow[];
  /** The header of each file (the first sheet that has one, for xlsx). */
  headers: Array<{ file: string } & HeaderRow>;
}

export interface ReadOptions {
  /** The mapping to read by; without one, each file's header is guessed (`guessMapping`) and the guess used. */
  mapping?: RecordsMapping;
  /** Builds a mapping from a header found in a file, when none was given. */
  guess: (header: HeaderRow, sample: unknown[][]) => RecordsMapping;
  onRecord: (record: ServiceRecord) => void;
  /** Every row below the header, as read (all columns), before it is made a record. */
  onRow?: (cells: unknown[], row: number) => void;
  /** Told the mapping once it is known (given, or guessed from the first header), before any record. */
  onMapping?: (mapping: RecordsMapping) => void;
}

/** Reads every file, calling `onRecord` for each readable row, and says what it could not read. */
export async function readRecords(files: string[], options: ReadOptions): Promise<ReadSummary & { mapping: RecordsMapping | undefined }> {
  const summary: ReadSummary = { read: 0, unread: 0, blank: 0, totalRows: 0, unreadRows: [], headers: [] };
  let mapping = options.mapping;
  for (const file of files) {
    const reader = new FileReader(file, summary, mapping, options);
    if ((await exportKind(file)) === 'xlsx') await readXlsxRows(file, (cells, row, sheet) => reader.row(cells, row, sheet));
    else
      await readCsvRows(
        file,
        (cells, row) => reader.row(cells, row),
        () => reader.wanted,
      );
    reader.end();
    mapping ??= reader.mapping;
  }
  return { ...summary, mapping };
}

class FileReader {
  private header: HeaderRow | undefined;
  private before: Array<{ cells: unknown[]; row: number; sheet?: string }> = [];
  private columns: Partial<Record<RecordField, number>> = {};
  private headerSheet: string | undefined;
  private readonly seen = new IdSet();
  private readonly times = new Float64Array(TIME_FIELDS.length);
  private readonly scratch: ServiceRecord;
  mapping: RecordsMapping | undefined;
  /** The columns a row is read from once the header is known (and the first two, where a total row says 合计). */
  wanted: boolean[] | undefined;
  private satisfiedScale = 5;
  private skippedSheet: string | undefined;
  /** The sheets of an xlsx file, in the order read (a header is looked for in each). */
  private readonly sheets: string[] = [];
  /** With a mapping: the row that named the most of its columns, and the ones it lacked. */
  private partial: { header: HeaderRow; missing: string[]; found: number } | undefined;

  constructor(
    private readonly file: string,
    private readonly summary: ReadSummary,
    mapping: RecordsMapping | undefined,
    private readonly options: ReadOptions,
  ) {
    this.mapping = mapping;
    this.scratch = { id: '', type: 'other', received: 0, responded: null, onSite: null, resolved: null, visited: null, satisfaction: null, channel: null, file, row: 0 };
  }

  row(cells: unknown[], row: number, sheet?: string): void {
    if (sheet !== undefined && this.sheets.at(-1) !== sheet) this.sheets.push(sheet);
    if (this.header === undefined) {
      if (sheet !== undefined && sheet === this.skippedSheet) return;
      // Rows above the header are kept (a few) until it is found; a sheet without one is passed over.
      if (sheet !== undefined && this.before.length > 0 && this.before[0]!.sheet !== sheet) {
        this.findHeader(true);
        if (this.header === undefined) this.before = [];
        else {
          this.row(cells, row, sheet);
          return;
        }
      }
      this.before.push({ cells, row, ...(sheet !== undefined ? { sheet } : {}) });
      if (this.before.length >= HEADER_SEARCH_ROWS) {
        this.findHeader(true);
        if (this.header === undefined) {
          if (sheet === undefined) this.fail();
          this.skippedSheet = sheet;
          this.before = [];
        }
      }
      return;
    }
    if (sheet !== this.headerSheet) return;
    this.record(cells, row, sheet);
  }

  end(): void {
    if (this.header === undefined) this.findHeader(true);
    if (this.header === undefined) this.fail();
  }

  private fail(): never {
    // The row that named the most mapped columns is where the mapping and the file disagree.
    if (this.partial) {
      const { header, missing } = this.partial;
      const found = header.names.filter((n) => n !== '');
      // A mistyped name (服务类形 for 服务类型) is told the header it is closest to.
      const params = withSuggestion({ column: missing.join(', '), found: found.join(', ') }, missing[0]!, [...new Set([...found, ...header.grouped.filter((n) => n !== '')])]);
      throw new UserError([error('RECORDS_COLUMN_MISSING', params, { file: this.file, ...where(header.row, 1, header.sheet) })]);
    }
    const expected = this.mapping
      ? [this.mapping.columns.id, this.mapping.columns.type, this.mapping.columns.received].join(', ')
      : [HEADER_NAMES.id[0], HEADER_NAMES.type[0], HEADER_NAMES.received[0]].join(', ');
    // Each sheet of a workbook was searched: they are named, so a header on a sheet left out is not a mystery.
    const sheets = this.sheets.length > 0 ? { sheets: this.sheets.map((name) => sheetPrefix(name).slice(0, -1)).join(', ') } : {};
    throw new UserError([error('RECORDS_NO_HEADER', { expected, rows: HEADER_SEARCH_ROWS, ...sheets }, { file: this.file })]);
  }

  /** The header among the rows kept: the one naming the mapped columns, or (guessing) naming the most fields. */
  private findHeader(_final: boolean): void {
    const rows = this.before;
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < rows.length; i++) {
      const candidate = headerOf(rows[i]!, rows[i - 1]);
      let score: number;
      if (this.mapping) {
        const { columns, missing } = mappedColumns(this.mapping, candidate);
        const found = Object.keys(columns).length;
        score = missing.length === 0 ? 100 : 0;
        if (missing.length > 0 && found > 0 && found > (this.partial?.found ?? 0)) this.partial = { header: candidate, missing, found };
      } else score = guessScore(candidate);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best === -1 || (!this.mapping && bestScore < 3)) return;
    const header = headerOf(rows[best]!, rows[best - 1]);
    const below = rows.slice(best + 1);
    this.mapping ??= this.options.guess(
      header,
      below.map((r) => r.cells),
    );
    this.options.onMapping?.(this.mapping);
    const { columns, missing } = mappedColumns(this.mapping, header);
    if (missing.length > 0) {
      this.partial = { header, missing, found: Object.keys(columns).length };
      this.fail();
    }
    this.header = header;
    this.headerSheet = header.sheet;
    this.columns = columns;
    this.scratch.idColumn = columns.id!;
    if (this.options.onRow === undefined) {
      const wanted = [true, true];
      for (const index of Object.values(columns)) wanted[index] = true;
      this.wanted = Array.from({ length: Math.max(...Object.values(columns)) + 1 }, (_, i) => wanted[i] === true);
    }
    this.satisfiedScale = this.mapping.satisfactionScale;
    this.summary.headers.push({ file: this.file, ...header });
    this.before = [];
    for (const r of below) this.record(r.cells, r.row, r.sheet);
  }

  private unread(row: number, sheet: string | undefined, reason: UnreadRow['reason'], field?: RecordField, value?: string): void {
    this.summary.unread++;
    if (this.summary.unreadRows.length >= UNREAD_LISTED) return;
    const column = field !== undefined ? this.columns[field] : undefined;
    // An xlsx row is always named by a cell, as Excel's Name Box takes it: the one to blame, else the row's first.
    const place = sheet !== undefined ? { cell: sheetCell(sheet, column ?? 0, row) } : column !== undefined ? { column: column + 1 } : {};
    this.summary.unreadRows.push({
      file: this.file,
      row,
      ...place,
      reason,
      ...(field !== undefined ? { field } : {}),
      ...(value !== undefined ? { value: value.length > 40 ? value.slice(0, 39) + '…' : (' ' + value).slice(1) } : {}),
    });
  }

  private record(cells: unknown[], row: number, sheet?: string): void {
    this.options.onRow?.(cells, row);
    const c = this.columns;
    const first = firstText(cells);
    if (first === undefined) {
      this.summary.blank++;
      return;
    }
    if (TOTAL_WORDS.test(first)) {
      this.summary.totalRows++;
      return;
    }
    const id = text(cells[c.id!]);
    if (id === '') {
      this.unread(row, sheet, 'missing-id', 'id');
      return;
    }
    const typeText = text(cells[c.type!]);
    if (typeText === '') {
      this.unread(row, sheet, 'missing-type', 'type');
      return;
    }
    if (text(cells[c.received!]) === '') {
      this.unread(row, sheet, 'missing-received', 'received');
      return;
    }
    const times = this.times;
    for (let f = 0; f < TIME_FIELDS.length; f++) {
      const field = TIME_FIELDS[f]!;
      const index = c[field];
      const cell = index === undefined ? undefined : cells[index];
      if (cell === undefined || cell === null || (typeof cell === 'string' && text(cell) === '')) {
        times[f] = Number.NaN;
        continue;
      }
      const ms = typeof cell === 'string' ? parseTime(cell) : timeOfCell(cell);
      if (ms === undefined) {
        this.unread(row, sheet, 'bad-date', field, text(cell));
        return;
      }
      times[f] = ms;
    }
    const received = times[0]!;
    for (let f = 1; f < TIME_FIELDS.length; f++) {
      if (times[f]! < received) {
        this.unread(row, sheet, 'before-received', TIME_FIELDS[f], text(cells[c[TIME_FIELDS[f]!]!]));
        return;
      }
    }
    let satisfaction: number | null = null;
    if (c.satisfaction !== undefined) {
      const score = text(cells[c.satisfaction]);
      if (score !== '') {
        const value = scoreOf(score, this.satisfiedScale);
        if (value === undefined) {
          this.unread(row, sheet, 'bad-satisfaction', 'satisfaction', score);
          return;
        }
        satisfaction = value;
      }
    }
    // A ticket exported twice (one row per visit, a repeated page) would count twice.
    if (!this.seen.add(id)) {
      this.unread(row, sheet, 'duplicate-id', 'id', id);
      return;
    }
    this.summary.read++;
    const channel = c.channel !== undefined ? text(cells[c.channel]) : '';
    // One object for every row: the KPIs read it at once, and a sampler copies what it keeps.
    const record = this.scratch;
    record.id = id;
    record.type = this.mapping!.types[typeText] ?? guessType(typeText);
    record.received = received;
    record.responded = nullable(times[1]!);
    record.onSite = nullable(times[2]!);
    record.resolved = nullable(times[3]!);
    record.visited = nullable(times[4]!);
    record.satisfaction = satisfaction;
    record.channel = channel === '' ? null : channel;
    record.row = row;
    record.sheet = sheet;
    this.options.onRecord(record);
  }
}

function nullable(ms: number): number | null {
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The ticket ids seen, as 52-bit hashes in an open-addressing table: a million ids in 16 MB rather
 * than a Set of strings at ten times that. Two different ids share a hash with odds of about one
 * in ten thousand for a million ids; such a row would be listed as a duplicate, never dropped unseen.
 */
export class IdSet {
  private table = new Float64Array(1 << 16);
  private size = 0;

  /** Adds an id; false when it was there already. */
  add(id: string): boolean {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
      const ch = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 0x01000193);
      h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    const key = (h2 >>> 12) * 4294967296 + (h1 >>> 0) + 1;
    if (this.size * 2 >= this.table.length) this.grow();
    return this.insert(key, h1);
  }

  private insert(key: number, hash: number): boolean {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    for (;;) {
      const present = this.table[slot]!;
      if (present === 0) {
        this.table[slot] = key;
        this.size++;
        return true;
      }
      if (present === key) return false;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.size = 0;
    for (const key of old) if (key !== 0) this.insert(key, ((key - 1) % 4294967296) | 0);
  }
}

/** A cell as text: trimmed, and the ="…" and leading-tab forms exports use to keep Excel off a value removed. */
export function text(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 16).replace('T', ' ');
  let value = typeof cell === 'string' ? cell : String(cell);
  if (value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32)) value = value.trim();
  if (value.startsWith('="') && value.endsWith('"')) value = value.slice(2, -1);
  return value;
}

function firstText(cells: unknown[]): string | undefined {
  for (const cell of cells) {
    const value = text(cell);
    if (value !== '') return value;
  }
  return undefined;
}

/** A satisfaction score as a share of the scale: a number (0 to the scale), a percentage, or words (满意 …, on 1–5). */
export function scoreOf(value: string, scale: number): number | undefined {
  // The common case first: a single digit.
  if (value.length === 1) {
    const digit = value.charCodeAt(0) - 48;
    if (digit >= 0 && digit <= 9) return digit <= scale ? digit / scale : undefined;
  }
  const word = SATISFACTION_WORDS[value.normalize('NFKC').replace(/\s/g, '')];
  if (word !== undefined) return word / 5;
  const folded = value.normalize('NFKC').replace(/\u5206$/, ''); // a score written as 4分
  if (folded.endsWith('%')) {
    const percent = Number(folded.slice(0, -1));
    return Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent / 100 : undefined;
  }
  const number = Number(folded);
  if (folded === '' || !Number.isFinite(number) || number < 0 || number > scale) return undefined;
  return number / scale;
}

function headerOf(current: { cells: unknown[]; row: number; sheet?: string }, above: { cells: unknown[]; sheet?: string } | undefined): HeaderRow {
  const names: string[] = [];
  const grouped: string[] = [];
  const upper = above && above.sheet === current.sheet ? above.cells.map(text) : [];
  let group = '';
  const width = Math.max(current.cells.length, upper.length);
  for (let i = 0; i < width; i++) {
    const own = text(current.cells[i]);
    if (upper[i]) group = upper[i]!;
    // A cell merged down from the row above has no text of its own: the label above is its name.
    names.push(own !== '' ? own : (upper[i] ?? ''));
    grouped.push(own !== '' && group !== '' ? `${group}/${own}` : (names[i] ?? ''));
  }
  return { row: current.row, ...(current.sheet !== undefined ? { sheet: current.sheet } : {}), names, grouped };
}

/** How many fields a row's cells name (each at most once): a header names several. */
function guessScore(header: HeaderRow): number {
  let score = 0;
  for (const field of RECORD_FIELDS) if (header.names.some((name) => headerScore(name, field) >= 2)) score++;
  const required = (['id', 'type', 'received'] as const).every((field) => header.names.some((name) => headerScore(name, field) >= 1));
  return required ? score : 0;
}

/** The column of each mapped field in a header, and the mapped names it lacks. */
export function mappedColumns(mapping: RecordsMapping, header: HeaderRow): { columns: Partial<Record<RecordField, number>>; missing: string[] } {
  const columns: Partial<Record<RecordField, number>> = {};
  const missing: string[] = [];
  for (const field of RECORD_FIELDS) {
    const name = mapping.columns[field];
    if (name === undefined) continue;
    const key = headerKey(name);
    let index = header.grouped.findIndex((cell) => headerKey(cell) === key);
    if (index === -1) index = header.names.findIndex((cell) => headerKey(cell) === key);
    if (index === -1) missing.push(name);
    else columns[field] = index;
  }
  return { columns, missing };
}

function where(row: number, column: number, sheet?: string): { cell: string } | { position: { line: number; column: number; length: number; lineText: string } } {
  return sheet !== undefined ? { cell: sheetCell(sheet, column - 1, row) } : { position: { line: row, column, length: 1, lineText: '' } };
}
