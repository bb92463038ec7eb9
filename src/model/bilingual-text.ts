/** A text in both languages the tool speaks; data files carry these, code picks one. */
export interface BilingualText {
  zh: string;
  en: string;
}

export type Lang = keyof BilingualText;
