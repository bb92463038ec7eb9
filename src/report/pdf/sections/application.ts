import { drawTable } from '../pdf-table.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';

/** The application package: documents with status and notes, then the eligibility conditions. */
export function drawApplication({ w, result, lang, text, ui }: ReportContext): void {
  w.newPage();
  w.heading(text.documentsTitle);
  if (result.profile) {
    const { profile } = result;
    w.text(ui.profileLine(profile.title[lang], profile.example, profile.reference), {
      x: PAGE.left,
      width: CONTENT_WIDTH,
      size: 9,
      bold: profile.example,
      color: profile.example ? COLOURS.warn : COLOURS.ink,
    });
    w.text(`${profile.source[lang]}${profile.urls.length ? ` (${profile.urls.join(', ')})` : ''}`, { x: PAGE.left, width: CONTENT_WIDTH, size: 7.5, color: COLOURS.muted });
    w.y += 6;
  }
  const statusColour = { ready: COLOURS.good, na: COLOURS.muted, missing: COLOURS.bad, unanswered: COLOURS.warn } as const;
  drawTable(
    w,
    [
      { title: text.columns.document, width: 250 },
      { title: text.columns.status, width: 70 },
      { title: text.columns.note, width: 175 },
    ],
    result.documents.entries.map((entry) => [
      entry.title[lang],
      { text: text.docStatus[entry.status], color: statusColour[entry.status] },
      [entry.note, entry.files.join(', ')].filter(Boolean).join('\n'),
    ]),
  );
  w.heading(text.eligibilityTitle);
  const conditionColour = { yes: COLOURS.good, no: COLOURS.bad, unanswered: COLOURS.warn } as const;
  drawTable(
    w,
    [
      { title: text.columns.condition, width: 395 },
      { title: text.columns.status, width: 100 },
    ],
    result.eligibility.entries.map((entry) => [entry.title[lang], { text: text.eligibilityStatus[entry.status], color: conditionColour[entry.status], bold: entry.status === 'no' }]),
  );
}
