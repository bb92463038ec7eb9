import path from 'node:path';
import { isBuiltInProfile, requirementsForProfile } from '../../certification/load-profile.js';
import { assessmentTemplate } from '../../assessment/assessment-template.js';
import { builtInCatalogueFor, builtInCataloguePath, loadCatalogue } from '../../catalogue/load-catalogue.js';
import { UserError } from '../../model/diagnostic.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../model/bilingual-text.js';
import { outputTarget } from '../../source/output-target.js';
import { writeFailure, writeFileAtomic } from '../../source/write-file-atomic.js';
import { ExitCode } from '../exit-codes.js';
import { localDate } from '../local-date.js';
import type { Output } from '../output.js';
import { wrapText } from '../../report/wrap-text.js';

export interface InitOptions {
  type: 'producer' | 'seller';
  /** The clause-keyed catalogue (recommended, the default) or the seed one of SB/T 10401's structure. */
  structure: 'clauses' | 'sbt10401';
  file: string;
  /** As commander hands it: absent when the option was not given. */
  company?: string | undefined;
  /** A certification-body profile to name in the file: a shipped example or a path. */
  profile?: string | undefined;
  force: boolean;
  lang: Lang;
  output: Output;
}

/** Writes an assessment to fill in. An existing file is someone's answers: never overwritten without --force. */
export async function runInit(options: InitOptions): Promise<number> {
  const file = options.file;
  // Someone's answers are never overwritten without --force, and --force writes only over a regular file.
  const target = outputTarget(file, { force: options.force });
  const name = builtInCatalogueFor(options.type, options.structure);
  // A path given on the command line is relative to here; in the file it is relative to the file.
  const profileReference = options.profile && !isBuiltInProfile(options.profile) ? path.relative(path.dirname(path.resolve(file)), path.resolve(options.profile)).replace(/\\/g, '/') : options.profile;
  const catalogue = await loadCatalogue(builtInCataloguePath(name));
  if (!catalogue.ok) throw new UserError(catalogue.diagnostics);
  const text = await assessmentTemplate({
    catalogue: catalogue.value,
    catalogueReference: name,
    requirements: await requirementsForProfile(profileReference, file),
    lang: options.lang,
    outputFile: file,
    today: localDate(new Date()),
    ...(options.company ? { company: options.company } : {}),
    ...(profileReference ? { profile: profileReference } : {}),
  });
  try {
    await writeFileAtomic(target, text);
  } catch (cause) {
    throw new UserError([writeFailure(cause, file)]);
  }
  const ui = messages(options.lang).ui;
  const said = `${ui.written(file)}\n${ui.initNext(file)}`;
  // Folded as score's output is, so the file name is never cut at the terminal's edge.
  options.output.stdout(`${options.output.stdoutColumns ? wrapText(said, options.output.stdoutColumns) : said}\n`);
  return ExitCode.ok;
}
