import type { LoadedAssessment } from '../../model/assessment.js';
import { error, UserError } from '../../model/diagnostic.js';
import type { Result } from '../../model/result.js';
import { scoreAssessment } from '../../scoring/score-assessment.js';

/**
 * Scores as `score` does for the commands that take one file (report, diff, plan): `--target`
 * replaces the file's target, and must be a level of the file's catalogue.
 */
export function scoreWithTarget(loaded: LoadedAssessment, options: { target?: string | undefined; today?: string | undefined }, command: 'report' | 'diff' | 'plan'): Result {
  const levels = loaded.catalogue.levels.map((level) => level.id);
  if (options.target !== undefined && !levels.includes(options.target)) {
    throw new UserError([error('LEVEL_NOT_IN_CATALOGUE', { option: '--target', level: options.target, levels: levels.join(', '), command: `gbt27922 ${command}` }, { file: loaded.assessment.file })]);
  }
  return scoreAssessment(loaded, {
    ...(options.target !== undefined ? { target: options.target } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
  });
}
