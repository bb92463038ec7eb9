import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';

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
