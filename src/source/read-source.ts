import { readFileSync, statSync } from 'node:fs';
import { error, notice, type Diagnostic, type Loaded, type SourcePosition } from '../model/diagnostic.js';

/** Assessment and catalogue files are a few tens of KB; anything this big is not one of them. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export interface SourceText {
  file: string;
  text: string;
  /** The encoding the bytes were in, when it was not plain UTF-8. */
  convertedFrom?: 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gb18030';
}

/**
 * Reads a text file the way people on Windows, macOS and Linux save them: UTF-8 with or without a
 * BOM, UTF-16 with a BOM (Notepad's "Unicode"), and GB18030/GBK (Notepad's "ANSI" on a Chinese
 * system). Anything that is not text is refused with a reason rather than parsed into nonsense.
 * The file is read synchronously: it is small (MAX_SOURCE_BYTES), and an asynchronous read started
 * the thread pool (four threads) and took a trip through it for each call (stat, open, stat,
 * read, close), ~2 ms of a `score` of one file.
 * A batch of many files reads in its worker threads.
 */
export async function readSource(file: string): Promise<Loaded<SourceText>> {
  const where = { file };
  let bytes: Buffer;
  try {
    const info = statSync(file);
    if (info.isDirectory()) return failed(error('FILE_IS_DIRECTORY', {}, where));
    // A device or a pipe (/dev/zero, a FIFO) reports size 0 and never ends: only regular files.
    if (!info.isFile()) return failed(error('FILE_UNREADABLE', { reason: 'not a regular file' }, where));
    if (info.size > MAX_SOURCE_BYTES) {
      return failed(error('FILE_TOO_LARGE', { size: info.size, limit: MAX_SOURCE_BYTES }, where));
    }
    bytes = readFileSync(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return failed(error('FILE_NOT_FOUND', {}, where));
    if (code === 'EISDIR') return failed(error('FILE_IS_DIRECTORY', {}, where));
    return failed(error('FILE_UNREADABLE', { reason: code ?? String(cause) }, where));
  }
  return decodeSource(file, bytes);
}

export function decodeSource(file: string, bytes: Uint8Array): Loaded<SourceText> {
  const where = { file };
  const decoded = decode(bytes);
  if (decoded === 'binary') return failed(error('FILE_BINARY', {}, where));
  if (decoded === 'unknown') return failed(error('FILE_ENCODING', {}, { file, ...encodingPosition(bytes) }));
  const diagnostics: Diagnostic[] = [];
  if (decoded.from) diagnostics.push(notice('ENCODING_CONVERTED', { encoding: ENCODING_NAMES[decoded.from] }, where));
  if (decoded.text.trim() === '') return failed(error('FILE_EMPTY', {}, where), diagnostics);
  const value: SourceText = { file, text: decoded.text };
  if (decoded.from) value.convertedFrom = decoded.from;
  return { ok: true, value, diagnostics };
}

const ENCODING_NAMES: Record<NonNullable<SourceText['convertedFrom']>, string> = {
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'utf-32le': 'UTF-32 LE',
  'utf-32be': 'UTF-32 BE',
  gb18030: 'GBK/GB18030',
};

type Decoded = { text: string; from?: SourceText['convertedFrom'] } | 'binary' | 'unknown';

function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictDecode('utf-8', bytes.subarray(3));
    return text === undefined ? 'unknown' : { text, from: 'utf-8-bom' };
  }
  // UTF-32's little-endian BOM begins with UTF-16's: checked first, or it would be read as UTF-16.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return utf32(bytes.subarray(4), 'utf-32le');
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return utf32(bytes.subarray(4), 'utf-32be');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  // A NUL byte never occurs in UTF-8 or GB18030 text; without a BOM it means a binary file.
  if (bytes.includes(0)) return 'binary';
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8 };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== undefined && !hasControlCharacters(gb)) return { text: gb, from: 'gb18030' };
  return looksBinary(bytes) ? 'binary' : 'unknown';
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const text = strictDecode(encoding, bytes);
  return text === undefined ? 'unknown' : { text, from: encoding };
}

/** TextDecoder has no UTF-32: each four bytes are one code point, and anything else is refused. */
function utf32(bytes: Uint8Array, encoding: 'utf-32le' | 'utf-32be'): Decoded {
  if (bytes.length % 4 !== 0) return 'unknown';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const points: number[] = [];
  let text = '';
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const point = view.getUint32(offset, encoding === 'utf-32le');
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return 'unknown';
    points.push(point);
    if (points.length === 4096) text += String.fromCodePoint(...points.splice(0));
  }
  return { text: text + String.fromCodePoint(...points), from: encoding };
}

function strictDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u0008\u000e-\u001f]/.test(text);
}

function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes.subarray(0, 4096)) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  return control > 0;
}

function failed(problem: Diagnostic, earlier: Diagnostic[] = []): Loaded<never> {
  return { ok: false, diagnostics: [...earlier, problem] };
}

/**
 * Where a file stops being UTF-8 (the encoding people mean when they save as neither UTF-16 nor
 * GBK): the line, the column in characters, and the line as far as it can be read.
 */
function encodingPosition(bytes: Uint8Array): { position?: SourcePosition } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bom === 0 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0))) return {};
  const bad = firstInvalidUtf8(bytes, bom);
  if (bad === -1) return {};
  let lineStart = bom;
  let line = 1;
  for (let i = bom; i < bad; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const lineEnd = bytes.indexOf(0x0a, bad);
  const lenient = new TextDecoder('utf-8');
  const lineText = lenient.decode(bytes.subarray(lineStart, lineEnd === -1 ? bytes.length : lineEnd)).replace(/\r$/, '');
  const column = Array.from(lenient.decode(bytes.subarray(lineStart, bad))).length + 1;
  return { position: { line, column, length: 1, lineText } };
}

function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, minimum] = (lead & 0xe0) === 0xc0 ? [2, 0x80] : (lead & 0xf0) === 0xe0 ? [3, 0x800] : (lead & 0xf8) === 0xf0 ? [4, 0x10000] : [0, 0];
    if (length === 0 || i + length > bytes.length) return i;
    let point = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      point = (point << 6) | (next & 0x3f);
    }
    if (point < minimum || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}
