import { loadAssessment } from '../../assessment/load-assessment.js';
import { builtInCataloguePath, loadCatalogue } from '../../catalogue/load-catalogue.js';
import { recordsText } from '../../i18n/records-text.js';
import type { Lang } from '../../model/bilingual-text.js';
import { error, notice, UserError, type Diagnostic } from '../../model/diagnostic.js';
import type { Commitments, RecordsMapping } from '../../model/records.js';
import { AssessmentDraft } from '../../questionnaire/assessment-draft.js';
import { terminalPrompter } from '../../questionnaire/prompter.js';
import { analyseRecords, loadRecordsRules, unreadWarning } from '../../records/analyse-records.js';
import { applyProposals } from '../../records/apply-proposals.js';
import { buildMapping, mappingYaml } from '../../records/init-mapping.js';
import { loadMapping } from '../../records/mapping.js';
import { renderRecordsMarkdown, renderRecordsTerminal } from '../../report/render-records.js';
import { fileHead, outputTarget } from '../../source/output-target.js';
import { writeFailure, writeFileAtomic } from '../../source/write-file-atomic.js';
import { ExitCode } from '../exit-codes.js';
import type { ColorLevel, Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface RecordsOptions {
  mapping?: string;
  initMapping?: boolean;
  /** Where --init-mapping writes. */
  output?: string;
  assessment?: string;
  apply?: boolean;
  seed?: string;
  force?: boolean;
  interactive: boolean;
  format: 'terminal' | 'json' | 'markdown';
  lang: Lang;
  colorLevel: ColorLevel;
  errorColorLevel: ColorLevel;
  output_: Output;
  width?: number;
}

export const DEFAULT_MAPPING_FILE = 'gbt27922-records-mapping.yaml';

/** `gbt27922 records FILE...`: the KPIs and samples of service records, or (--init-mapping) their mapping. */
export async function runRecords(files: string[], options: RecordsOptions): Promise<number> {
  const seed = parseSeed(options.seed);
  if (options.apply && options.assessment === undefined) throw new UserError([error('RECORDS_APPLY_NEEDS_ASSESSMENT')]);
  if (options.initMapping) return initMapping(files[0]!, options);

  const say = (diagnostics: Diagnostic[]) => printDiagnostics(diagnostics, options.lang, options.output_, options.errorColorLevel);
  let commitments: Commitments | undefined;
  let indicators: Array<{ id: string; sampled: boolean }>;
  if (options.assessment !== undefined) {
    const loaded = await loadAssessment(options.assessment);
    if (!loaded.ok) throw new UserError(loaded.diagnostics);
    commitments = loaded.value.assessment.commitments;
    indicators = loaded.value.catalogue.indicatorList;
  } else {
    // Without an assessment, the indicators of the catalogue `init` writes by default.
    const catalogue = await loadCatalogue(builtInCataloguePath('producer-clauses'));
    if (!catalogue.ok) throw new UserError(catalogue.diagnostics);
    indicators = catalogue.value.indicatorList;
  }
  const mapping: RecordsMapping | undefined = options.mapping !== undefined ? await loadMapping(options.mapping) : undefined;
  const { report, mapping: used } = await analyseRecords(files, { ...(mapping ? { mapping } : {}), ...(commitments ? { commitments } : {}), seed, indicators });
  const words = recordsText(options.lang);
  const notes: Diagnostic[] = [];
  if (!mapping) {
    const columns = Object.entries(used.columns).map(([field, name]) => `${words.fields[field as keyof typeof words.fields]}=${name}`);
    notes.push(notice('RECORDS_MAPPING_GUESSED', { columns: columns.join(', ') }));
  }
  const unread = unreadWarning(report, 'below');
  if (unread) notes.push(unread);
  say(notes);

  const rules = await loadRecordsRules();
  const titles = Object.fromEntries(Object.entries(rules.rules).map(([id, rule]) => [id, rule.title]));
  const text =
    options.format === 'json'
      ? JSON.stringify(report, null, 2) + '\n'
      : options.format === 'markdown'
        ? renderRecordsMarkdown(report, titles, options.lang)
        : renderRecordsTerminal(report, titles, options.lang, options.colorLevel, options.width ?? 80);
  options.output_.stdout(text);

  if (options.apply) {
    const draft = await AssessmentDraft.open(options.assessment!);
    const { outcomes, diagnostics } = applyProposals(draft, report.samples, files, options.lang);
    const checked = await draft.check();
    if (!checked.ok) throw new UserError(checked.diagnostics);
    if (outcomes.some((outcome) => outcome.kind === 'written')) await draft.save();
    const lines = outcomes.map((o) =>
      o.kind === 'written' ? words.applyWritten(o.indicator, o.proposed) : o.kind === 'same' ? words.applySame(o.indicator, o.proposed) : words.applyKept(o.indicator, o.declared, o.proposed),
    );
    // The summary goes to standard error so that a JSON or Markdown report on standard output stays whole.
    options.output_.stderr(
      `${words.applyTitle}\n${lines.length === 0 ? `  ${words.applyNothing}\n` : lines.map((line) => `  ${line}\n`).join('')}${outcomes.some((o) => o.kind === 'written') ? `${words.applySaved(options.assessment!)}\n` : ''}`,
    );
    say(diagnostics);
  }
  return ExitCode.ok;
}

function parseSeed(value: string | undefined): number {
  if (value === undefined) return 1;
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed) || Number(trimmed) > 4294967295) throw new UserError([error('RECORDS_INVALID_SEED', { value })]);
  return Number(trimmed);
}

/** --init-mapping: guess, ask on a terminal (the guess written as is elsewhere, and said so), write. */
async function initMapping(file: string, options: RecordsOptions): Promise<number> {
  const words = recordsText(options.lang);
  const target = outputTarget(options.output ?? DEFAULT_MAPPING_FILE, { input: file, isOurs: isMappingFile, ...(options.force ? { force: true } : {}) });
  const interactive = options.interactive && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
  const prompter = interactive ? await terminalPrompter(options.lang, options.output_.stdout, () => process.stdout.columns) : undefined;
  const { mapping } = await buildMapping(file, prompter, options.lang);
  try {
    await writeFileAtomic(target, mappingYaml(mapping, file, options.lang));
  } catch (cause) {
    throw new UserError([writeFailure(cause, target)]);
  }
  const out = options.output_.stdout;
  if (!interactive) {
    out(`${words.mapping.guessedNotAsked}\n`);
    out(mappingYaml(mapping, file, options.lang));
  }
  out(`${words.mapping.written(options.output ?? DEFAULT_MAPPING_FILE)}\n${words.mapping.next(file, options.output ?? DEFAULT_MAPPING_FILE)}\n`);
  return ExitCode.ok;
}

function isMappingFile(file: string): boolean {
  return /format:\s*["']?gbt27922-records-mapping\//.test(fileHead(file, 2000));
}
