import { stringify } from 'yaml';
import { recordsText } from '../i18n/records-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { RECORD_FIELDS, SERVICE_TYPES, type RecordField, type RecordsMapping, type ServiceType } from '../model/records.js';
import type { Prompter } from '../questionnaire/prompter.js';
import { sheetCell } from '../spreadsheet/cell-reference.js';
import { guessMapping, headerName } from './mapping.js';
import { readRecords, type HeaderRow } from './read-records.js';

/** How many rows below the header are looked at for the type values and the satisfaction scale. */
const SNIFF_ROWS = 2000;

class Enough extends Error {}

/** The header of an export and the rows below it (at most SNIFF_ROWS), read without reading the whole file. */
export async function sniffExport(file: string): Promise<{ header: HeaderRow; sample: unknown[][] }> {
  let header: HeaderRow | undefined;
  const sample: unknown[][] = [];
  try {
    await readRecords([file], {
      guess: (found, below) => {
        header = found;
        sample.push(...below.map((row) => [...row]));
        return guessMapping(found, below);
      },
      onRecord: () => {},
      onRow: (cells) => {
        if (sample.length >= SNIFF_ROWS) throw new Enough();
        sample.push([...cells]);
      },
    });
  } catch (cause) {
    if (!(cause instanceof Enough)) throw cause;
  }
  return { header: header!, sample };
}

/**
 * The mapping for an export: guessed from its header and rows, then, on a terminal, each column
 * confirmed or changed (the guess is the default, so Enter accepts it), each type value given its
 * service type, and the satisfaction scale chosen. Without a prompter the guess is returned as is.
 */
export async function buildMapping(file: string, prompter: Prompter | undefined, lang: Lang): Promise<{ mapping: RecordsMapping; header: HeaderRow }> {
  const { header, sample } = await sniffExport(file);
  const guess = guessMapping(header, sample);
  if (!prompter) return { mapping: guess, header };
  const w = recordsText(lang);
  prompter.say(w.mapping.headerFound(header.row, header.sheet !== undefined ? sheetCell(header.sheet, 0, header.row) : undefined));
  const columns: Partial<Record<RecordField, string>> = {};
  const names = header.names.map((_, column) => headerName(header, column)).filter((name) => name !== '');
  for (const field of RECORD_FIELDS) {
    const guessed = guess.columns[field];
    const required = field === 'id' || field === 'type' || field === 'received';
    const choices = [...names.map((name) => ({ value: name, name })), ...(required ? [] : [{ value: '', name: w.mapping.noColumn }])];
    const answer = await prompter.select(w.mapping.question(w.fields[field], guessed ?? ''), choices, { default: guessed ?? (required ? names[0]! : '') });
    if (answer !== '') columns[field] = answer;
  }
  const mapping: RecordsMapping = { ...guess, columns: columns as RecordsMapping['columns'] };
  const typeColumn = header.names.findIndex((_, column) => headerName(header, column) === columns.type);
  const values = [...new Set(sample.map((row) => String(row[typeColumn] ?? '').trim()).filter((value) => value !== ''))].slice(0, 30);
  const types: Record<string, ServiceType> = {};
  for (const value of values) {
    const guessed = guess.types[value] ?? 'other';
    types[value] = await prompter.select(
      w.mapping.typeQuestion(value),
      SERVICE_TYPES.map((type) => ({ value: type, name: `${w.types[type]} (${type})` })),
      { default: guessed },
    );
  }
  mapping.types = types;
  if (columns.satisfaction !== undefined) {
    mapping.satisfactionScale = await prompter.select(
      w.mapping.scaleQuestion,
      [5, 10, 100].map((scale) => ({ value: scale, name: String(scale) })),
      { default: guess.satisfactionScale },
    );
  }
  return { mapping, header };
}

/** The mapping file's text: a comment on what it is and how to change it, then the mapping. */
export function mappingYaml(mapping: RecordsMapping, file: string, lang: Lang): string {
  const head = recordsText(lang).mapping.fileComment(file);
  return `${head.map((line) => `# ${line}`).join('\n')}\n${stringify(mapping, { lineWidth: 0 })}`;
}
