import type { Messages } from '../../i18n/messages.js';
import type { ReportText } from '../../i18n/report-text.js';
import type { Lang } from '../../model/bilingual-text.js';
import type { Result } from '../../model/result.js';
import type { AuditEffortEstimate } from '../audit-effort.js';
import type { Branding } from '../branding.js';
import type { PdfWriter } from './pdf-writer.js';

/** What every section of the report draws from: the one Result, and the words. */
export interface ReportContext {
  w: PdfWriter;
  result: Result;
  lang: Lang;
  text: ReportText;
  ui: Messages['ui'];
  effort: AuditEffortEstimate | null;
  toolVersion: string;
  /** The consultant's name and logo, when given. */
  branding: Branding;
}
