import type { ApplicationRequirements } from '../model/application.js';
import type { DocumentEntry, RawAnswer } from '../model/assessment.js';
import { parseAnswer } from '../assessment/parse-answer.js';
import { readAnswerWord } from '../i18n/answer-words.js';
import type { Catalogue } from '../model/catalogue.js';
import { error, type Diagnostic } from '../model/diagnostic.js';
import type { StoppingCode } from '../model/error-codes.js';
import { ALL_SHEET_TEXTS, type SheetText } from '../i18n/sheet-text.js';
import { unknownIdParams, withSuggestion } from '../source/suggest.js';
import { dateOf, integerOf, linesOf, textOf, wordOf } from './cell-values.js';
import type { Grid, RawCell } from './read-grid.js';
import type { SheetData } from './workbook-model.js';
import { sheetPrefix } from './cell-reference.js';
import { columnLetter } from './workbook-model.js';
import type { PlanEntry } from './sheet-extras.js';

type Role = SheetData['role'];

/** A value read from a sheet and the cell it came from, for messages. */
export interface Located<T> {
  value: T;
  cell: string;
}

export type CoverKey = 'company.name' | 'company.employees' | 'company.firstCertification' | 'assessedOn' | 'target' | 'auditDate' | 'specialBonus' | 'catalogue';

/** What the sheets carry. A field that is absent here (a sheet or column removed) leaves the file as it is. */
export interface SheetImport {
  cover: Partial<Record<CoverKey, Located<string | number | boolean | null>>>;
  answers: Array<Located<RawAnswer> & { id: string }>;
  /** Only the plan fields whose column is present; null clears a field. */
  plan: Array<Located<Partial<Record<keyof PlanEntry, string | null>>> & { id: string }>;
  eligibility: Array<Located<boolean | null> & { id: string }>;
  documents: Array<Located<DocumentEntry | null> & { id: string }>;
  deductions?: string[];
}

interface Table {
  grid: Grid;
  columns: Map<string, number>;
  ref: (row: number, key: string) => string;
  get: (row: number, key: string) => RawCell;
  has: (key: string) => boolean;
}

const ROLE_KEYS: Record<Role, string[]> = {
  cover: ['field', 'value', 'key'],
  indicators: ['id', 'answer', 'conforming', 'samples', 'naReason', 'note', 'evidence', 'action', 'owner', 'due', 'status', 'planNote'],
  eligibility: ['id', 'met'],
  documents: ['id', 'documentStatus', 'note', 'files'],
  deductions: ['deduction'],
  plan: [],
};

/**
 * Reads the assessment out of the sheets of an exported workbook, edited in Excel, WPS or
 * LibreOffice. Sheets and columns are found by their names in either language, so a reordered or
 * extra column does no harm. Every value is checked as the YAML loader checks it, with the same
 * codes, and located by sheet and cell (指标!H12).
 */
export function readSheets(grids: Grid[], file: string, catalogue: Catalogue, requirements: ApplicationRequirements): { imported: SheetImport; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const imported: SheetImport = { cover: {}, answers: [], plan: [], eligibility: [], documents: [] };
  const report = (code: StoppingCode, params: Diagnostic['params'], cell: string) => diagnostics.push(error(code, params, { file, cell }));

  const tables = new Map<Role, Table>();
  for (const grid of grids) {
    const role = grid.csv ? roleByHeaders(grid) : (roleByName(grid.name) ?? roleByHeaders(grid));
    if (role && !tables.has(role)) tables.set(role, table(grid, role));
  }
  const indicators = tables.get('indicators');
  if (!indicators?.has('id') || !indicators.has('answer')) {
    diagnostics.push(error('SHEET_MISSING', { sheets: grids.map((grid) => grid.name).join(', ') }, { file }));
    return { imported, diagnostics };
  }

  const cover = tables.get('cover');
  if (cover) readCover(cover, catalogue, imported, report);
  readIndicators(indicators, catalogue, imported, report);
  const eligibility = tables.get('eligibility');
  if (eligibility?.has('id') && eligibility.has('met')) readEligibility(eligibility, requirements, imported, report);
  const documents = tables.get('documents');
  if (documents?.has('id') && documents.has('documentStatus')) readDocuments(documents, requirements, imported, report);
  const deductions = tables.get('deductions');
  if (deductions?.has('deduction')) {
    imported.deductions = [];
    for (let row = 1; row < deductions.grid.rows.length; row++) {
      const text = textOf(deductions.get(row, 'deduction'));
      if (text !== null) imported.deductions.push(text);
    }
  }
  return { imported, diagnostics };
}

type Report = (code: StoppingCode, params: Diagnostic['params'], cell: string) => void;

function readCover(cover: Table, catalogue: Catalogue, imported: SheetImport, report: Report): void {
  if (!cover.has('key') || !cover.has('value')) return;
  for (let row = 1; row < cover.grid.rows.length; row++) {
    const key = wordOf(cover.get(row, 'key'));
    const raw = cover.get(row, 'value');
    const cell = cover.ref(row, 'value');
    const put = (name: CoverKey, value: string | number | boolean | null) => (imported.cover[name] = { value, cell });
    switch (key) {
      case 'company.name': {
        const text = textOf(raw);
        if (text === null) report('SCHEMA_EMPTY', { path: 'company.name' }, cell);
        else put('company.name', text);
        break;
      }
      case 'company.employees': {
        const parsed = integerOf(raw);
        if ('problem' in parsed || (parsed.value !== null && parsed.value < 1)) report('SHEET_VALUE_INVALID', { value: textOf(raw) ?? '', allowed: '1, 2, 3 …' }, cell);
        else put('company.employees', parsed.value);
        break;
      }
      case 'company.firstcertification': {
        const parsed = yesNo(raw);
        if (parsed === undefined) report('SHEET_VALUE_INVALID', { value: textOf(raw) ?? '', allowed: allWords((words) => Object.values(words.yesNo)) }, cell);
        else put('company.firstCertification', parsed);
        break;
      }
      case 'catalogue':
        put('catalogue', textOf(raw));
        break;
      case 'specialbonus':
        put('specialBonus', textOf(raw));
        break;
      case 'assessedon':
      case 'auditdate': {
        const parsed = dateOf(raw);
        if ('problem' in parsed) report('INVALID_DATE', { value: parsed.problem }, cell);
        else put(key === 'assessedon' ? 'assessedOn' : 'auditDate', parsed.value);
        break;
      }
      case 'target': {
        const word = wordOf(raw);
        if (word === null) {
          put('target', null);
          break;
        }
        const level = catalogue.levels.find((candidate) => [candidate.id, candidate.name.zh, candidate.name.en].some((name) => name.normalize('NFKC').toLowerCase() === word));
        if (level) put('target', level.id);
        else report('SHEET_VALUE_INVALID', { value: textOf(raw) ?? '', allowed: catalogue.levels.map((candidate) => `${candidate.name.zh} (${candidate.id})`).join(', ') }, cell);
        break;
      }
      default:
      // Computed rows (score, level, catalogue version) are there to read.
    }
  }
}

function readIndicators(sheet: Table, catalogue: Catalogue, imported: SheetImport, report: Report): void {
  const known = new Map(catalogue.indicatorList.map((indicator) => [indicator.id, indicator]));
  const seen = new Map<string, string>();
  for (let row = 1; row < sheet.grid.rows.length; row++) {
    const id = wordOf(sheet.get(row, 'id'));
    if (id === null) continue; // a class or item heading, or an empty row
    const idCell = sheet.ref(row, 'id');
    const indicator = known.get(id);
    if (!indicator) {
      const params = withSuggestion({ id, catalogue: catalogue.id }, id, [...known.keys()]);
      report('UNKNOWN_INDICATOR', params, idCell);
      continue;
    }
    if (seen.has(id)) {
      report('SHEET_DUPLICATE_ROW', { id, first: seen.get(id)! }, idCell);
      continue;
    }
    seen.set(id, idCell);
    const answer = answerOf(sheet, row, id, report);
    if (answer !== undefined) {
      const checked = parseAnswer(answer.raw, indicator);
      if ('problem' in checked) {
        const { code, ...rest } = checked.problem;
        const where = code === 'NA_REASON_MISSING' ? sheet.ref(row, 'naReason') : code === 'SAMPLES_INVALID' ? sheet.ref(row, 'conforming') : sheet.ref(row, 'answer');
        report(code, { id, ...rest }, where);
      } else imported.answers.push({ id, value: answer.raw, cell: sheet.ref(row, 'answer') });
    }
    const plan: Partial<Record<keyof PlanEntry, string | null>> = {};
    const planColumns: Array<[keyof PlanEntry, string]> = [
      ['action', 'action'],
      ['owner', 'owner'],
      ['due', 'due'],
      ['status', 'status'],
      ['note', 'planNote'],
    ];
    for (const [field, key] of planColumns) {
      if (!sheet.has(key)) continue;
      const raw = sheet.get(row, key);
      if (field === 'due') {
        const parsed = dateOf(raw);
        if ('problem' in parsed) report('INVALID_DATE', { value: parsed.problem }, sheet.ref(row, key));
        else plan.due = parsed.value;
      } else if (field === 'status') {
        const word = wordOf(raw);
        const status = word === null ? null : planStatus(word);
        if (status === undefined) report('SHEET_VALUE_INVALID', { value: textOf(raw) ?? '', allowed: allWords((words) => Object.values(words.planStatus)) }, sheet.ref(row, key));
        else plan.status = status;
      } else plan[field] = textOf(raw);
    }
    if (Object.keys(plan).length > 0) imported.plan.push({ id, value: plan, cell: idCell });
  }
}

/** The answer a row gives, in the form the YAML file writes it; undefined when the row is in error. */
function answerOf(sheet: Table, row: number, id: string, report: Report): { raw: RawAnswer } | undefined {
  const word = wordOf(sheet.get(row, 'answer'));
  const note = sheet.has('note') ? textOf(sheet.get(row, 'note')) : null;
  const evidence = sheet.has('evidence') ? linesOf(sheet.get(row, 'evidence')) : [];
  const reason = sheet.has('naReason') ? textOf(sheet.get(row, 'naReason')) : null;
  const extras = { ...(note !== null ? { note } : {}), ...(evidence.length > 0 ? { evidence } : {}) };
  const withExtras = (result: string): RawAnswer => (Object.keys(extras).length > 0 ? { result, ...extras } : result);
  const answerCell = sheet.ref(row, 'answer');
  if (word === null) {
    if (note !== null || evidence.length > 0) {
      report('INVALID_ANSWER', { id }, answerCell);
      return undefined;
    }
    return { raw: null };
  }
  const kind = answerKind(word);
  if (kind === 'met' || kind === 'unmet') return { raw: withExtras(kind) };
  if (kind === 'na') return { raw: { na: reason, ...extras } };
  if (kind === 'counts') {
    // 售后服务管理师: the certified managers stand in the conforming column, the service management staff in the samples one.
    const certified = countOf(sheet.get(row, 'conforming'));
    const managers = countOf(sheet.get(row, 'samples'));
    if (certified === null || managers === null) {
      const shown = (key: string) => textOf(sheet.get(row, key)) ?? '?';
      report('COUNTS_INVALID', { id, managers: shown('samples'), certified: shown('conforming') }, sheet.ref(row, certified === null ? 'conforming' : 'samples'));
      return undefined;
    }
    return { raw: { managers, certified, ...extras } };
  }
  if (kind === 'samples' || (typeof kind === 'object' && kind !== null)) {
    let conforming: string | null;
    let total: string | null;
    if (typeof kind === 'object' && kind !== null) ({ conforming, total } = kind);
    else {
      conforming = wordOf(sheet.get(row, 'conforming'));
      total = wordOf(sheet.get(row, 'samples'));
    }
    if (conforming === null || total === null) {
      report('SAMPLES_INVALID', { id, value: `${conforming ?? '?'}/${total ?? '?'}`, problem: 'missing' }, sheet.ref(row, conforming === null ? 'conforming' : 'samples'));
      return undefined;
    }
    return { raw: withExtras(`${conforming}/${total}`) };
  }
  // A word nobody knows: the answer parser says so, naming only the answers this indicator takes.
  return { raw: withExtras(textOf(sheet.get(row, 'answer')) ?? word) };
}

/** A count of people: a whole number, 0 or more; null when the cell holds none or something else. */
function countOf(cell: RawCell): number | null {
  const parsed = integerOf(cell);
  return 'value' in parsed && parsed.value !== null && parsed.value >= 0 ? parsed.value : null;
}

/** met, unmet, samples (with k/n written in the answer itself, or in its own columns), na, counts; null for a word we do not know. The same words as in a YAML file (answer-words.ts). */
function answerKind(word: string): 'met' | 'unmet' | 'samples' | 'na' | 'counts' | { conforming: string; total: string } | null {
  const read = readAnswerWord(word);
  if (read.kind === 'ratio') return { conforming: read.conforming, total: read.total };
  return read.kind === 'unknown' ? null : read.kind;
}

function planStatus(word: string): string | undefined {
  for (const words of ALL_SHEET_TEXTS) {
    for (const [status, label] of Object.entries(words.planStatus)) if (label.toLowerCase() === word || status === word) return status;
  }
  return undefined;
}

function yesNo(raw: RawCell): boolean | null | undefined {
  if (typeof raw === 'boolean') return raw;
  const word = wordOf(raw);
  if (word === null) return null;
  if (['是', 'yes', 'true', 'y', '√', '✓', '1'].includes(word)) return true;
  if (['否', 'no', 'false', 'n', '×', '✗', '0'].includes(word)) return false;
  return undefined;
}

function readEligibility(sheet: Table, requirements: ApplicationRequirements, imported: SheetImport, report: Report): void {
  const known = requirements.eligibility.map((condition) => condition.id);
  for (let row = 1; row < sheet.grid.rows.length; row++) {
    const id = wordOf(sheet.get(row, 'id'));
    if (id === null) continue;
    if (!known.includes(id)) {
      report('UNKNOWN_ELIGIBILITY', unknownIdParams(id, known), sheet.ref(row, 'id'));
      continue;
    }
    const value = yesNo(sheet.get(row, 'met'));
    if (value === undefined) report('SHEET_VALUE_INVALID', { value: textOf(sheet.get(row, 'met')) ?? '', allowed: allWords((words) => Object.values(words.yesNo)) }, sheet.ref(row, 'met'));
    else imported.eligibility.push({ id, value, cell: sheet.ref(row, 'met') });
  }
}

function readDocuments(sheet: Table, requirements: ApplicationRequirements, imported: SheetImport, report: Report): void {
  const known = requirements.documents.map((document) => document.id);
  for (let row = 1; row < sheet.grid.rows.length; row++) {
    const id = wordOf(sheet.get(row, 'id'));
    if (id === null) continue;
    if (!known.includes(id)) {
      report('UNKNOWN_DOCUMENT', unknownIdParams(id, known), sheet.ref(row, 'id'));
      continue;
    }
    const word = wordOf(sheet.get(row, 'documentStatus'));
    const note = sheet.has('note') ? textOf(sheet.get(row, 'note')) : null;
    const files = sheet.has('files') ? linesOf(sheet.get(row, 'files')) : [];
    const cell = sheet.ref(row, 'documentStatus');
    if (word === null) {
      if (note !== null || files.length > 0) report('INVALID_DOCUMENT_STATUS', { id }, cell);
      else imported.documents.push({ id, value: null, cell });
      continue;
    }
    let status: DocumentEntry['status'] | undefined;
    for (const words of ALL_SHEET_TEXTS) {
      for (const [key, label] of Object.entries(words.documentStatus)) if (label.normalize('NFKC').toLowerCase() === word || key === word) status = key as DocumentEntry['status'];
    }
    if (!status) {
      report('INVALID_DOCUMENT_STATUS', { id }, cell);
      continue;
    }
    imported.documents.push({ id, value: { status, ...(note !== null ? { note } : {}), ...(files.length > 0 ? { files } : {}) }, cell });
  }
}

function allWords(pick: (words: SheetText) => string[]): string {
  return [...new Set(ALL_SHEET_TEXTS.flatMap(pick))].join(', ');
}

function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function roleByName(name: string): Role | undefined {
  const wanted = normaliseHeader(name);
  for (const words of ALL_SHEET_TEXTS) {
    for (const [role, sheetName] of Object.entries(words.sheets)) if (normaliseHeader(sheetName) === wanted) return role as Role;
  }
  return undefined;
}

function roleByHeaders(grid: Grid): Role | undefined {
  const headers = (grid.rows[0] ?? []).map((cell) => normaliseHeader(textOf(cell) ?? ''));
  const label = (key: string) => ALL_SHEET_TEXTS.map((words) => normaliseHeader(words.columns[key as keyof SheetText['columns']]));
  if (label('answer').some((name) => headers.includes(name))) return 'indicators';
  return undefined;
}

function table(grid: Grid, role: Role): Table {
  const columns = new Map<string, number>();
  const headers = (grid.rows[0] ?? []).map((cell) => normaliseHeader(textOf(cell) ?? ''));
  for (const key of ROLE_KEYS[role]) {
    const names = ALL_SHEET_TEXTS.map((words) => normaliseHeader(words.columns[key as keyof SheetText['columns']] ?? words.cover[key as keyof SheetText['cover']] ?? key));
    const index = headers.findIndex((header) => names.includes(header));
    if (index >= 0) columns.set(key, index);
  }
  const prefix = grid.csv ? '' : sheetPrefix(grid.name);
  return {
    grid,
    columns,
    has: (key) => columns.has(key),
    get: (row, key) => (columns.has(key) ? (grid.rows[row]?.[columns.get(key)!] ?? null) : null),
    ref: (row, key) => `${prefix}${columnLetter(columns.get(key) ?? 0)}${row + 1}`,
  };
}
