import { loadAssessment } from '../../assessment/load-assessment.js';
import { checkEvidence } from '../../evidence/check-evidence.js';
import { evidenceDiagnostics } from '../../evidence/evidence-diagnostics.js';
import { recordEvidence } from '../../evidence/record-evidence.js';
import { writeBinder } from '../../evidence/write-binder.js';
import { evidenceText } from '../../i18n/evidence-text.js';
import type { Lang } from '../../model/bilingual-text.js';
import { hasErrors, UserError } from '../../model/diagnostic.js';
import { jsonText } from '../../report/formats/json.js';
import { evidenceJson, renderEvidenceMarkdown, renderEvidenceTerminal } from '../../report/render-evidence.js';
import { scoreAssessment } from '../../scoring/score-assessment.js';
import { ExitCode } from '../exit-codes.js';
import type { ColorLevel, Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';

export interface EvidenceOptions {
  record?: boolean;
  binder?: string;
  force?: boolean;
  strict?: boolean;
  format: 'terminal' | 'json' | 'markdown';
  catalogue?: string;
  today: string;
  lang: Lang;
  colorLevel: ColorLevel;
  errorColorLevel: ColorLevel;
  output: Output;
  width?: number;
}

/**
 * Checks the evidence files an assessment names; with --record writes their sha256 and dates into
 * it, with --binder assembles them for the auditor. Missing or changed evidence is a warning
 * (exit 0) unless --strict.
 */
export async function runEvidence(file: string, options: EvidenceOptions): Promise<number> {
  const loaded = await loadAssessment(file, options.catalogue ? { catalogueOverride: options.catalogue } : {});
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
  const { assessment } = loaded.value;
  const status = await checkEvidence(assessment);
  const words = evidenceText(options.lang);
  const notes: string[] = [];
  if (options.record) {
    const count = await recordEvidence(file, status, options.today);
    notes.push(count > 0 ? words.recorded(count, file) : words.nothingToRecord(file));
    // What was just recorded is now as recorded.
    for (const evidence of status.files) {
      if (evidence.sha256 === null || evidence.state === 'ok') continue;
      status.counts[evidence.state]--;
      status.counts.ok++;
      evidence.recorded = { sha256: evidence.sha256, ...(evidence.modified ? { modified: evidence.modified } : {}), recorded: options.today };
      evidence.state = 'ok';
    }
  }
  const diagnostics = [...loaded.diagnostics, ...(await evidenceDiagnostics(file, assessment.evidence, status, options.strict))];
  printDiagnostics(diagnostics, options.lang, options.output, options.errorColorLevel);
  const result = scoreAssessment(loaded.value, { today: options.today });
  result.evidence = status;
  const view = { file, result, status };
  if (options.binder !== undefined) {
    const binder = await writeBinder(result, status, { assessmentFile: file, folder: options.binder, force: options.force ?? false, lang: options.lang, today: options.today });
    notes.push(words.binderWritten(options.binder, binder.copied, binder.missing));
  }
  const body =
    options.format === 'json'
      ? `${jsonText(evidenceJson(view), 2)}\n`
      : options.format === 'markdown'
        ? renderEvidenceMarkdown(view, options.lang)
        : renderEvidenceTerminal(view, { lang: options.lang, colorLevel: options.colorLevel, ...(options.width ? { width: options.width } : {}) });
  options.output.stdout(body);
  // What was done goes to standard error, so standard output stays the list a script reads.
  for (const note of notes) options.output.stderr(`${note}\n`);
  return hasErrors(diagnostics) ? ExitCode.invalidInput : ExitCode.ok;
}
