import { messages } from '../i18n/messages.js';
import { punctuation } from '../i18n/punctuation.js';
import type { BilingualText, Lang } from '../model/bilingual-text.js';
import type { IndicatorResult, Result } from '../model/result.js';

/** "配送安装 › 安装调试": the item and indicator titles, as a person finds them in the catalogue. */
export function indicatorLabel(result: Result, id: string, lang: Lang): string {
  const { indicators, items } = indexOf(result);
  const indicator = indicators.get(id);
  if (!indicator) return id;
  const item = items.get(indicator.itemId);
  return item ? `${item.title[lang]} › ${indicator.title[lang]}` : indicator.title[lang];
}

type Index = { indicators: Map<string, Result['indicators'][number]>; items: Map<string, Result['classes'][number]['items'][number]> };
const indexes = new WeakMap<Result, Index>();

/** Looked up by id once per result, so labelling every gap stays linear in a catalogue of any size. */
function indexOf(result: Result): Index {
  let index = indexes.get(result);
  if (!index) {
    index = {
      indicators: new Map(result.indicators.map((indicator) => [indicator.id, indicator])),
      items: new Map(result.classes.flatMap((klass) => klass.items).map((item) => [item.id, item])),
    };
    indexes.set(result, index);
  }
  return index;
}

export function documentTitle(result: Result, id: string, lang: Lang): string {
  return result.documents.entries.find((entry) => entry.id === id)?.title[lang] ?? id;
}

export function eligibilityTitle(result: Result, id: string, lang: Lang): string {
  return result.eligibility.entries.find((entry) => entry.id === id)?.title[lang] ?? id;
}

/** Criteria as every renderer shows them: the text, then whether it is the standard's requirement or our summary. */
export function criteriaText(criteria: BilingualText, wording: 'standard' | 'summary' | null | undefined, lang: Lang): string {
  return wording ? `${criteria[lang]} ${messages(lang).ui.wording[wording]}` : criteria[lang];
}

/** "GB/T 27922 条款 5.1.2.2" for an indicator that names its clauses; empty otherwise. */
export function clauseText(clauses: readonly string[], lang: Lang): string {
  return clauses.length > 0 ? messages(lang).ui.clauseReference(clauses.join(', ')) : '';
}

/** The state of an indicator with what qualifies it: k/n samples, or the two counts of a counted one. */
export function stateText(indicator: IndicatorResult | undefined, state: IndicatorResult['state'], lang: Lang): string {
  const ui = messages(lang).ui;
  if (indicator?.counts) return `${ui.state[state]}${ui.colon}${ui.counts(indicator.counts)}`;
  if (state === 'partially_met' && indicator?.samples) return `${ui.state[state]} ${indicator.samples.conforming}/${indicator.samples.total}`;
  return ui.state[state];
}

/** The coverage line every result carries: the requirements of the standard the catalogue leaves unchecked. */
export function coverageText(result: Result, lang: Lang): string {
  const ui = messages(lang).ui;
  const { coverage } = result;
  if (!coverage.known) return ui.coverage.unknown;
  if (coverage.unchecked.length === 0) return ui.coverage.complete(coverage.checked.length);
  const list = coverage.unchecked.map((clause) => `${clause.id} ${clause.title[lang]}`);
  return ui.coverage.unchecked(coverage.unchecked.length, punctuation(lang).clauses(list));
}
