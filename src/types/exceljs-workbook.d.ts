/** exceljs's Workbook class on its own, without the streaming reader and writer (see spreadsheet/excel-workbook.ts). */
declare module 'exceljs/lib/doc/workbook.js' {
  import type ExcelJS from 'exceljs';
  const Workbook: typeof ExcelJS.Workbook;
  export default Workbook;
}
