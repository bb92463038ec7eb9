import { Chalk } from 'chalk';
import { BUILT_IN_CATALOGUES, builtInCataloguePath, loadCatalogue, resolveCatalogueReference } from '../../catalogue/load-catalogue.js';
import type { Catalogue, IndicatorData } from '../../model/catalogue.js';
import { UserError } from '../../model/diagnostic.js';
import { safeData } from '../../i18n/safe-text.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../model/bilingual-text.js';
import { ExitCode } from '../exit-codes.js';
import type { Output } from '../output.js';

export interface IndicatorsOptions {
  type?: 'producer' | 'seller';
  catalogue?: string;
  format: 'terminal' | 'markdown';
  lang: Lang;
  colorLevel: 0 | 1 | 2 | 3;
  output: Output;
}

/** The catalogue to read: every indicator with its points, what the auditor checks and the records to show. */
export async function runIndicators(options: IndicatorsOptions): Promise<number> {
  const files = options.catalogue ? [resolveCatalogueReference(options.catalogue, process.cwd())] : (options.type ? [options.type] : BUILT_IN_CATALOGUES).map((name) => builtInCataloguePath(name));
  for (const file of files) {
    const loaded = await loadCatalogue(file);
    if (!loaded.ok) throw new UserError(loaded.diagnostics);
    const catalogue = safeData(loaded.value); // titles and criteria from a catalogue file shown safely
    options.output.stdout(options.format === 'markdown' ? markdown(catalogue, options.lang) : terminal(catalogue, options.lang, options.colorLevel));
  }
  return ExitCode.ok;
}

function flags(indicator: IndicatorData, lang: Lang): string {
  const words = messages(lang).ui.template;
  return words.flags([words.points(indicator.points), ...(indicator.sampled ? [words.sampled] : []), ...(indicator.naAllowed ? [words.naAllowed] : [])]);
}

function terminal(catalogue: Catalogue, lang: Lang, colorLevel: 0 | 1 | 2 | 3): string {
  const c = new Chalk({ level: colorLevel });
  const ui = messages(lang).ui;
  const out = [c.bold(`${catalogue.title[lang]} · ${catalogue.id} v${catalogue.version}`)];
  if (catalogue.pointsAreDefaults) out.push(c.dim(`* ${ui.pointsAreDefaults}`));
  for (const klass of catalogue.classes) {
    out.push('', c.bold.underline(`${klass.title[lang]}${ui.paren(ui.template.points(klass.points))}`));
    for (const item of klass.items) {
      out.push('', c.bold(`  ${item.title[lang]}`));
      for (const indicator of item.indicators) {
        out.push(`    ${c.cyan(indicator.title[lang])}${flags(indicator, lang)}  ${c.dim(indicator.id)}`);
        out.push(`      ${indicator.criteria[lang]}`);
        for (const record of indicator.evidence) out.push(c.dim(`      · ${record[lang]}`));
      }
    }
  }
  return out.join('\n') + '\n\n';
}

function markdown(catalogue: Catalogue, lang: Lang): string {
  const ui = messages(lang).ui;
  const out = [`# ${catalogue.title[lang]}`, '', `\`${catalogue.id}\` v${catalogue.version}`, ''];
  if (catalogue.pointsAreDefaults) out.push(`> ${ui.pointsAreDefaults}`, '');
  for (const klass of catalogue.classes) {
    out.push(`## ${klass.title[lang]}${ui.paren(ui.template.points(klass.points))}`, '');
    for (const item of klass.items) {
      out.push(`### ${item.title[lang]}`, '');
      for (const indicator of item.indicators) {
        out.push(`#### ${indicator.title[lang]}${flags(indicator, lang)} \`${indicator.id}\``, '', indicator.criteria[lang], '');
        out.push(...indicator.evidence.map((record) => `- ${record[lang]}`), '', `**${ui.improveLabel}**${ui.colon}${indicator.improve[lang]}`, '');
      }
    }
  }
  return out.join('\n');
}
