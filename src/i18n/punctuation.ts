import type { Lang } from '../model/bilingual-text.js';

/** The marks between words, and counting: how each language joins, labels and counts things. */
export interface Punctuation {
  /** After a label: "：" in Chinese, ": " in English. */
  colon: string;
  /** Wraps a parenthetical: full-width in Chinese, after a space in English. */
  paren: (text: string) => string;
  /** A list of names (documents, conditions, files). English uses "; " because names may hold commas. */
  list: (items: readonly string[]) => string;
  /** A list of clauses, each a phrase of its own (special deductions). */
  clauses: (items: readonly string[]) => string;
  /** The form of a noun for a count (English: one file, 2 files); Chinese nouns do not change. */
  plural: (count: number, forms: { one: string; other: string }) => string;
}

const englishPlural = new Intl.PluralRules('en');

export const zhPunctuation: Punctuation = {
  colon: '：',
  paren: (text) => `（${text}）`,
  list: (items) => items.join('、'),
  clauses: (items) => items.join('；'),
  plural: (_count, forms) => forms.other,
};

export const enPunctuation: Punctuation = {
  colon: ': ',
  paren: (text) => ` (${text})`,
  list: (items) => items.join('; '),
  clauses: (items) => items.join('; '),
  plural: (count, forms) => (englishPlural.select(count) === 'one' ? forms.one : forms.other),
};

/** For code that needs only these marks, without loading a whole message table. */
export function punctuation(lang: Lang): Punctuation {
  return lang === 'en' ? enPunctuation : zhPunctuation;
}
