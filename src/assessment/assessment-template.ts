import { readFile } from '../source/file-system.js';
import path from 'node:path';
import type { ApplicationRequirements } from '../model/application.js';
import type { Catalogue } from '../model/catalogue.js';
import { builtInName, isBuiltInCatalogue } from '../catalogue/load-catalogue.js';
import { criteriaText } from '../report/describe-gap.js';
import { messages } from '../i18n/messages.js';
import type { Lang } from '../model/bilingual-text.js';
import { packageVersion } from '../package-version.js';
import { templatesDir } from '../paths.js';
import { oneLineYaml } from '../source/one-line-yaml.js';

export interface TemplateOptions {
  catalogue: Catalogue;
  catalogueReference: string;
  requirements: ApplicationRequirements;
  lang: Lang;
  /** Where the file will be written: the schema link is made relative to it. */
  outputFile: string;
  company?: string;
  today: string;
  /** Which command writes the file, named in its header: `init` unless the questionnaire does. */
  writtenBy?: 'init' | 'questionnaire';
  /** A certification-body profile to name in the file (the requirements given already follow it). */
  profile?: string;
}

/**
 * The assessment file `init` writes: every indicator of the catalogue with its title, points and
 * criteria as comments and an empty answer, so a person can fill it in an editor. The fixed text
 * lives in templates/assessment.<lang>.yaml; this fills in what depends on the catalogue.
 */
export async function assessmentTemplate(options: TemplateOptions): Promise<string> {
  const { catalogue, lang } = options;
  const template = await readFile(path.join(templatesDir, `assessment.${lang}.yaml`), 'utf8');
  const values: Record<string, string> = {
    schema: schemaLink(isBuiltInCatalogue(options.catalogueReference) ? `assessment-${builtInName(options.catalogueReference)}.schema.json` : 'assessment.schema.json'),
    writtenBy: messages(lang).ui.template.writtenBy[options.writtenBy ?? 'init'],
    typeName: messages(lang).ui.companyType[catalogue.companyType],
    indicatorCount: String(catalogue.indicatorList.length),
    file: commentText(path.basename(options.outputFile)),
    catalogue: oneLineYaml(options.catalogueReference),
    company: options.company ? oneLineYaml(options.company) : `""  # ${messages(lang).ui.template.companyName}`,
    today: options.today,
    profile: options.profile ? `profile: ${oneLineYaml(options.profile)}  # ${messages(lang).ui.template.profile}` : `# profile: example-6-months  # ${messages(lang).ui.template.profile}`,
    eligibility: options.requirements.eligibility.map((condition) => `  ${condition.id}:  # ${condition.title[lang]}`).join('\n'),
    answers: answerLines(catalogue, lang).join('\n'),
    documents: options.requirements.documents.map((document) => `  ${document.id}:  # ${document.title[lang]}`).join('\n'),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '').replace(/\r\n/g, '\n');
}

function answerLines(catalogue: Catalogue, lang: Lang): string[] {
  const words = messages(lang).ui.template;
  const lines: string[] = [];
  for (const klass of catalogue.classes) {
    for (const item of klass.items) {
      lines.push('', `  # ━━ ${commentText(klass.title[lang])} › ${commentText(item.title[lang])} ━━`);
      for (const [index, indicator] of item.indicators.entries()) {
        // A blank line keeps each comment block attached to its own key when the file is edited.
        if (index > 0) lines.push('');
        const flags = [
          ...(indicator.clauses ? [messages(lang).ui.clauseReference(indicator.clauses.join(', '))] : []),
          words.points(indicator.points),
          ...(indicator.sampled ? [words.sampled] : []),
          ...(indicator.naAllowed ? [words.naAllowed] : []),
        ];
        lines.push(`  # ${commentText(indicator.title[lang])}${words.flags(flags)}`);
        for (const line of wrap(commentText(words.criteria + criteriaText(indicator.criteria, indicator.wording, lang)), words.commentWidth)) lines.push(`  #   ${line}`);
        if (indicator.naAllowed && indicator.naWhen) for (const line of wrap(commentText(words.naWhen + indicator.naWhen[lang]), words.commentWidth)) lines.push(`  #   ${line}`);
        if (indicator.counts) lines.push(`  #   ${words.counts}`);
        lines.push(`  ${oneLineYaml(indicator.id)}:`);
      }
    }
  }
  return lines.slice(1);
}

const NO_LINE_START = '，。、；：？！）》」』”’…%';

/** Breaks a long text into comment lines: at spaces for English, anywhere for Chinese. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  if (/\s/.test(text) && !/[\u4e00-\u9fff]/.test(text)) {
    let line = '';
    for (const word of text.split(/\s+/)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines;
  }
  // Chinese breaks anywhere, except that a line may not start with closing punctuation.
  let line = '';
  for (const character of text) {
    if (Array.from(line).length >= width && !NO_LINE_START.includes(character)) {
      lines.push(line);
      line = '';
    }
    line += character;
  }
  if (line) lines.push(line);
  return lines;
}

/** A file name inside a comment: a line break in it would end the comment and start YAML. */
function commentText(value: string): string {
  return value.replace(/[\r\n\u0085\u2028\u2029]/g, ' ');
}

/**
 * The JSON Schema link editors read: the built-in catalogue's own schema (ids and values to
 * complete), as published with this version of the package. A path into the install folder would
 * break when the file moves, when it is committed and opened elsewhere, and under npx (whose cache
 * is cleaned); the published address of the same version stays valid wherever the file goes.
 */
export function schemaLink(name: string): string {
  return `https://unpkg.com/gbt27922@${packageVersion()}/indicators/schema/${name}`;
}
