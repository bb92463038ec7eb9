import { stringify } from 'yaml';
import { recordsText } from '../i18n/records-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { RECORD_FIELDS, SERVICE_TYPES, type RecordField, type RecordsMapping, type ServiceType } from '../model/records.js';
import type { Prompter } from '../questionnaire/prompter.js';
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
  prompter.say(w.mapping.headerFound(header.row));
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
  const head =
    lang === 'en'
      ? [
          `# Which column of the work-order export holds what (gbt27922 records). Guessed from ${file}; change`,
          '# a name to the header text your export writes. Types: repair, installation, complaint, consultation,',
          '# return, other. satisfactionScale: the best score (5, 10 or 100); words such as 满意 are read on 1-5.',
        ]
      : [
          `# 工单导出文件各列的含义（gbt27922 records）。根据 ${file} 推测；列名须与导出文件的表头一致。`,
          '# types：repair 维修、installation 安装、complaint 投诉、consultation 咨询、return 退换货、other 其他。',
          '# satisfactionScale：满意度满分（5、10 或 100）；"满意"等文字按 5 分制读取。',
        ];
  return `${head.join('\n')}\n${stringify(mapping, { lineWidth: 0 })}`;
}
