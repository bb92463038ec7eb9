import { documentTitle } from '../../describe-gap.js';
import { describeFailReasons } from '../../describe-result.js';
import { formatPercent, formatPoints, formatPointsNeeded, formatScore } from '../../format.js';
import { drawBars, drawRadar, drawScoreScale } from '../pdf-charts.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

/** The page a general manager reads: three numbers, where the score stands, and what blocks it. */
export function drawSummary(context: ReportContext): void {
  const { w, result, lang, text, ui } = context;
  w.newPage();
  w.heading(text.summaryTitle);
  drawKeyNumbers(context);

  w.heading(text.scaleTitle, 2);
  drawScoreScale(w, result.score, result.levels, (level) => level.name[lang]);

  const items = result.classes.flatMap((klass) => klass.items);
  const top = w.y + 6;
  w.text(text.radarTitle, { x: PAGE.left, y: top, size: 11.5, bold: true, color: COLOURS.band });
  if (items.length >= 3) {
    drawRadar(
      w,
      items.map((item) => ({ label: item.title[lang], percent: item.percent?.toNumber() ?? null, percentText: formatPercent(item.percent, ui.notApplicable) })),
      PAGE.left + CONTENT_WIDTH / 2,
      top + 130,
      90,
    );
    w.y = top + 260;
  } else {
    w.y = top + 20;
  }

  w.heading(text.classesTitle, 2);
  drawBars(
    w,
    result.classes.map((klass) => ({
      label: klass.title[lang],
      percent: klass.percent?.toNumber() ?? null,
      detail: klass.percent === null ? ui.notApplicable : `${formatPercent(klass.percent, ui.notApplicable)}  ${formatPoints(klass.earnedPoints)} / ${formatPoints(klass.applicablePoints)}`,
    })),
  );

  w.y += 6;
  const blockers = blockerLines(context);
  // Never a heading alone at the foot of a page: the first blocker comes with it.
  w.heading(text.blockersTitle, 2, blockers[0] === undefined ? 0 : w.heightOf(`× ${blockers[0]}`) + 4);
  if (blockers.length === 0) w.text(text.noBlockers, { color: COLOURS.good });
  for (const line of blockers) {
    w.ensureSpace(w.heightOf(`× ${line}`) + 4);
    w.text(`× ${line}`, { color: COLOURS.bad });
    w.y += 3;
  }
}

function drawKeyNumbers({ w, result, lang, text }: ReportContext): void {
  const path = result.pathToNextLevel;
  const target = path ? result.levels.find((level) => level.id === path.target) : undefined;
  const boxes: Array<[string, string]> = [
    [text.keyScore, formatScore(result.score)],
    !path || !target
      ? [text.keyTopLevel, '—']
      : path.pointsNeeded.isZero()
        ? [text.keyPointsEnough(target.name[lang]), '✓']
        : [text.keyPointsNeeded(target.name[lang]), formatPointsNeeded(path.pointsNeeded)],
    path ? [result.failed ? text.keyGapsCertify : text.keyGaps, String(path.gaps.length)] : [text.keyGapsAll, String(result.gaps.length)],
  ];
  const gap = 12;
  const width = (CONTENT_WIDTH - 2 * gap) / 3;
  const y = w.y;
  boxes.forEach(([label, value], index) => {
    const x = PAGE.left + index * (width + gap);
    w.doc.roundedRect(x, y, width, 70, 5).fill(COLOURS.zebra);
    w.text(value, { x, y: y + 10, width, size: 24, bold: true, color: COLOURS.band, align: 'center' });
    w.text(label, { x: x + 6, y: y + 46, width: width - 12, size: 8.5, color: COLOURS.muted, align: 'center' });
  });
  w.y = y + 84;
}

/** What stands between the company and a certificate: the fail reasons (in the words every output uses), then what is incomplete. */
function blockerLines({ result, lang, text, ui }: ReportContext): string[] {
  const lines = describeFailReasons(result, lang);
  const notReady = [...result.documents.missing, ...result.documents.unanswered];
  if (notReady.length > 0) lines.push(text.blockerDocuments(ui.list(notReady.map((id) => documentTitle(result, id, lang)))));
  if (result.unanswered.length > 0) lines.push(text.blockerUnanswered(result.unanswered.length));
  return lines;
}
