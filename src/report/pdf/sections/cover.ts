import { describeFailReasons } from '../../describe-result.js';
import { formatScore, levelById } from '../../format.js';
import { COLOURS, CONTENT_WIDTH, PAGE } from '../pdf-writer.js';
import type { ReportContext } from '../report-context.js';
import { portfolioText } from '../../../i18n/portfolio-text.js';

/** The first page: who, against what, when, and the projected level in stars and words. */
export function drawCover({ w, result, lang, text, ui, toolVersion, branding }: ReportContext): void {
  const { doc } = w;
  // A title that wraps (the English one does) pushes the subtitle down instead of running into it;
  // the band grows below its usual height when it must.
  const titleWidth = CONTENT_WIDTH - (branding.logo ? 160 : 0);
  doc.rect(0, 0, PAGE.width, 210).fill(COLOURS.band);
  w.text(text.standard, { x: PAGE.left, y: 60, size: 11, color: '#c9d6ea' });
  const titleBottom = w.text(text.documentTitle, { x: PAGE.left, y: 84, width: titleWidth, size: 24, bold: true, color: '#ffffff' });
  const subtitleY = Math.max(128, titleBottom + 8);
  const shift = Math.max(0, subtitleY + 50 - 210);
  if (shift > 0) doc.rect(0, 210, PAGE.width, shift).fill(COLOURS.band);
  w.text(text.coverSubtitle, { x: PAGE.left, y: subtitleY, width: titleWidth, size: 12, color: '#c9d6ea' });
  if (branding.logo) {
    // On a white card in the band's corner, so a dark logo stays visible.
    doc.roundedRect(PAGE.right - 150, 36, 150, 74, 6).fill('#ffffff');
    doc.image(branding.logo.data, PAGE.right - 140, 44, { fit: [130, 58], align: 'center', valign: 'center' });
  }

  w.text(result.company.name, { x: PAGE.left, y: 250 + shift, size: 22, bold: true, color: COLOURS.ink });
  const rows: Array<[string, string]> = [
    [text.companyType, ui.companyType[result.catalogue.companyType]],
    [text.catalogue, `${result.catalogue.title[lang]} · ${result.catalogue.id} v${result.catalogue.version}`],
    [text.assessedOn, result.assessedOn ?? text.notDated],
    ...(branding.preparedBy ? [[portfolioText(lang).preparedBy, branding.preparedBy] as [string, string]] : []),
  ];
  let y = w.y + 18;
  for (const [label, value] of rows) {
    w.text(label, { x: PAGE.left, y, width: 90, size: 10, color: COLOURS.muted });
    y = w.text(value, { x: PAGE.left + 95, y, width: CONTENT_WIDTH - 95, size: 10 }) + 6;
  }

  const level = levelById(result, result.level);
  const boxY = Math.max(y + 30, 420);
  const reasons = describeFailReasons(result, lang).map((reason) => `× ${reason}`);
  const notes = [...reasons, ...(result.firstCertificationNote ? [ui.firstCertification] : [])];
  const notesHeight = notes.reduce((sum, note) => sum + w.heightOf(note, { width: CONTENT_WIDTH - 48, size: 9 }), 0);
  const boxHeight = Math.max(170, 124 + notesHeight + 16);
  doc.roundedRect(PAGE.left, boxY, CONTENT_WIDTH, boxHeight, 6).lineWidth(1).strokeColor(COLOURS.faint).stroke();
  w.text(text.projectedLevel, { x: PAGE.left + 24, y: boxY + 20, size: 10, color: COLOURS.muted });
  if (level && level.stars > 0) w.text('★'.repeat(level.stars), { x: PAGE.left + 24, y: boxY + 40, size: 30, color: result.failed ? COLOURS.faint : COLOURS.gold });
  const levelWords = result.failed ? `${ui.failed}${ui.paren(level ? level.name[lang] : ui.noLevel)}` : (level?.name[lang] ?? ui.noLevel);
  w.text(levelWords, { x: PAGE.left + 24, y: boxY + (level && level.stars > 0 ? 84 : 48), size: 20, bold: true, color: result.failed || !level ? COLOURS.bad : COLOURS.band });
  w.text(text.score, { x: PAGE.left + 330, y: boxY + 20, width: 140, size: 10, color: COLOURS.muted, align: 'right' });
  w.text(formatScore(result.score), { x: PAGE.left + 310, y: boxY + 40, width: 160, size: 40, bold: true, color: COLOURS.band, align: 'right' });
  w.text('/ 100', { x: PAGE.left + 310, y: boxY + 96, width: 160, size: 10, color: COLOURS.muted, align: 'right' });
  let noteY = boxY + 124;
  for (const reason of reasons) noteY = w.text(reason, { x: PAGE.left + 24, y: noteY, width: CONTENT_WIDTH - 48, size: 9, color: COLOURS.bad });
  if (result.firstCertificationNote) w.text(ui.firstCertification, { x: PAGE.left + 24, y: noteY, width: CONTENT_WIDTH - 48, size: 9, color: COLOURS.muted });
  const items = [
    ...(result.specialDeductions.length > 0 ? [`${text.specialDeductions}${ui.colon}−${result.specialDeductions.length}`] : []),
    ...(result.specialBonus ? [`${text.specialBonus}${ui.colon}+1${ui.paren(result.specialBonus)}`] : []),
  ];
  let itemY = boxY + boxHeight + 10;
  for (const item of items) itemY = w.text(item, { x: PAGE.left, y: itemY, size: 9, color: COLOURS.muted }) + 2;

  let footY = 690;
  if (result.catalogue.pointsAreDefaults) footY = w.text(text.defaultsNote, { x: PAGE.left, y: footY, size: 8, color: COLOURS.muted }) + 4;
  w.text(text.selfAssessmentNote(toolVersion), { x: PAGE.left, y: footY, size: 8, color: COLOURS.muted });
}
