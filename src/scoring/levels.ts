import type { LevelInfo } from '../model/result.js';
import { Rational } from '../model/rational.js';

/** The highest level whose threshold the score reaches (thresholds inclusive), or null. */
export function levelReached(score: Rational, levels: readonly LevelInfo[]): LevelInfo | null {
  let reached: LevelInfo | null = null;
  for (const level of levels) if (score.gte(Rational.fromDecimal(level.threshold))) reached = level;
  return reached;
}

/** The level after `current` (the lowest when there is none yet), or null at the top. */
export function nextLevel(current: string | null, levels: readonly LevelInfo[]): LevelInfo | null {
  if (current === null) return levels[0] ?? null;
  const index = levels.findIndex((level) => level.id === current);
  return levels[index + 1] ?? null;
}
