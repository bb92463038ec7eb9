import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';

/** "配送安装 › 安装调试": the item and indicator titles, as a person finds them in the catalogue. */
export function indicatorLabel(result: Result, id: string, lang: Lang): string {
  const indicator = result.indicators.find((candidate) => candidate.id === id);
  if (!indicator) return id;
  const item = result.classes.flatMap((klass) => klass.items).find((candidate) => candidate.id === indicator.itemId);
  return item ? `${item.title[lang]} › ${indicator.title[lang]}` : indicator.title[lang];
}

export function documentTitle(result: Result, id: string, lang: Lang): string {
  return result.documents.entries.find((entry) => entry.id === id)?.title[lang] ?? id;
}

export function eligibilityTitle(result: Result, id: string, lang: Lang): string {
  return result.eligibility.entries.find((entry) => entry.id === id)?.title[lang] ?? id;
}
