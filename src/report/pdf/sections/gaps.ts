import { indicatorLabel } from '../../describe-gap.js';
import { describeGapPlan, describePath, describeTarget } from '../../describe-result.js';
import { planText } from '../../../i18n/plan-text.js';
import { formatGain } from '../../format.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

/** The path to the next level, then every gap with what the auditor checks and what to do. */
export function drawGaps({ w, result, lang, text, ui }: ReportContext): void {
  w.newPage();
  w.heading(text.pathTitle);
  const path = describePath(result, lang);
  w.text(path.title, { size: 10.5, bold: true, color: COLOURS.band });
  w.y += 3;
  for (const line of path.lines) {
    w.ensureSpace(w.heightOf(line) + 3);
    w.text(line);
    w.y += 2;
  }
  w.y += 12;
  const target = describeTarget(result, lang);
  if (target) {
    w.text(target.title, { size: 10.5, bold: true, color: COLOURS.band });
    w.y += 3;
    target.lines.forEach((line, index) => {
      w.ensureSpace(w.heightOf(line) + 3);
      // The first-certification rule is the last line when it applies: it must not be missed.
      const rule = index === target.lines.length - 1 && result.pathToTarget?.firstCertificationRule === true;
      w.text(line, rule ? { color: COLOURS.warn, bold: true } : {});
      w.y += 2;
    });
    w.y += 12;
  }

  w.heading(text.gapsTitle);
  if (result.gaps.length === 0) w.text(ui.noGaps, { color: COLOURS.good });
  result.gaps.forEach((gap, index) => {
    const title = gap.kind === 'indicator' ? `${index + 1}. ${indicatorLabel(result, gap.id, lang)}` : `${index + 1}. ${ui.deductionGap(gap.text)}`;
    const indicator = gap.kind === 'indicator' ? result.indicators.find((candidate) => candidate.id === gap.id) : undefined;
    const samples = indicator?.samples ? ` ${indicator.samples.conforming}/${indicator.samples.total}` : '';
    const state = gap.kind === 'indicator' ? `${ui.state[gap.state]}${samples} · ${gap.id}` : text.specialDeductions;
    const blocks: Array<[string, string]> =
      gap.kind === 'indicator'
        ? [
            [text.gapCriteria, gap.criteria[lang]],
            [text.gapEvidence, gap.evidence.map((record) => `· ${record[lang]}`).join('\n')],
            [text.gapImprove, gap.improve[lang]],
            ...planBlock(result, gap.id, lang),
          ]
        : [];
    const labelWidth = 78;
    const bodyWidth = CONTENT_WIDTH - labelWidth - 12;
    const height = 22 + blocks.reduce((sum, [, body]) => sum + w.heightOf(body, { width: bodyWidth, size: 8.5 }) + 5, 0);
    // Keep a gap on one page when it fits on one; a longer one starts with at least its heading.
    w.ensureSpace(Math.min(height, 120));
    const y = w.y;
    w.doc.rect(PAGE.left, y, CONTENT_WIDTH, 18).fill(COLOURS.zebra);
    w.text(title, { x: PAGE.left + 6, y: y + 4, width: CONTENT_WIDTH - 150, size: 10, bold: true });
    w.text(`${text.gain} ${formatGain(gap.gain)}`, { x: PAGE.right - 140, y: y + 4, width: 134, size: 10, bold: true, color: COLOURS.good, align: 'right' });
    w.y = y + 22;
    w.text(state, { x: PAGE.left + 6, size: 8, color: COLOURS.muted });
    w.y += 3;
    for (const [label, body] of blocks) {
      const blockHeight = w.heightOf(body, { width: bodyWidth, size: 8.5 });
      w.ensureSpace(blockHeight + 4);
      const top = w.y;
      w.text(label, { x: PAGE.left + 6, y: top, width: labelWidth, size: 8.5, bold: true, color: COLOURS.accent });
      w.text(body, { x: PAGE.left + labelWidth + 12, y: top, width: bodyWidth, size: 8.5 });
      w.y = Math.max(w.y, top + blockHeight) + 4;
    }
    w.y += 8;
  });
}

/** The company's own note and planned action for a gap, as one block; none when it has neither. */
function planBlock(result: ReportContext['result'], id: string, lang: ReportContext['lang']): Array<[string, string]> {
  const lines = describeGapPlan(result, id, lang);
  return lines.length > 0 ? [[planText(lang).gapPlanLabel, lines.join('\n')]] : [];
}
