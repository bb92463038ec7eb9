import type { ApplicationRequirements } from '../model/application.js';
import type { Answer, Assessment, DocumentEntry } from '../model/assessment.js';
import type { Catalogue } from '../model/catalogue.js';
import { sheetText, type SheetText } from '../i18n/sheet-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { formatScore } from '../report/format.js';
import type { Result } from '../model/result.js';
import { columnLetter, type CellValue, type SheetColumn, type SheetData, type SheetRow, type WorkbookData } from './workbook-model.js';
import type { PlanEntry, SheetExtras } from './sheet-extras.js';

export interface BuildInput {
  assessment: Assessment;
  extras: SheetExtras;
  catalogue: Catalogue;
  requirements: ApplicationRequirements;
  result: Result;
  lang: Lang;
  toolVersion: string;
}

/** The assessment as a workbook: a cover, the indicators to fill in, and the application's lists. */
export function buildWorkbook(input: BuildInput): WorkbookData {
  const words = sheetText(input.lang);
  return {
    created: input.assessment.assessedOn ?? null,
    sheets: [coverSheet(input, words), indicatorSheet(input, words), eligibilitySheet(input, words), documentsSheet(input, words), deductionsSheet(input, words), planSheet(input, words)],
  };
}

export const INDICATOR_COLUMNS = [
  'id',
  'class',
  'item',
  'indicator',
  'points',
  'criteria',
  'records',
  'answer',
  'conforming',
  'samples',
  'naReason',
  'note',
  'evidence',
  'action',
  'owner',
  'due',
  'status',
  'planNote',
  'earned',
] as const;
const INDICATOR_EDITABLE = new Set(['id', 'answer', 'conforming', 'samples', 'naReason', 'note', 'evidence', 'action', 'owner', 'due', 'status', 'planNote']);
const WRAPPED = new Set(['indicator', 'criteria', 'records', 'naReason', 'note', 'evidence', 'action', 'planNote', 'condition', 'document', 'files', 'deduction', 'value']);

function columns(words: SheetText, keys: readonly string[], editable: (key: string) => boolean, choices: Record<string, string[]> = {}): SheetColumn[] {
  return keys.map((key) => {
    const column: SheetColumn = { key, header: words.columns[key as keyof SheetText['columns']] ?? words.cover[key as keyof SheetText['cover']] ?? key, editable: editable(key) };
    if (WRAPPED.has(key)) column.wrap = true;
    if (choices[key]) column.choices = choices[key];
    return column;
  });
}

export const COVER_KEYS = ['company.name', 'company.employees', 'company.firstCertification', 'assessedOn', 'target', 'auditDate', 'specialBonus'] as const;

function coverSheet(input: BuildInput, words: SheetText): SheetData {
  const { assessment, catalogue, result, lang, extras } = input;
  const level = result.levels.find((candidate) => candidate.id === result.level);
  const targetLevel = catalogue.levels.find((candidate) => candidate.id === extras.target);
  const yesNo = (value: boolean | null | undefined) => (value === true ? words.yesNo.yes : value === false ? words.yesNo.no : null);
  const row = (key: string, field: string, value: CellValue, choices?: string[]): SheetRow => ({ cells: { field, value, key }, ...(choices ? { choices: { value: choices } } : {}) });
  const rows: SheetRow[] = [
    row('company.name', words.cover.company, assessment.company.name),
    row('companyType', words.cover.companyType, catalogue.title[lang]),
    row('company.employees', words.cover.employees, assessment.company.employees ?? null),
    row('company.firstCertification', words.cover.firstCertification, yesNo(assessment.company.firstCertification), [words.yesNo.yes, words.yesNo.no]),
    row('catalogue', words.cover.catalogue, assessment.catalogueReference),
    row('catalogueVersion', words.cover.catalogueVersion, `${catalogue.id} ${catalogue.version}`),
    row('assessedOn', words.cover.assessedOn, assessment.assessedOn ? { date: assessment.assessedOn } : null),
    row('score', words.cover.score, formatScore(result.score)),
    row('level', words.cover.level, result.failed ? `${words.noLevel}` : level ? level.name[lang] : words.noLevel),
    row(
      'target',
      words.cover.target,
      targetLevel ? targetLevel.name[lang] : (extras.target ?? null),
      catalogue.levels.map((candidate) => candidate.name[lang]),
    ),
    row('auditDate', words.cover.auditDate, extras.auditDate ? { date: extras.auditDate } : null),
    row('specialBonus', words.cover.specialBonus, assessment.specialBonus ?? null),
    row('exportedBy', words.cover.exportedBy, `gbt27922 ${input.toolVersion}`),
    row('howTo', words.cover.howTo, words.howTo),
  ];
  if (result.catalogue.pointsAreDefaults) rows.push(row('pointsAreDefaults', '*', words.pointsAreDefaults));
  const editable = new Set<string>(COVER_KEYS);
  return {
    role: 'cover',
    name: words.sheets.cover,
    columns: columns(words, ['field', 'value', 'key'], (key) => key === 'value' || key === 'key'),
    rows: rows.map((entry) => (editable.has(String(entry.cells.key)) ? entry : { ...entry, readOnly: true })),
  };
}

function indicatorSheet(input: BuildInput, words: SheetText): SheetData {
  const { catalogue, assessment, result, lang, extras } = input;
  const cols = columns(words, INDICATOR_COLUMNS, (key) => INDICATOR_EDITABLE.has(key), {
    status: Object.values(words.planStatus),
  });
  if (catalogue.pointsAreDefaults === false) cols.find((column) => column.key === 'points')!.header = words.columns.points.replace(/[（(].*$/, '');
  const letter = (key: string) => columnLetter(cols.findIndex((column) => column.key === key));
  const earnedById = new Map(result.indicators.map((indicator) => [indicator.id, indicator.earnedPoints.toNumber()]));
  const rows: SheetRow[] = [];
  for (const klass of catalogue.classes) {
    rows.push({ heading: 1, cells: { class: klass.title[lang], points: klass.points } });
    for (const item of klass.items) {
      rows.push({ heading: 2, cells: { class: klass.title[lang], item: item.title[lang], points: item.indicators.reduce((sum, indicator) => sum + indicator.points, 0) } });
      for (const indicator of item.indicators) {
        const rowNumber = rows.length + 2; // header is row 1
        const answer = assessment.answers.get(indicator.id) ?? { kind: 'unanswered' };
        const plan: PlanEntry = extras.plan[indicator.id] ?? {};
        const a = (key: string) => `${letter(key)}${rowNumber}`;
        // 售后服务管理师: met when the certified (conforming) reach minPercent % of the staff (samples), rounded up, and minCount.
        const rule = indicator.counts;
        const formula = rule
          ? `IF(AND(${a('answer')}="${words.answers.counts}",ISNUMBER(${a('conforming')}),ISNUMBER(${a('samples')}),${a('conforming')}>=MAX(${rule.minCount},ROUNDUP(${rule.minPercent}*${a('samples')}/100,0))),${a('points')},0)`
          : `IF(${a('answer')}="${words.answers.met}",${a('points')},IF(AND(${a('answer')}="${words.answers.samples}",ISNUMBER(${a('conforming')}),N(${a('samples')})>0),${a('points')}*${a('conforming')}/${a('samples')},0))`;
        const choices = rule ? [words.answers.counts] : [words.answers.met, words.answers.unmet];
        if (indicator.sampled) choices.push(words.answers.samples);
        if (indicator.naAllowed) choices.push(words.answers.na);
        rows.push({
          cells: {
            id: indicator.id,
            class: klass.title[lang],
            item: item.title[lang],
            indicator: indicator.title[lang],
            points: indicator.points,
            criteria: indicator.criteria[lang],
            records: indicator.evidence.map((record) => record[lang]).join('\n'),
            ...answerCells(answer, words),
            action: plan.action ?? null,
            owner: plan.owner ?? null,
            due: plan.due ? { date: plan.due } : null,
            status: plan.status ? (words.planStatus[plan.status as keyof SheetText['planStatus']] ?? plan.status) : null,
            planNote: plan.note ?? null,
            earned: { formula, result: earnedById.get(indicator.id) ?? 0 },
          },
          choices: { answer: choices },
        });
      }
    }
  }
  const sheet: SheetData = { role: 'indicators', name: words.sheets.indicators, columns: cols, rows };
  if (catalogue.pointsAreDefaults) sheet.note = words.pointsAreDefaults;
  return sheet;
}

function answerCells(answer: Answer, words: SheetText): Record<string, CellValue> {
  const cells: Record<string, CellValue> = { answer: null, conforming: null, samples: null, naReason: null, note: null, evidence: null };
  if (answer.kind === 'unanswered') return cells;
  if (answer.kind === 'met') cells.answer = words.answers.met;
  if (answer.kind === 'unmet') cells.answer = words.answers.unmet;
  if (answer.kind === 'samples') Object.assign(cells, { answer: words.answers.samples, conforming: answer.conforming, samples: answer.total });
  if (answer.kind === 'na') Object.assign(cells, { answer: words.answers.na, naReason: answer.reason });
  if (answer.kind === 'counts') Object.assign(cells, { answer: words.answers.counts, conforming: answer.certified, samples: answer.managers });
  if (answer.note !== undefined) cells.note = answer.note;
  if (answer.evidence !== undefined && answer.evidence.length > 0) cells.evidence = answer.evidence.join('\n');
  return cells;
}

function eligibilitySheet(input: BuildInput, words: SheetText): SheetData {
  const yesNo = [words.yesNo.yes, words.yesNo.no];
  return {
    role: 'eligibility',
    name: words.sheets.eligibility,
    columns: columns(words, ['id', 'condition', 'met'], (key) => key === 'id' || key === 'met', { met: yesNo }),
    rows: input.requirements.eligibility.map((condition) => {
      const value = input.assessment.eligibility[condition.id];
      return { cells: { id: condition.id, condition: condition.title[input.lang], met: value === true ? words.yesNo.yes : value === false ? words.yesNo.no : null } };
    }),
  };
}

function documentsSheet(input: BuildInput, words: SheetText): SheetData {
  return {
    role: 'documents',
    name: words.sheets.documents,
    columns: columns(words, ['id', 'document', 'documentStatus', 'note', 'files'], (key) => key !== 'document', { documentStatus: Object.values(words.documentStatus) }),
    rows: input.requirements.documents.map((document) => {
      const entry: DocumentEntry | null | undefined = input.assessment.documents[document.id];
      return {
        cells: {
          id: document.id,
          document: document.title[input.lang],
          documentStatus: entry ? words.documentStatus[entry.status] : null,
          note: entry?.note ?? null,
          files: entry?.files && entry.files.length > 0 ? entry.files.join('\n') : null,
        },
      };
    }),
  };
}

function deductionsSheet(input: BuildInput, words: SheetText): SheetData {
  return {
    role: 'deductions',
    name: words.sheets.deductions,
    columns: columns(words, ['number', 'deduction'], (key) => key === 'deduction'),
    rows: input.assessment.specialDeductions.map((text, index) => ({ cells: { number: index + 1, deduction: text } })),
  };
}

/** The plan to read: every indicator with a plan entry or points to win. It is edited on the indicator sheet. */
function planSheet(input: BuildInput, words: SheetText): SheetData {
  const { catalogue, result, lang, extras } = input;
  const lost = new Set(result.indicators.filter((indicator) => !indicator.lostPoints.isZero() || indicator.state === 'unanswered').map((indicator) => indicator.id));
  const rows: SheetRow[] = [];
  for (const indicator of catalogue.indicatorList) {
    const plan = extras.plan[indicator.id];
    if (!plan && !lost.has(indicator.id)) continue;
    rows.push({
      cells: {
        id: indicator.id,
        indicator: indicator.title[lang],
        action: plan?.action ?? null,
        owner: plan?.owner ?? null,
        due: plan?.due ? { date: plan.due } : null,
        status: plan?.status ? (words.planStatus[plan.status as keyof SheetText['planStatus']] ?? plan.status) : null,
        planNote: plan?.note ?? null,
      },
    });
  }
  return { role: 'plan', name: words.sheets.plan, columns: columns(words, ['id', 'indicator', 'action', 'owner', 'due', 'status', 'planNote'], () => false), rows, note: words.planSheetNote };
}
