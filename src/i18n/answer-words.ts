import { STATE_WORDS } from './state-words.js';
import { ALL_SHEET_TEXTS } from './sheet-text.js';

/** What a written answer says, before it is checked against the indicator it answers. */
export type AnswerWord =
  | { kind: 'met' | 'unmet' | 'na' | 'samples' | 'counts' | 'unknown' }
  /** k of n samples conform, as the person wrote the two numbers (ASCII digits). */
  | { kind: 'ratio'; conforming: string; total: string };

type Kind = 'met' | 'unmet' | 'na' | 'samples' | 'counts';

/**
 * Every word a person may write for an answer, in a YAML file or a spreadsheet cell: the file's
 * own words (met, unmet), the words the tool itself shows (符合, 部分符合 6/10, not met) and the
 * spreadsheet's list (抽样, 人数), in both languages, and the ticks people type in a sheet.
 */
const WORDS: ReadonlyMap<string, Kind> = (() => {
  const words = new Map<string, Kind>();
  const add = (kind: Kind, ...labels: string[]) => {
    for (const label of labels) words.set(fold(label), kind);
  };
  for (const state of [STATE_WORDS.zh, STATE_WORDS.en]) {
    add('met', state.met);
    add('unmet', state.not_met);
    add('samples', state.partially_met);
    add('na', state.not_applicable);
  }
  for (const sheet of ALL_SHEET_TEXTS) for (const [kind, label] of Object.entries(sheet.answers)) add(kind as Kind, label);
  add('met', 'met', '√', '✓', '✔');
  add('unmet', 'unmet', '×', '✗', '✘');
  add('na', 'na', 'n/a', 'not applicable');
  add('samples', 'samples', 'sampled');
  return words;
})();

/** Full-width forms folded (７／１０ is 7/10), spaces collapsed, case ignored, quotes around dropped. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“‘「](.*)["'”’」]$/, '$1')
    .trim()
    .toLowerCase();
}

// An optional word, then k/n; the word ends before any digit, space or minus sign of the numbers.
const RATIO = /^(?:(\D*[^\d\s-])\s*)?(-?\d+(?:\.\d+)?)\s*\/\s*(-?\d+(?:\.\d+)?)$/;

/**
 * Reads one answer as written. A sample count may follow a word of its own (部分符合 7/10, 抽样 7/10),
 * never an answer that says something else (不符合 7/10 is not an answer).
 */
export function readAnswerWord(text: string): AnswerWord {
  // Nearly every answer in a file is already one of the words as we fold them (met, unmet):
  // folding is idempotent, so such a word is found as written, without normalising it.
  const word = WORDS.has(text) ? text : fold(text);
  const known = WORDS.get(word);
  if (known) return { kind: known };
  const ratio = RATIO.exec(word);
  if (ratio && (ratio[1] === undefined || WORDS.get(ratio[1]) === 'samples')) return { kind: 'ratio', conforming: ratio[2]!, total: ratio[3]! };
  return { kind: 'unknown' };
}
