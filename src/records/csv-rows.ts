import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { error, UserError, type Diagnostic } from '../model/diagnostic.js';

/** The encodings exports come in: UTF-8 (with or without BOM), GBK/GB18030 (Excel's "CSV" on a Chinese system), UTF-16 (Excel's "Unicode text"). */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type RowHandler = (cells: string[], row: number) => void;

/**
 * Reads a CSV (or tab-separated) export row by row, streamed: only one chunk and the row being
 * read are ever in memory. The encoding is told from the first bytes as the YAML reader tells it
 * (a BOM, else UTF-8 if the start is valid UTF-8, else GB18030, of which GBK is a subset), and
 * decoded with TextDecoder in streaming mode so a character split between chunks is kept whole.
 * Rows are RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; `row` is the line
 * the row starts on (1-based), which is what a text editor and a spreadsheet both show for a file
 * without line breaks inside cells.
 *
 * Our own reader rather than csv-parse: csv-parse 6 took 66 s for the 1,000,000-row benchmark file
 * on this machine, against about 2 s for this one (splitting lines without quotes at once, and
 * falling back to a field-by-field scan only for lines with a quote).
 */
export async function readCsvRows(file: string, onRow: RowHandler, wanted?: () => readonly boolean[] | undefined): Promise<{ encoding: CsvEncoding }> {
  // Once the caller knows which columns it reads, a line without quotes is cut only at those, into
  // one array used again for every row (a million rows of fourteen cells make a lot of strings).
  const reused: string[] = [];
  await checkRegularFile(file);
  let decoder: TextDecoder | undefined;
  let encoding: CsvEncoding = 'utf-8';
  let delimiter = '';
  let rest = '';
  let line = 0;
  // A quoted field that spans lines: the record so far, and the line it started on.
  let open: { text: string; start: number } | undefined;

  const take = (text: string, final: boolean) => {
    let start = 0;
    for (;;) {
      let nl = text.indexOf('\n', start);
      let last = false;
      if (nl === -1) {
        if (!final || (start >= text.length && open === undefined)) break;
        nl = text.length;
        last = true;
      }
      let lineText = text.slice(start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
      start = nl + 1;
      line++;
      if (delimiter === '') delimiter = lineText.includes('\t') && !lineText.includes(',') ? '\t' : ',';
      if (open !== undefined) {
        open.text += '\n' + lineText;
        lineText = open.text;
      } else if (!lineText.includes('"')) {
        const want = wanted?.();
        if (want !== undefined && lineText !== '') onRow(cutColumns(lineText, delimiter, want, reused), line);
        else onRow(lineText === '' ? [] : lineText.split(delimiter), line);
        if (last) break;
        continue;
      }
      const cells = splitQuoted(lineText, delimiter);
      if (cells === undefined && !last) {
        open ??= { text: lineText, start: line };
      } else {
        // A quote left open at the end of the file closes there rather than losing the row.
        onRow(cells ?? splitQuoted(lineText + '"', delimiter)!, open?.start ?? line);
        open = undefined;
      }
      if (last) break;
    }
    rest = final ? '' : text.slice(start);
  };

  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let bytes: Buffer = chunk;
      if (decoder === undefined) {
        ({ encoding, skip: bytes } = detect(chunk));
        decoder = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { fatal: true, ignoreBOM: false });
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw new UserError([encodingError(file, encoding, rest + new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(bytes, { stream: true }), line)]);
      }
      take(rest + text, false);
    }
    let last = '';
    try {
      last = decoder?.decode() ?? '';
    } catch {
      // The file ends inside a character (a GBK or UTF-8 byte sequence cut short).
      throw new UserError([encodingError(file, encoding, `${rest}\uFFFD`, line)]);
    }
    take(rest + last, true);
  } catch (cause) {
    stream.destroy();
    throw cause;
  }
  return { encoding };
}

/**
 * RECORDS_ENCODING at the line and column of the first character that does not decode: `text` is
 * the chunk decoded again leniently, and the first replacement character in it is the place (a chunk is a megabyte, so
 * "somewhere in this chunk" would send a person through thousands of lines).
 */
function encodingError(file: string, encoding: CsvEncoding, text: string, linesDone: number): Diagnostic {
  const bad = Math.max(0, text.indexOf('\uFFFD'));
  const before = text.slice(0, bad);
  const lineStart = before.lastIndexOf('\n') + 1;
  let newlines = 0;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) newlines++;
  const lineText = text.slice(lineStart, text.indexOf('\n', bad) === -1 ? undefined : text.indexOf('\n', bad)).replace(/\r$/, '');
  return error(
    'RECORDS_ENCODING',
    { encoding: encoding === 'gb18030' ? 'GBK/GB18030' : encoding.startsWith('utf-16') ? 'UTF-16' : 'UTF-8' },
    { file, position: { line: linesDone + 1 + newlines, column: bad - lineStart + 1, length: 1, lineText } },
  );
}

/** The encoding from the first chunk, and the bytes past a byte-order mark. */
function detect(chunk: Buffer): { encoding: CsvEncoding; skip: Buffer } {
  if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return { encoding: 'utf-8-bom', skip: chunk.subarray(3) };
  if (chunk[0] === 0xff && chunk[1] === 0xfe) return { encoding: 'utf-16le', skip: chunk.subarray(2) };
  if (chunk[0] === 0xfe && chunk[1] === 0xff) return { encoding: 'utf-16be', skip: chunk.subarray(2) };
  // The start may end inside a character: a streaming decode does not count that as invalid.
  const text = new TextDecoder('utf-8').decode(chunk, { stream: true });
  const bad = text.indexOf('\uFFFD');
  if (bad === -1) return { encoding: 'utf-8', skip: chunk };
  // A file that was UTF-8 for many Chinese characters and then is not is a UTF-8 file with a
  // pasted-in GBK line (its place is then reported), not a GBK file; GBK text hardly ever decodes
  // as a run of valid multi-byte UTF-8.
  let multiByte = 0;
  for (let i = 0; i < bad && multiByte < UTF8_EVIDENCE; i++) if (text.charCodeAt(i) > 0x7f) multiByte++;
  return { encoding: multiByte >= UTF8_EVIDENCE ? 'utf-8' : 'gb18030', skip: chunk };
}

/** Characters beyond ASCII read as valid UTF-8 before the first invalid byte that make a file UTF-8. */
const UTF8_EVIDENCE = 8;

/** The wanted columns of a line without quotes; the others are left empty. */
function cutColumns(line: string, delimiter: string, want: readonly boolean[], cells: string[]): string[] {
  let start = 0;
  let column = 0;
  for (;;) {
    const end = line.indexOf(delimiter, start);
    if (column < want.length) cells[column] = want[column] ? line.slice(start, end === -1 ? line.length : end) : '';
    column++;
    if (end === -1 || column >= want.length) break;
    start = end + 1;
  }
  for (let i = column; i < want.length; i++) cells[i] = '';
  cells.length = want.length;
  return cells;
}

/** The fields of a line with quotes, or undefined when a quoted field is still open at its end. */
function splitQuoted(text: string, delimiter: string): string[] | undefined {
  const cells: string[] = [];
  let field = '';
  let quoted = false;
  const sep = delimiter.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i++;
        } else quoted = false;
      } else field += text[i];
    } else if (c === 34 && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === sep) {
      cells.push(field);
      field = '';
    } else field += text[i];
  }
  if (quoted) return undefined;
  cells.push(field);
  return cells;
}

export async function checkRegularFile(file: string): Promise<void> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError([error('FILE_IS_DIRECTORY', {}, { file })]);
    if (!info.isFile()) throw new UserError([error('FILE_UNREADABLE', { reason: 'not a regular file' }, { file })]);
    if (info.size === 0) throw new UserError([error('FILE_EMPTY', {}, { file })]);
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    throw new UserError([error(code === 'ENOENT' || code === 'ENOTDIR' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', { reason: code ?? String(cause) }, { file })]);
  }
}
