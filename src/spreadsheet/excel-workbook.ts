import type ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';

/**
 * exceljs's Workbook, taken from its own module rather than the package's entry. The entry also
 * loads the streaming reader and writer (unzipper, archiver, bluebird and their helpers), which the
 * tool never uses: a whole workbook is read and written in memory. Leaving them out makes the
 * spreadsheet bundle about a third smaller and `export` / `import` start that much sooner. The
 * types are the package's own (ExcelJS.Cell, ExcelJS.Fill, ...).
 */
export { Workbook };

/**
 * The quickest deflate level: a workbook of one assessment is tens of kilobytes either way, and the
 * default level took longer than all the rest of writing it (bench: export one assessment).
 */
export const QUICK_ZIP: Partial<ExcelJS.XlsxWriteOptions> = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } };
