import type { Lang } from '../model/bilingual-text.js';
import type { IndicatorState } from '../model/result.js';

/**
 * An indicator's state in words: shown by every output (messages.ts, ui.state) and read back as an
 * answer in either language (answer-words.ts), which needs only these words of the two tables.
 */
export const STATE_WORDS: Record<Lang, Record<IndicatorState, string>> = {
  zh: { met: '符合', partially_met: '部分符合', not_met: '不符合', not_applicable: '不适用', unanswered: '未作答' },
  en: { met: 'met', partially_met: 'partly met', not_met: 'not met', not_applicable: 'not applicable', unanswered: 'unanswered' },
};
