import type { Lang } from '../model/bilingual-text.js';
import { Rational } from '../model/rational.js';
import type { LevelInfo, Result } from '../model/result.js';

/**
 * How figures are written, shared by every renderer so the terminal, JSON-free text, Markdown, JUnit
 * and PDF agree to the character. One rule for every figure: one decimal place, always shown
 * (9.0, 13.1, +1.0, 94.7), percentages whole. Only the direction of rounding depends on the figure:
 * scores are cut (94.96 reads 94.9, never a five-star-looking 95.0), points still needed are
 * rounded up (closing that much is enough), other points and gains to the nearest.
 */
export function formatScore(score: Rational): string {
  return score.toFixedDown(1);
}

/** Score still missing to a level: rounded up, so closing exactly that much is enough. */
export function formatPointsNeeded(points: Rational): string {
  return points.toFixedUp(1);
}

/** Points earned, possible or lost: 3.0, 2.5, 1.2. */
export function formatPoints(points: Rational): string {
  return points.toFixedRounded(1);
}

export function formatGain(gain: Rational): string {
  return `+${gain.toFixedRounded(1)}`;
}

/** Rounded to a whole percent, except that only a full score shows 100% and only nothing shows 0%. */
export function formatPercent(percent: Rational | null, notApplicable: string): string {
  if (percent === null) return notApplicable;
  const rounded = Number(percent.toFixedRounded(0));
  const shown = rounded === 100 && percent.compare(Rational.int(100)) < 0 ? 99 : rounded === 0 && !percent.isZero() ? 1 : rounded;
  return `${shown}%`;
}

export function levelById(result: Result, id: string | null): LevelInfo | undefined {
  return id === null ? undefined : result.levels.find((level) => level.id === id);
}

/** "★★★★ 四星级"; a level without stars is its name alone. */
export function levelLabel(level: LevelInfo, lang: Lang): string {
  return level.stars > 0 ? `${'★'.repeat(level.stars)} ${level.name[lang]}` : level.name[lang];
}
