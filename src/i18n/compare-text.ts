import { safeMessages } from './safe-text.js';
import type { Lang } from '../model/bilingual-text.js';

/** The words of `diff` and `score --baseline`. */
export interface CompareText {
  title: string;
  before: string;
  after: string;
  score: string;
  level: string;
  none: string;
  failed: string;
  changedTitle: (count: number) => string;
  noChanges: string;
  columns: { indicator: string; before: string; after: string; points: string };
  absent: string;
  gapsClosed: string;
  gapsOpened: string;
  documentsNowReady: string;
  documentsNoLongerReady: string;
  catalogueChanged: string;
  regressionsTitle: string;
  noRegressions: string;
  regression: {
    'score-down': (before: string, after: string) => string;
    'level-down': (before: string, after: string) => string;
    'indicator-no-longer-met': (indicator: string) => string;
  };
  baselineFailed: (file: string, baseline: string) => string;
}

const zh: CompareText = {
  title: 'GB/T 27922 自评前后对比',
  before: '之前',
  after: '之后',
  score: '预计得分',
  level: '预计等级',
  none: '未达到达标级',
  failed: '不合格',
  changedTitle: (count) => `有变化的指标（${count} 项）`,
  noChanges: '各项指标没有变化。',
  columns: { indicator: '指标', before: '之前', after: '之后', points: '得分变化' },
  absent: '（不在指标体系中）',
  gapsClosed: '已补齐的差距',
  gapsOpened: '新出现的差距',
  documentsNowReady: '新备齐的申请材料',
  documentsNoLongerReady: '不再齐备的申请材料',
  catalogueChanged: '注意：两份自评使用的指标体系不同，分数的可比性有限。',
  regressionsTitle: '退步',
  noRegressions: '没有退步。',
  regression: {
    'score-down': (before, after) => `预计得分下降：${before} → ${after}`,
    'level-down': (before, after) => `预计等级下降：${before} → ${after}`,
    'indicator-no-longer-met': (indicator) => `原先符合的指标不再符合：${indicator}`,
  },
  baselineFailed: (file, baseline) => `${file} 相比基线 ${baseline} 有退步`,
};

const en: CompareText = {
  title: 'GB/T 27922 self-assessment: before and after',
  before: 'Before',
  after: 'After',
  score: 'Projected score',
  level: 'Projected level',
  none: 'below Compliant',
  failed: 'FAIL',
  changedTitle: (count) => `Indicators that changed (${count})`,
  noChanges: 'No indicator changed.',
  columns: { indicator: 'Indicator', before: 'Before', after: 'After', points: 'Points' },
  absent: '(not in the catalogue)',
  gapsClosed: 'Gaps closed',
  gapsOpened: 'Gaps opened',
  documentsNowReady: 'Documents now ready',
  documentsNoLongerReady: 'Documents no longer ready',
  catalogueChanged: 'Note: the two assessments use different catalogues; their scores compare only so far.',
  regressionsTitle: 'Regressions',
  noRegressions: 'No regressions.',
  regression: {
    'score-down': (before, after) => `projected score went down: ${before} → ${after}`,
    'level-down': (before, after) => `projected level went down: ${before} → ${after}`,
    'indicator-no-longer-met': (indicator) => `an indicator that was met no longer is: ${indicator}`,
  },
  baselineFailed: (file, baseline) => `${file} went backwards against the baseline ${baseline}`,
};

/** The words of one language; values put into them are shown safely (see safe-text.ts). */
export function compareText(lang: Lang): CompareText {
  return safeMessages(lang === 'en' ? en : zh);
}
