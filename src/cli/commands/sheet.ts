/**
 * Export and import share one bundle: the spreadsheet library is most of each, and a package with
 * it once is half a megabyte smaller than with it twice.
 */
export { runExport } from './export.js';
export { workbookBytes } from '../../spreadsheet/workbook-bytes.js';
export { runImport } from './import.js';
export { writeSummaryXlsx } from '../../spreadsheet/write-summary-xlsx.js';
