import { clauseText, stateText } from '../../describe-gap.js';
import { formatPoints } from '../../format.js';
import { drawTable } from '../pdf-table.js';
import { COLOURS } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

/**
 * Every indicator with its points, answer and earned points; N/A rows carry their reasons, the
 * statement of applicability auditors ask for.
 */
export function drawIndicatorTable({ w, result, lang, text, ui }: ReportContext): void {
  w.newPage();
  w.heading(text.indicatorTableTitle);
  w.text(text.applicabilityNote, { size: 8.5, color: COLOURS.muted });
  w.y += 8;
  const rows = result.classes.flatMap((klass) =>
    klass.items.flatMap((item) =>
      item.indicators.map((id) => {
        const indicator = result.indicators.find((candidate) => candidate.id === id)!;
        const answer = indicator.counts
          ? stateText(indicator, indicator.state, lang)
          : indicator.state === 'partially_met' && indicator.samples
            ? `${ui.state.partially_met} ${indicator.samples.conforming}/${indicator.samples.total}`
            : indicator.samples && indicator.state !== 'not_applicable'
              ? `${ui.state[indicator.state]} ${indicator.samples.conforming}/${indicator.samples.total}`
              : ui.state[indicator.state];
        const colour = indicator.state === 'met' ? COLOURS.good : indicator.state === 'not_applicable' ? COLOURS.muted : indicator.state === 'partially_met' ? COLOURS.warn : COLOURS.bad;
        const note = [indicator.naReason, indicator.note, indicator.evidence.length ? indicator.evidence.join(', ') : null].filter(Boolean).join('\n');
        return [
          [`${item.title[lang]} › ${indicator.title[lang]}`, indicator.id, clauseText(indicator.clauses, lang)].filter(Boolean).join('\n'),
          formatPoints(indicator.points),
          { text: answer, color: colour },
          indicator.applicable ? formatPoints(indicator.earnedPoints) : '—',
          note,
        ];
      }),
    ),
  );
  drawTable(
    w,
    [
      { title: text.columns.indicator, width: 165 },
      { title: text.columns.points, width: 40, align: 'right' },
      { title: text.columns.answer, width: 75 },
      { title: text.columns.earned, width: 45, align: 'right' },
      { title: text.columns.note, width: 170 },
    ],
    rows,
  );
}
