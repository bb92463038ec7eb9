import { open, stat } from 'node:fs/promises';
import { error, UserError } from '../model/diagnostic.js';

/** How many bytes are looked at to tell what a file is. */
const HEAD_BYTES = 8192;

/**
 * What an export is by its first bytes, not its name: people rename files, and a download that
 * failed leaves an empty file. A zip (xlsx) named .csv is read as the workbook it is, and a text
 * file named .xlsx as the CSV it is; a PDF, an old .xls/.et workbook or any other binary file gets
 * a coded error saying what it is and what to export instead, never a garbled encoding error.
 */
export async function exportKind(file: string): Promise<'csv' | 'xlsx'> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UserError([error('FILE_IS_DIRECTORY', {}, { file })]);
    if (!info.isFile()) throw new UserError([error('FILE_UNREADABLE', { reason: 'not a regular file' }, { file })]);
    size = info.size;
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    throw new UserError([error(code === 'ENOENT' || code === 'ENOTDIR' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', { reason: code ?? String(cause) }, { file })]);
  }
  if (size === 0) throw new UserError([error('RECORDS_FILE_EMPTY', {}, { file })]);
  const head = await readHead(file);
  const kind = binaryKind(head);
  if (kind === 'zip') return 'xlsx';
  if (kind === 'ole') throw new UserError([error('RECORDS_OLD_WORKBOOK', {}, { file })]);
  if (kind !== undefined) throw new UserError([error('RECORDS_NOT_AN_EXPORT', { kind }, { file })]);
  return 'csv';
}

async function readHead(file: string): Promise<Buffer> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    throw new UserError([error('FILE_UNREADABLE', { reason: (cause as NodeJS.ErrnoException).code ?? String(cause) }, { file })]);
  }
}

/** What a binary file is by its signature; undefined for text (UTF-8, GBK, UTF-16 with its BOM). */
export function binaryKind(head: Buffer): 'zip' | 'ole' | 'pdf' | 'image' | 'binary' | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  // OLE2 compound file: Excel 97–2003 .xls, WPS .et, old Word .doc.
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'image';
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) return undefined;
  // Text never holds a NUL byte; every other binary format soon does.
  return head.includes(0) ? 'binary' : undefined;
}
