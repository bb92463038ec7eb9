import { loadAssessment } from '../../assessment/load-assessment.js';
import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../model/bilingual-text.js';
import { error, UserError } from '../../model/diagnostic.js';
import { buildPlanView } from '../../plan/plan-view.js';
import { isDate, loadTimeline } from '../../plan/timeline.js';
import { renderPlanMarkdown, renderPlanTerminal } from '../../report/render-plan.js';
import { renderPlanIcs } from '../../report/render-plan-ics.js';
import { fileHead, outputTarget } from '../../source/output-target.js';
import { writeFailure, writeFileAtomic } from '../../source/write-file-atomic.js';
import { ExitCode } from '../exit-codes.js';
import type { ColorLevel, Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { scoreWithTarget } from './score-with-target.js';

export interface PlanOptions {
  format: 'terminal' | 'markdown' | 'json' | 'ics';
  by?: 'owner' | 'month';
  auditDate?: string;
  target?: string;
  catalogue?: string;
  /** A file to write instead of standard output. */
  output?: string;
  force?: boolean;
  today: string;
  lang: Lang;
  colorLevel: ColorLevel;
  errorColorLevel: ColorLevel;
  output_: Output;
}

/** The plan of one assessment, scored as `score` scores it, in the format asked for. */
export async function runPlan(file: string, options: PlanOptions): Promise<number> {
  if (options.auditDate !== undefined && !isDate(options.auditDate)) {
    throw new UserError([error('INVALID_DATE', { value: options.auditDate })]);
  }
  const loaded = await loadAssessment(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  printDiagnostics(loaded.diagnostics, options.lang, options.output_, options.errorColorLevel);
  const result = scoreWithTarget(loaded.value, options, 'plan');
  const view = buildPlanView(result, { today: options.today, auditDate: options.auditDate, by: options.by, timeline: await loadTimeline() });
  const text = (() => {
    switch (options.format) {
      case 'json':
        return JSON.stringify(view, null, 2) + '\n';
      case 'markdown':
        return renderPlanMarkdown(view, result, options.lang);
      case 'ics':
        return renderPlanIcs(view, result, options.lang);
      case 'terminal':
        return renderPlanTerminal(view, result, options.lang, options.output === undefined ? options.colorLevel : 0);
    }
  })();
  if (options.output === undefined) {
    options.output_.stdout(text);
    return ExitCode.ok;
  }
  // Last month's calendar export is replaced; anything else only with --force; the assessment never.
  const target = outputTarget(options.output, { input: file, isOurs: isCalendar, ...(options.force ? { force: true } : {}) });
  try {
    await writeFileAtomic(target, text);
  } catch (cause) {
    throw new UserError([writeFailure(cause, options.output)]);
  }
  options.output_.stdout(messages(options.lang).ui.written(options.output) + '\n');
  return ExitCode.ok;
}

function isCalendar(file: string): boolean {
  return fileHead(file, 15) === 'BEGIN:VCALENDAR';
}
