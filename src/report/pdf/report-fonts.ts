import { existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { fileKind } from '../../source/output-target.js';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { error, UserError, warning, type Diagnostic } from '../../model/diagnostic.js';
import { templatesDir } from '../../paths.js';

/** A font file as pdfkit registers it: a path, and the face's PostScript name inside a collection. */
export interface FontFace {
  file: string;
  /** Set for a face inside a .ttc collection. */
  postscriptName?: string;
  covers(codePoint: number): boolean;
}

const bundled = {
  regular: path.join(templatesDir, 'fonts', 'NotoSansSC-GB2312-Regular.ttf'),
  bold: path.join(templatesDir, 'fonts', 'NotoSansSC-GB2312-Bold.ttf'),
};

/** Chinese fonts systems ship, tried in order when a character is outside the main font. */
const SYSTEM_FALLBACKS: Record<string, string[]> = {
  win32: ['msyh.ttc', 'msyh.ttf', 'simhei.ttf', 'simsun.ttc'].map((name) => path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts', name)),
  darwin: ['/System/Library/Fonts/PingFang.ttc', '/System/Library/Fonts/STHeiti Light.ttc', '/System/Library/Fonts/Supplemental/Arial Unicode.ttf', '/Library/Fonts/Arial Unicode.ttf'],
  linux: [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
    '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc',
    '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  ],
};

/** Bold faces of the same system fonts, tried first for bold text (a heading, the company name). */
const SYSTEM_BOLD_FALLBACKS: Record<string, string[]> = {
  win32: ['msyhbd.ttc', 'msyhbd.ttf'].map((name) => path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts', name)),
  darwin: ['/System/Library/Fonts/PingFang.ttc', '/System/Library/Fonts/STHeiti Medium.ttc'],
  linux: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'],
};

export interface ReportFonts {
  regular: FontFace;
  bold: FontFace;
  /**
   * Faces for characters the main ones lack, opened only when such a character appears; for bold
   * text, bold faces first, so a rare character in a bold name is not lighter than its neighbours.
   */
  fallbacks(bold: boolean): FontFace[];
}

/**
 * The report's fonts: the bundled GB2312 subset of Noto Sans SC, or the user's --font (then the
 * bundled one backs it up), and the system's Chinese fonts for anything else. The fallback list can
 * be set with GBT27922_FALLBACK_FONTS (paths separated by the platform's delimiter; empty for none).
 */
export function resolveFonts(userFont?: string): ReportFonts {
  const regular = userFont ? openUserFont(userFont) : openFace(bundled.regular);
  const bold = userFont ? regular : openFace(bundled.bold);
  const candidates = fallbackCandidates(userFont);
  const opened = new Map<boolean, FontFace[]>();
  const open = (files: string[], wantBold: boolean) => files.filter((file) => existsSync(file)).flatMap((file) => tryOpen(file, wantBold));
  return {
    regular,
    bold,
    fallbacks: (wantBold) => {
      let faces = opened.get(wantBold);
      if (!faces) {
        faces = wantBold ? [...open(candidates.bold, true), ...open(candidates.regular, false)] : open(candidates.regular, false);
        opened.set(wantBold, faces);
      }
      return faces;
    },
  };
}

function fallbackCandidates(userFont: string | undefined): { regular: string[]; bold: string[] } {
  const configured = process.env.GBT27922_FALLBACK_FONTS;
  const platform = SYSTEM_FALLBACKS[process.platform] ? process.platform : 'linux';
  const system = configured !== undefined ? configured.split(path.delimiter).filter(Boolean) : SYSTEM_FALLBACKS[platform]!;
  const bold = configured !== undefined ? [] : SYSTEM_BOLD_FALLBACKS[platform]!;
  return { regular: userFont ? [bundled.regular, ...system] : system, bold: userFont ? [bundled.bold, ...bold] : bold };
}

/**
 * The largest font opened. fontkit reads the whole file into memory: `--font /dev/zero` read 5 GB
 * and a FIFO hung. System CJK collections are 15-60 MB.
 */
export const MAX_FONT_BYTES = 128 * 1024 * 1024;

/** A font is read only when it is a regular file of a plausible size (symlinks are followed). */
function fontFileProblem(file: string): Diagnostic | undefined {
  let info: Stats;
  try {
    info = statSync(file);
  } catch {
    return error('FONT_NOT_FOUND', { font: file });
  }
  if (!info.isFile()) return error('FONT_NOT_A_FILE', { font: file, kind: fileKind(info) });
  if (info.size > MAX_FONT_BYTES) return error('FONT_TOO_LARGE', { font: file, size: info.size, limit: MAX_FONT_BYTES });
  return undefined;
}

function openUserFont(file: string): FontFace {
  const problem = fontFileProblem(file);
  if (problem) throw new UserError([problem]);
  // A WOFF2 loads, but pdfkit then draws every glyph invisible: refuse it rather than ship a blank report.
  if (/\.(woff2?|eot)$/i.test(file)) throw new UserError([error('FONT_UNSUPPORTED', { font: file })]);
  try {
    // fontkit reads tables only when first used, so a truncated file would fail halfway through
    // the report: its table directory is checked against its size, and one lookup is made, here.
    if (!tablesInside(readFileSync(file))) throw new Error('truncated');
    const face = openFace(file, (faces) => preferredFace(faces));
    face.covers(0x4e2d);
    return face;
  } catch {
    throw new UserError([error('FONT_UNSUPPORTED', { font: file })]);
  }
}

/** Whether every table a TrueType/OpenType font (or each font of a collection) lists lies inside the file. */
export function tablesInside(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fits = (offset: number, length: number) => offset >= 0 && length >= 0 && offset + length <= bytes.byteLength;
  const sfntInside = (start: number): boolean => {
    if (!fits(start, 12)) return false;
    const tables = view.getUint16(start + 4);
    if (tables === 0 || !fits(start + 12, tables * 16)) return false;
    for (let i = 0; i < tables; i++) {
      const record = start + 12 + i * 16;
      if (!fits(view.getUint32(record + 8), view.getUint32(record + 12))) return false;
    }
    return true;
  };
  if (!fits(0, 12)) return false;
  if (view.getUint32(0) !== 0x74746366) return sfntInside(0); // not 'ttcf': a single font
  const count = view.getUint32(8);
  if (count === 0 || !fits(12, count * 4)) return false;
  for (let i = 0; i < count; i++) if (!sfntInside(view.getUint32(12 + i * 4))) return false;
  return true;
}

function tryOpen(file: string, bold = false): FontFace[] {
  if (fontFileProblem(file)) return []; // the fallback list comes from GBT27922_FALLBACK_FONTS too: the same checks
  try {
    return [openFace(file, (faces) => preferredFace(faces, bold))];
  } catch {
    return []; // a broken system font is simply not used
  }
}

type Face = { postscriptName: string; hasGlyphForCodePoint(codePoint: number): boolean };

/**
 * In a collection, the Simplified Chinese face, by the names font makers use for it, in order of
 * trust: Noto's "CJKsc", Adobe's and Apple's "SC", "Hans", then Windows' and Linux's Chinese families.
 */
const SIMPLIFIED_CHINESE = [/CJKsc/, /SC-|SC$/, /Hans/, /YaHei(?!UI)/, /SimHei/, /^SimSun/, /STHeiti/i, /MicroHei(?!Mono)/, /ZenHei(?!Mono)/];

function preferredFace(faces: Face[], bold = false): Face {
  // In a collection of weights (PingFang), the bold face for bold text, a regular one otherwise.
  const weighted = faces.filter((face) => /Bold|Semibold|Medium|Heavy/i.test(face.postscriptName) === bold);
  for (const pool of [weighted, faces]) {
    for (const pattern of SIMPLIFIED_CHINESE) {
      const face = pool.find((candidate) => pattern.test(candidate.postscriptName));
      if (face) return face;
    }
  }
  return faces[0]!;
}

function openFace(file: string, choose: (faces: Face[]) => Face = (faces) => faces[0]!): FontFace {
  const opened = fontkit.openSync(file) as unknown as Face | { fonts: Face[] };
  const isCollection = 'fonts' in opened;
  const face = isCollection ? choose(opened.fonts) : opened;
  const cache = new Map<number, boolean>();
  return {
    file,
    ...(isCollection ? { postscriptName: face.postscriptName } : {}),
    covers(codePoint) {
      let known = cache.get(codePoint);
      if (known === undefined) cache.set(codePoint, (known = face.hasGlyphForCodePoint(codePoint)));
      return known;
    },
  };
}

/** The warning for characters no font could draw, naming each one. */
export function missingGlyphsWarning(characters: Iterable<string>): Diagnostic | undefined {
  const list = [...new Set(characters)];
  if (list.length === 0) return undefined;
  return warning('FONT_MISSING_GLYPHS', { characters: list.join(' '), codes: list.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ') });
}
