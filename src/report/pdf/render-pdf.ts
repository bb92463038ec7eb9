import PDFDocument from 'pdfkit';
import { warning, type Diagnostic } from '../../model/diagnostic.js';
import { messages } from '../../i18n/messages.js';
import { reportText } from '../../i18n/report-text.js';
import type { Lang } from '../../model/bilingual-text.js';
import type { Result } from '../../model/result.js';
import type { AuditEffortEstimate } from '../audit-effort.js';
import type { Branding } from '../branding.js';
import { portfolioText } from '../../i18n/portfolio-text.js';
import { COLOURS, PAGE, PdfWriter } from './pdf-writer.js';
import type { ReportContext } from './report-context.js';
import { cutLongText, MAX_REPORT_TEXT } from './long-text.js';
import { missingGlyphsWarning, resolveFonts } from './report-fonts.js';
import { drawApplication } from './sections/application.js';
import { drawEvidence } from './sections/evidence.js';
import { drawCover } from './sections/cover.js';
import { drawEffortAndSteps } from './sections/effort.js';
import { drawGaps } from './sections/gaps.js';
import { drawIndicatorTable } from './sections/indicators.js';
import { drawSummary } from './sections/summary.js';
import { drawPlan } from './sections/plan.js';
import { buildPlanView } from '../../plan/plan-view.js';
import type { TimelineData } from '../../plan/timeline.js';

export interface PdfOptions {
  lang: Lang;
  /** A TTF/OTF/TTC of the user's choice instead of the bundled font. */
  fontPath?: string;
  effort: AuditEffortEstimate | null;
  toolVersion: string;
  branding?: Branding;
  /** The certification steps, for the plan page's timeline. */
  timeline?: TimelineData;
}

/**
 * The readiness report, drawn from the same Result `score --format json` prints. Reproducible: the
 * creation date is the assessment date and the document id follows from it, so the same input and
 * options give the same bytes.
 */
export async function renderPdf(full: Result, options: PdfOptions): Promise<{ pdf: Buffer; diagnostics: Diagnostic[] }> {
  const { result, cut } = cutLongText(full);
  const fonts = resolveFonts(options.fontPath);
  const text = reportText(options.lang);
  const date = new Date(`${result.assessedOn ?? '2000-01-01'}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.left, right: PAGE.width - PAGE.right },
    bufferPages: true,
    // No default font: pdfkit would load Helvetica's metrics for nothing; every text names its font.
    font: null,
    pdfVersion: '1.7',
    lang: text.languageTag,
    displayTitle: true,
    info: {
      Title: `${text.documentTitle} · ${result.company.name}`,
      Subject: text.standard,
      Creator: `gbt27922 ${options.toolVersion}`,
      Producer: `gbt27922 ${options.toolVersion}`,
      CreationDate: date,
      ModDate: date,
    },
  } as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const w = new PdfWriter(doc, fonts);
  const context: ReportContext = { w, result, lang: options.lang, text, ui: messages(options.lang).ui, effort: options.effort, toolVersion: options.toolVersion, branding: options.branding ?? {} };
  drawCover(context);
  drawSummary(context);
  drawGaps(context);
  drawPlan(context, options.timeline ? buildPlanView(result, { today: result.planCheckedOn ?? result.assessedOn ?? '2000-01-01', timeline: options.timeline }) : null);
  drawIndicatorTable(context);
  drawApplication(context);
  drawEvidence(context);
  drawEffortAndSteps(context);
  drawRunningHeaderAndFooter(w, text.runningHeader(result.company.name), (page, pages) => text.page(page, pages), footerBrand(context));

  doc.end();
  const pdf = await finished;
  const missing = missingGlyphsWarning(w.missing);
  const shortened = cut > 0 ? [warning('REPORT_TEXT_SHORTENED', { count: cut, limit: MAX_REPORT_TEXT })] : [];
  return { pdf, diagnostics: [...shortened, ...(missing ? [missing] : [])] };
}

/** The consultant's mark for the footer's left corner: their logo, small, and "prepared by" their name. */
function footerBrand({ branding, lang }: ReportContext): { text?: string; logo?: Buffer } {
  const brand: { text?: string; logo?: Buffer } = {};
  if (branding.preparedBy) brand.text = `${portfolioText(lang).preparedBy}${messages(lang).ui.colon}${branding.preparedBy}`;
  if (branding.logo) brand.logo = branding.logo.data;
  return brand;
}

/** Drawn last, when the page count is known; the cover carries only the page number. */
function drawRunningHeaderAndFooter(w: PdfWriter, header: string, pageLabel: (page: number, pages: number) => string, brand: { text?: string; logo?: Buffer } = {}): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing below the margin must not start a new page
    if (index > range.start) {
      w.text(header, { x: PAGE.left, y: 34, width: PAGE.right - PAGE.left, size: 8, color: COLOURS.muted });
      doc.moveTo(PAGE.left, 50).lineTo(PAGE.right, 50).lineWidth(0.5).strokeColor(COLOURS.faint).stroke();
    }
    doc
      .moveTo(PAGE.left, PAGE.bottom + 20)
      .lineTo(PAGE.right, PAGE.bottom + 20)
      .lineWidth(0.5)
      .strokeColor(COLOURS.faint)
      .stroke();
    w.text(pageLabel(index - range.start + 1, range.count), { x: PAGE.left, y: PAGE.bottom + 28, width: PAGE.right - PAGE.left, size: 8, color: COLOURS.muted, align: 'center' });
    let brandX = PAGE.left;
    if (brand.logo) {
      doc.image(brand.logo, brandX, PAGE.bottom + 25, { fit: [48, 14], valign: 'center' });
      brandX += 54;
    }
    if (brand.text) w.text(brand.text, { x: brandX, y: PAGE.bottom + 28, width: 190 - (brandX - PAGE.left), size: 8, color: COLOURS.muted });
    doc.page.margins.bottom = bottomMargin;
  }
}
