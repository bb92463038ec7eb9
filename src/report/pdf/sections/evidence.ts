import { evidenceText } from '../../../i18n/evidence-text.js';
import type { EvidenceState } from '../../../model/evidence.js';
import { EVIDENCE_CODES, evidenceProblems, evidenceSummary, evidenceUseLabel } from '../../describe-evidence.js';
import { drawTable } from '../pdf-table.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

/** Past this many files only the ones to act on are listed; the rest are counted in the summary. */
const LIST_ALL_UP_TO = 40;

/** The evidence files the answers name: missing or changed since recorded first, each with its code. */
export function drawEvidence({ w, result, lang, ui }: ReportContext): void {
  const status = result.evidence;
  if (!status || status.files.length === 0) return;
  const words = evidenceText(lang);
  w.heading(words.title);
  const problems = evidenceProblems(status);
  w.text(evidenceSummary(status, lang), { x: PAGE.left, width: CONTENT_WIDTH, size: 9, bold: problems.length > 0, color: problems.length > 0 ? COLOURS.bad : COLOURS.ink });
  if (status.counts.unrecorded > 0) w.text(words.recordHint(result.file), { x: PAGE.left, width: CONTENT_WIDTH, size: 7.5, color: COLOURS.muted });
  w.y += 4;
  const listed = status.files.length <= LIST_ALL_UP_TO ? [...problems, ...status.files.filter((file) => !problems.includes(file))] : problems;
  if (listed.length === 0) return;
  const colour: Record<EvidenceState, (typeof COLOURS)[keyof typeof COLOURS]> = {
    ok: COLOURS.good,
    unrecorded: COLOURS.muted,
    link: COLOURS.muted,
    changed: COLOURS.bad,
    missing: COLOURS.bad,
    outside: COLOURS.bad,
    unreadable: COLOURS.bad,
  };
  drawTable(
    w,
    [
      { title: words.columns.state, width: 112 },
      { title: words.columns.path, width: 158 },
      { title: words.columns.evidences, width: 150 },
      { title: words.columns.sha256, width: 75 },
    ],
    listed.map((file) => [
      { text: `${words.state[file.state]}${EVIDENCE_CODES[file.state] ? `\n${EVIDENCE_CODES[file.state]}` : ''}`, color: colour[file.state], bold: colour[file.state] === COLOURS.bad },
      `${file.path}${file.folder ? words.folderMark : ''}`,
      ui.list(file.uses.map((use) => evidenceUseLabel(result, use, lang))),
      file.sha256 ? `${file.sha256.slice(0, 12)}${file.recorded?.recorded ? `\n${file.recorded.recorded}` : ''}` : '',
    ]),
  );
}
