import { exists } from '../../source/exists.js';
import path from 'node:path';
import { loadApplicationRequirements } from '../../certification/load-application.js';
import { assessmentTemplate } from '../../assessment/assessment-template.js';
import type { AssessmentData, RawAnswer } from '../../model/assessment.js';
import { loadAssessment } from '../../assessment/load-assessment.js';
import { parseAnswer } from '../../assessment/parse-answer.js';
import { sameIndicators } from '../../catalogue/catalogue-mapping.js';
import { builtInCataloguePath, loadCatalogue, type BuiltInCatalogue } from '../../catalogue/load-catalogue.js';
import { error, UserError } from '../../model/diagnostic.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../model/bilingual-text.js';
import { AssessmentDraft } from '../../questionnaire/assessment-draft.js';
import { loadYamlFile } from '../../source/load-yaml-file.js';
import { ExitCode } from '../exit-codes.js';
import { localDate } from '../local-date.js';
import type { ColorLevel, Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface MigrateOptions {
  file: string;
  to: BuiltInCatalogue;
  output?: string | undefined;
  force: boolean;
  lang: Lang;
  errorColorLevel: ColorLevel;
  output_: Output;
}

/**
 * Moves an assessment to another built-in catalogue (seed ⇄ clause-keyed): a new file from the
 * template of the new catalogue, with the company, eligibility, documents, special items and every
 * answer that means the same thing (indicators/catalogue-mapping.yaml) carried over. The old file
 * is left as it was; what could not be carried is listed, never dropped silently.
 */
export async function runMigrate(options: MigrateOptions): Promise<number> {
  const out = options.output_;
  const words = messages(options.lang).ui.migrate;
  const loaded = await loadAssessment(options.file);
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  printDiagnostics(loaded.diagnostics, options.lang, out, options.errorColorLevel);
  const raw = await loadYamlFile(options.file, 'assessment');
  if (!raw.ok) throw new UserError(raw.diagnostics);
  const data = raw.value.data as AssessmentData & Record<string, unknown>;

  const target = path.resolve(options.output ?? defaultOutput(options.file, options.to));
  if (target === path.resolve(options.file)) throw new UserError([error('REPORT_OVERWRITES_INPUT', {}, { file: target })]);
  if (!options.force && (await exists(target))) throw new UserError([error('OUTPUT_EXISTS', {}, { file: target })]);
  const catalogue = await loadCatalogue(builtInCataloguePath(options.to));
  if (!catalogue.ok) throw new UserError(catalogue.diagnostics);
  const indicators = new Map(catalogue.value.indicatorList.map((indicator) => [indicator.id, indicator]));

  // Answers are keyed by the ids the old catalogue knows them by (a former id already resolved).
  const from = loaded.value.catalogue;
  const same = await sameIndicators(data.catalogue, options.to);
  const formerly = new Map(from.indicatorList.flatMap((indicator) => (indicator.formerIds ?? []).map((former) => [former, indicator.id] as const)));
  const carried: Array<[string, string]> = [];
  const notCarried: Array<[string, string]> = [];
  const answers = new Map<string, unknown>();
  for (const [oldKey, value] of Object.entries(data.answers ?? {})) {
    if (value === null || value === undefined) continue;
    const oldId = formerly.get(oldKey) ?? oldKey;
    const newId = same.get(oldId);
    const indicator = newId ? indicators.get(newId) : undefined;
    if (!newId || !indicator) {
      notCarried.push([oldKey, words.noEquivalent]);
      continue;
    }
    const checked = parseAnswer(value as RawAnswer, { ...indicator, classId: '', itemId: '' });
    if ('problem' in checked) {
      notCarried.push([oldKey, words.notAccepted(newId, checked.problem.code)]);
      continue;
    }
    answers.set(newId, value);
    carried.push([oldKey, newId]);
  }

  const text = await assessmentTemplate({
    catalogue: catalogue.value,
    catalogueReference: options.to,
    requirements: await loadApplicationRequirements(),
    lang: options.lang,
    outputFile: target,
    company: data.company.name,
    today: localDate(new Date()),
  });
  const draft = await AssessmentDraft.create(target, text);
  draft.set(['company'], data.company);
  for (const key of Object.keys(data)) {
    if (['format', 'catalogue', 'company', 'answers', 'eligibility', 'documents', 'plan'].includes(key)) continue;
    draft.set([key], data[key]);
  }
  for (const [id, value] of Object.entries(data.eligibility ?? {})) if (value !== null) draft.set(['eligibility', id], value);
  for (const [id, value] of Object.entries(data.documents ?? {})) if (value !== null) draft.set(['documents', id], value);
  for (const [id, value] of answers) draft.set(['answers', id], value);
  // A plan (issue 14) is keyed by indicator: each entry follows its indicator, or is listed as left behind.
  if (data.plan && typeof data.plan === 'object') {
    for (const [oldKey, entry] of Object.entries(data.plan as Record<string, unknown>)) {
      const newId = same.get(formerly.get(oldKey) ?? oldKey);
      if (newId && indicators.has(newId)) draft.set(['plan', newId], entry);
      else notCarried.push([`plan.${oldKey}`, words.noEquivalent]);
    }
  }
  await draft.save();

  const lines = [words.written(target, options.to), words.carried(carried.length)];
  for (const [oldId, newId] of carried) lines.push(`  ✓ ${oldId} → ${newId}`);
  if (notCarried.length > 0) lines.push(words.notCarriedTitle(notCarried.length));
  for (const [oldId, reason] of notCarried) lines.push(`  · ${oldId}${messages(options.lang).ui.colon}${reason}`);
  lines.push(words.toAnswer(catalogue.value.indicatorList.length - carried.length));
  out.stdout(lines.join('\n') + '\n');
  const check = await loadAssessment(target);
  if (!check.ok) throw new UserError(check.diagnostics);
  return ExitCode.ok;
}

function defaultOutput(file: string, to: string): string {
  const extension = path.extname(file);
  return `${file.slice(0, file.length - extension.length)}.${to}${extension || '.yaml'}`;
}
