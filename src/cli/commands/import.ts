import { existsSync } from 'node:fs';
import { readFile } from '../../source/file-system.js';
import { loadApplicationRequirements } from '../../certification/load-application.js';
import { assessmentTemplate } from '../../assessment/assessment-template.js';
import { loadAssessment, loadAssessmentText } from '../../assessment/load-assessment.js';
import { writeFailure, writeFileAtomic } from '../../source/write-file-atomic.js';
import { builtInCataloguePath, isBuiltInCatalogue, loadCatalogue } from '../../catalogue/load-catalogue.js';
import { error, hasErrors, UserError } from '../../model/diagnostic.js';
import { portfolioText } from '../../i18n/portfolio-text.js';
import type { Lang } from '../../model/bilingual-text.js';
import { AssessmentDraft } from '../../questionnaire/assessment-draft.js';
import { samePath } from '../../source/output-target.js';
import { readSource } from '../../source/read-source.js';
import { applyImport } from '../../spreadsheet/apply-import.js';
import { readCsvGrid, readXlsxGrids, type Grid } from '../../spreadsheet/read-grid.js';
import { readSheets } from '../../spreadsheet/read-sheets.js';
import { ExitCode } from '../exit-codes.js';
import { localDate } from '../local-date.js';
import type { Output } from '../output.js';

export interface ImportOptions {
  output: string;
  lang: Lang;
  output_: Output;
}

/**
 * A filled-in workbook back into the assessment file. Into an existing file, only what changed is
 * written (comments, key order and what the sheets do not carry stay); without one, an .xlsx with
 * its cover makes a new file. Nothing is written when any cell is in error.
 */
export async function runImport(input: string, options: ImportOptions): Promise<number> {
  const file = options.output;
  if (samePath(input, file)) throw new UserError([error('SHEET_OVERWRITES_INPUT', {}, { file })]);
  const grids = await readGrids(input);

  let draft: AssessmentDraft;
  let context: Awaited<ReturnType<typeof targetContext>>;
  if (existsSync(file)) {
    context = await targetContext(file);
    draft = await AssessmentDraft.open(file);
  } else {
    const created = await newFileFrom(grids, input, file, options.lang);
    context = created.context;
    draft = created.draft;
  }
  const { imported, diagnostics } = readSheets(grids, input, context.catalogue, context.requirements);
  const sheetCatalogue = imported.cover.catalogue?.value;
  if (typeof sheetCatalogue === 'string' && sheetCatalogue !== context.reference) {
    diagnostics.push(error('SHEET_CATALOGUE_MISMATCH', { sheet: sheetCatalogue, file: context.reference }, { file: input, cell: imported.cover.catalogue!.cell }));
  }
  if (hasErrors(diagnostics)) throw new UserError(diagnostics);

  const isNew = !existsSync(file);
  const changed = applyImport(draft, imported);
  const text = draft.text();
  const checked = await loadAssessmentText({ file, text });
  if (!checked.ok) throw new UserError(checked.diagnostics);
  if (changed.length > 0 || isNew) {
    try {
      await writeFileAtomic(file, text);
    } catch (cause) {
      throw new UserError([writeFailure(cause, file)]);
    }
  }
  const ui = portfolioText(options.lang);
  options.output_.stdout(changed.length === 0 ? `${ui.importUnchanged(file)}\n` : `${ui.importChanged(file, changed.length)}\n${changed.map((key) => `  ${key}\n`).join('')}`);
  return ExitCode.ok;
}

async function readGrids(input: string): Promise<Grid[]> {
  let head: Buffer;
  try {
    head = await readFile(input);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new UserError([error(code === 'ENOENT' ? 'FILE_NOT_FOUND' : code === 'EISDIR' ? 'FILE_IS_DIRECTORY' : 'FILE_UNREADABLE', { reason: code ?? String(cause) }, { file: input })]);
  }
  // An xlsx is a zip whatever its name; anything else is read as csv text.
  if (head.subarray(0, 2).toString('latin1') === 'PK') {
    try {
      return await readXlsxGrids(head);
    } catch (cause) {
      throw new UserError([error('SHEET_UNREADABLE', { reason: cause instanceof Error ? cause.message : String(cause) }, { file: input })]);
    }
  }
  if (/\.(xlsx|xlsm|xls|et)$/i.test(input)) throw new UserError([error('SHEET_UNREADABLE', { reason: 'not an .xlsx (zip) file' }, { file: input })]);
  const source = await readSource(input);
  if (!source.ok) throw new UserError(source.diagnostics);
  return [readCsvGrid(source.value.text, input)];
}

async function targetContext(file: string) {
  const loaded = await loadAssessment(file);
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  return { catalogue: loaded.value.catalogue, requirements: loaded.value.requirements, reference: loaded.value.assessment.catalogueReference };
}

/** A new assessment from the workbook's cover: the built-in catalogue it names, the template `init` writes. */
async function newFileFrom(grids: Grid[], input: string, file: string, lang: Lang) {
  const reference = coverValue(grids, 'catalogue');
  if (grids.some((grid) => grid.csv) || !reference || !isBuiltInCatalogue(reference)) throw new UserError([error('IMPORT_NEEDS_FILE', {}, { file })]);
  const catalogue = await loadCatalogue(builtInCataloguePath(reference));
  if (!catalogue.ok) throw new UserError(catalogue.diagnostics);
  const requirements = await loadApplicationRequirements();
  const text = await assessmentTemplate({
    catalogue: catalogue.value,
    catalogueReference: reference,
    requirements,
    lang,
    outputFile: file,
    today: localDate(new Date()),
    company: coverValue(grids, 'company.name') ?? input,
  });
  return { draft: AssessmentDraft.fromText(file, text), context: { catalogue: catalogue.value, requirements, reference } };
}

function coverValue(grids: Grid[], key: string): string | undefined {
  for (const grid of grids) {
    for (const row of grid.rows) {
      const index = row.findIndex((cell) => typeof cell === 'string' && cell.trim() === key);
      if (index > 0 && typeof row[index - 1] === 'string') return String(row[index - 1]).trim();
    }
  }
  return undefined;
}
