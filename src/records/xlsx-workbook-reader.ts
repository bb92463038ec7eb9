import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import unzipper from 'unzipper';

/** The parts of exceljs's streaming reader this subclass calls (its own steps, one per part of the file). */
interface ReaderSteps {
  model?: { sheets?: Array<{ rId: string }> };
  workbookRels?: Array<{ Id: string; Target: string }>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Generator<unknown>;
}

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (file: string, options: object) => ReaderSteps & AsyncIterable<unknown>;

/**
 * exceljs's streaming reader, fed from the zip's central directory instead of one pass over the
 * file. The one pass (unzipper's Parse) sometimes ends before the last entries under load, on
 * Node 18 and later (exceljs issue #3064): a workbook exceljs writes keeps workbook.xml last, so
 * reading failed at random, and a file whose worksheets or shared strings come last could lose
 * them. Here the workbook, its relations, the shared strings and the styles are read first, then
 * each worksheet in the order of the workbook's tabs, each still streamed row by row.
 */
export class WorkbookByDirectory extends Base {
  constructor(
    private readonly file: string,
    options: object,
  ) {
    super(file, options);
  }

  async *parse(): AsyncGenerator<unknown> {
    const directory = await unzipper.Open.file(this.file);
    const files = new Map(directory.files.map((entry) => [entry.path.replace(/^\//, ''), entry]));
    const open = (name: string) => files.get(name)?.stream();
    const rels = open('xl/_rels/workbook.xml.rels');
    if (rels) await this._parseRels(rels);
    const book = open('xl/workbook.xml');
    if (book) await this._parseWorkbook(book);
    this.model ??= { sheets: [] };
    const strings = open('xl/sharedStrings.xml');
    if (strings) yield* this._parseSharedStrings(strings);
    const styles = open('xl/styles.xml');
    if (styles) await this._parseStyles(styles);
    for (const [name, sheetNo] of worksheetOrder([...files.keys()], this.model.sheets ?? [], this.workbookRels ?? [])) {
      yield* this._parseWorksheet(open(name)!, sheetNo);
    }
  }
}

/** The worksheet entries in the order of the workbook's tabs, then any the workbook does not list, by number. */
function worksheetOrder(paths: string[], sheets: Array<{ rId: string }>, rels: Array<{ Id: string; Target: string }>): Array<[string, string]> {
  const numbered = new Map<string, string>();
  for (const path of paths) {
    const match = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(path);
    if (match) numbered.set(path, match[1]!);
  }
  const ordered: Array<[string, string]> = [];
  for (const sheet of sheets) {
    const target = rels.find((rel) => rel.Id === sheet.rId)?.Target;
    if (target === undefined) continue;
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const sheetNo = numbered.get(path);
    if (sheetNo === undefined) continue;
    ordered.push([path, sheetNo]);
    numbered.delete(path);
  }
  return [...ordered, ...[...numbered].sort((a, b) => Number(a[1]) - Number(b[1]))];
}
