import { safeData } from '../i18n/safe-text.js';
import { readFile, stat } from 'node:fs/promises';
import { exists } from '../source/exists.js';
import path from 'node:path';
import { loadApplicationRequirements } from '../certification/load-application.js';
import { requirementsForProfile } from '../certification/load-profile.js';
import { assessmentTemplate } from '../assessment/assessment-template.js';
import type { Catalogue } from '../model/catalogue.js';
import { builtInCatalogueFor, builtInCataloguePath, isBuiltInCatalogue, loadCatalogue, resolveCatalogueReference } from '../catalogue/load-catalogue.js';
import { catalogueRoot, isInside } from '../catalogue/catalogue-confinement.js';
import { error, UserError, type Diagnostic } from '../model/diagnostic.js';
import { writeFailure, writeFileAtomic } from '../source/write-file-atomic.js';
import { formatDiagnostic } from '../report/format-diagnostic.js';
import { questionnaireText, type QuestionnaireText } from '../i18n/questionnaire-text.js';
import type { Lang } from '../model/bilingual-text.js';
import { AssessmentDraft } from './assessment-draft.js';
import { scanEvidence } from './evidence-scan.js';
import { Cancelled, GoBack, type Prompter } from './prompter.js';
import type { Question, WalkContext } from './question.js';
import { documentQuestions, eligibilityQuestions } from './questions-application.js';
import { indicatorQuestions } from './questions-indicators.js';
import { planQuestions } from './questions-plan.js';
import { profileQuestions } from './questions-profile.js';
import { specialQuestions } from './questions-special.js';
import { answeredCount, firstUnanswered, walk } from './walk.js';

export interface QuestionnaireOptions {
  file: string;
  prompter: Prompter;
  lang: Lang;
  colorLevel: 0 | 1 | 2 | 3;
  /** Chosen on the command line: the type question is then not asked. */
  type?: 'producer' | 'seller';
  /** Chosen on the command line (--structure): the structure question is then not asked. */
  structure?: 'clauses' | 'sbt10401';
  catalogueOverride?: string;
  evidenceDir?: string;
  /** The assessment date a new file gets (the caller's calendar day). */
  today: string;
  /** Ask a note and evidence after every indicator; by default only for gaps, or on request. */
  detail?: boolean;
}

/**
 * The whole walk: start a new file or resume an existing one, then company, eligibility,
 * documents, every indicator, special items, and the result. Returns how much is answered.
 */
export async function runQuestionnaire(options: QuestionnaireOptions): Promise<{ answered: number; total: number }> {
  const text = questionnaireText(options.lang);
  const { prompter } = options;
  prompter.say(`${text.welcome}\n${text.intro}`);

  const resuming = await exists(options.file);
  const onSaveFailed = async (problem: Diagnostic): Promise<'retry' | 'quit'> => {
    prompter.say(formatDiagnostic(problem, options.lang, options.colorLevel));
    return prompter.select<'retry' | 'quit'>(text.saveFailed, [
      { value: 'retry', name: text.saveRetry },
      { value: 'quit', name: text.saveQuit },
    ]);
  };
  const draft = resuming
    ? await AssessmentDraft.open(options.file, options.catalogueOverride)
    : await startNew(options, text, onSaveFailed).catch((cause: unknown) => {
        // Interrupted while choosing the company type: nothing was answered and no file was written.
        if (cause instanceof Cancelled) cause.progress = { answered: 0, total: 0, fileWritten: false };
        throw cause;
      });
  draft.onSaveFailed = onSaveFailed;
  if (!resuming) prompter.say(text.fileNew(options.file));
  // A GBK or UTF-16 file is read correctly, and saved back as UTF-8: say so before the first save.
  for (const notice of draft.notices) prompter.say(formatDiagnostic(notice, options.lang, options.colorLevel));
  const catalogue = await catalogueOf(draft, options);
  const profile = draft.get(['profile']);
  const requirements = await requirementsForProfile(typeof profile === 'string' && profile ? profile : undefined, options.file);
  const evidence = options.evidenceDir ? await scanEvidence(await evidenceFolder(options.evidenceDir), requirements.documents) : new Map<string, string[]>();

  // The catalogue is shown, never scored, from here (the draft scores itself): its text made safe once.
  const context: WalkContext = { prompter, draft, lang: options.lang, text, catalogue: safeData(catalogue), requirements, evidence, colorLevel: options.colorLevel, detail: options.detail ?? false };
  const questions: Question[] = [
    ...profileQuestions(context),
    ...eligibilityQuestions(context),
    ...documentQuestions(context),
    ...indicatorQuestions(context),
    ...specialQuestions(context),
    ...planQuestions(context),
  ];

  try {
    let start: number | 'menu' | 'summary' = firstUnanswered(context, questions);
    if (resuming) {
      const { answered, total } = answeredCount(context, questions);
      prompter.say(text.resumeFound(options.file, answered, total));
      start = await prompter.select<number | 'menu' | 'summary'>(text.whatNext, [
        { value: start, name: text.resumeContinue },
        { value: 'menu', name: text.resumeMenu },
        { value: 'summary', name: text.resumeSummary },
      ]);
    }
    await walk(context, questions, start);
  } catch (cause) {
    if (cause instanceof Cancelled) cause.progress = answeredCount(context, questions);
    throw cause;
  }
  return answeredCount(context, questions);
}

/**
 * A new file: the company type decides the catalogue, then the template is written at once, so the
 * company name (the walk's first question) and every answer after it go into a file that exists.
 */
async function startNew(options: QuestionnaireOptions, text: QuestionnaireText, onSaveFailed: AssessmentDraft['onSaveFailed']): Promise<AssessmentDraft> {
  let reference: string;
  let catalogue: Catalogue;
  if (options.catalogueOverride) {
    const file = resolveCatalogueReference(options.catalogueOverride, process.cwd());
    catalogue = await mustLoad(file);
    reference = isBuiltInCatalogue(options.catalogueOverride) ? options.catalogueOverride : await placeCatalogue(options, text, file);
  } else {
    for (;;) {
      try {
        const type = options.type ?? (await askType(options, text));
        if (type === 'custom') {
          ({ reference, catalogue } = await askCustomCatalogue(options, text));
        } else {
          const name = builtInCatalogueFor(type, options.structure ?? (await askStructure(options, text, type)));
          reference = name;
          catalogue = await mustLoad(builtInCataloguePath(name));
        }
        break;
      } catch (cause) {
        // Esc at the catalogue path goes back to the type; at the type, the first question, it stays.
        if (cause instanceof GoBack) continue;
        throw cause;
      }
    }
  }
  const template = await assessmentTemplate({
    catalogue,
    catalogueReference: reference,
    requirements: await loadApplicationRequirements(),
    lang: options.lang,
    outputFile: options.file,
    today: options.today,
    writtenBy: 'questionnaire',
  });
  return AssessmentDraft.create(options.file, template, options.catalogueOverride, onSaveFailed);
}

function askType(options: QuestionnaireOptions, text: QuestionnaireText) {
  return options.prompter.select<'producer' | 'seller' | 'custom'>(text.companyType, [
    { value: 'producer', name: `${text.typeProducer} — ${text.typeProducerHint}` },
    { value: 'seller', name: `${text.typeSeller} — ${text.typeSellerHint}` },
    { value: 'custom', name: `${text.typeCustom} — ${text.typeCustomHint}` },
  ]);
}

/** Both structures are offered; the clause-keyed one first, as the recommended default. */
async function askStructure(options: QuestionnaireOptions, text: QuestionnaireText, type: 'producer' | 'seller') {
  const [clauses, seed] = await Promise.all([mustLoad(builtInCataloguePath(builtInCatalogueFor(type, 'clauses'))), mustLoad(builtInCataloguePath(type))]);
  // The choices stay one line each at 80 columns; what tells them apart is said before the question.
  options.prompter.say(`${text.structureClausesHint}\n${text.structureSeedHint}`);
  return options.prompter.select<'clauses' | 'sbt10401'>(
    text.structureQuestion,
    [
      { value: 'clauses', name: text.structureClauses(clauses.indicatorList.length) },
      { value: 'sbt10401', name: text.structureSeed(seed.indicatorList.length) },
    ],
    { default: 'clauses' },
  );
}

/** Asks for a catalogue file until one loads, showing what is wrong with each that does not. */
async function askCustomCatalogue(options: QuestionnaireOptions, text: QuestionnaireText): Promise<{ reference: string; catalogue: Catalogue }> {
  for (;;) {
    const answer = (await options.prompter.input(text.customPath, { validate: (value) => (value.trim() ? true : text.required) })).trim();
    const loaded = await loadCatalogue(answer);
    let problems = loaded.diagnostics;
    if (loaded.ok) {
      try {
        return { reference: await placeCatalogue(options, text, answer), catalogue: loaded.value };
      } catch (cause) {
        if (!(cause instanceof UserError)) throw cause;
        problems = cause.diagnostics;
      }
    }
    for (const diagnostic of problems) options.prompter.say(formatDiagnostic(diagnostic, options.lang, options.colorLevel));
  }
}

async function catalogueOf(draft: AssessmentDraft, options: QuestionnaireOptions): Promise<Catalogue> {
  if (options.catalogueOverride) return mustLoad(resolveCatalogueReference(options.catalogueOverride, process.cwd()));
  const reference = draft.get(['catalogue']);
  if (typeof reference !== 'string') {
    const checked = await draft.check();
    throw new UserError(checked.diagnostics);
  }
  return mustLoad(resolveCatalogueReference(reference, path.dirname(path.resolve(draft.file))));
}

/**
 * The catalogue reference a new assessment records. A catalogue inside the assessment's repository
 * or folder is named where it is. One outside it (a certification body's file in Downloads) would be
 * refused by every later command (CATALOGUE_OUTSIDE), so it is copied beside the assessment and the
 * copy is named: the folder then holds all it needs and can be sent as it is. A copy already there
 * with the same bytes is used; a different file of that name is never overwritten.
 */
async function placeCatalogue(options: QuestionnaireOptions, text: QuestionnaireText, catalogueFile: string): Promise<string> {
  if (isInside(catalogueFile, catalogueRoot(options.file))) return referenceFrom(options.file, catalogueFile);
  const copy = path.join(path.dirname(path.resolve(options.file)), path.basename(catalogueFile));
  const bytes = await readFile(catalogueFile);
  const there = await readFile(copy).catch(() => undefined);
  if (there !== undefined) {
    if (!bytes.equals(there) || !isInside(copy, catalogueRoot(options.file))) throw new UserError([error('CATALOGUE_COPY_IN_THE_WAY', { catalogue: catalogueFile, copy })]);
  } else {
    try {
      await writeFileAtomic(copy, bytes);
    } catch (cause) {
      throw new UserError([writeFailure(cause, copy)]);
    }
  }
  options.prompter.say(there === undefined ? text.catalogueCopied(catalogueFile, copy) : text.catalogueCopyUsed(catalogueFile, copy));
  return referenceFrom(options.file, copy);
}

/** How the assessment names a catalogue file: relative to the assessment, with forward slashes. */
function referenceFrom(assessmentFile: string, catalogueFile: string): string {
  const relative = path
    .relative(path.dirname(path.resolve(assessmentFile)), path.resolve(catalogueFile))
    .split(path.sep)
    .join('/');
  if (path.isAbsolute(relative)) return relative; // another drive on Windows
  return relative.startsWith('.') ? relative : `./${relative}`;
}

async function mustLoad(file: string): Promise<Catalogue> {
  const loaded = await loadCatalogue(file);
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  return loaded.value;
}

async function evidenceFolder(folder: string): Promise<string> {
  const info = await stat(folder).catch((cause: NodeJS.ErrnoException) => cause);
  if (info instanceof Error) throw new UserError([error('EVIDENCE_DIR_INVALID', { folder, reason: (info as NodeJS.ErrnoException).code ?? info.message })]);
  if (!info.isDirectory()) throw new UserError([error('EVIDENCE_DIR_INVALID', { folder, reason: 'ENOTDIR' })]);
  return folder;
}
