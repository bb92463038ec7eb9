import type PDFDocument from 'pdfkit';
import type { FontFace, ReportFonts } from './report-fonts.js';

export const PAGE = { width: 595.28, height: 841.89, left: 50, right: 545.28, top: 70, bottom: 780 } as const;
export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const COLOURS = {
  ink: '#1d2433',
  muted: '#5b6475',
  faint: '#c9cfda',
  band: '#1f3a5f',
  accent: '#2f6db5',
  gold: '#d4a017',
  good: '#2e7d32',
  bad: '#c62828',
  warn: '#b26a00',
  zebra: '#f3f5f9',
} as const;

export interface TextOptions {
  x?: number;
  y?: number;
  width?: number;
  size?: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
  lineGap?: number;
}

interface Run {
  font: string;
  text: string;
}

/**
 * Text on the page, in whichever font has each character. pdfkit draws a glyph a font lacks as
 * nothing at all, so text is split into runs by coverage: the main font, then each fallback; a
 * character no font has is remembered, to be reported by name, and drawn with the main font.
 */
export class PdfWriter {
  readonly missing = new Set<string>();
  private readonly fallbackNames = new Map<FontFace, string>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly fonts: ReportFonts,
  ) {
    register(doc, 'regular', fonts.regular);
    register(doc, 'bold', fonts.bold);
  }

  get y(): number {
    return this.doc.y;
  }

  set y(value: number) {
    this.doc.y = value;
  }

  /** Writes text; returns the y below it. Omitting x and y continues where the last text ended. */
  text(text: string, options: TextOptions = {}): number {
    const size = options.size ?? 9.5;
    const runs = this.runs(text, options.bold ?? false);
    const x = options.x ?? PAGE.left;
    const y = options.y ?? this.doc.y;
    const base = { width: options.width ?? CONTENT_WIDTH, align: options.align ?? 'left', lineGap: options.lineGap ?? 2 };
    this.doc.fillColor(options.color ?? '#1d2433').fontSize(size);
    runs.forEach((run, index) => {
      this.doc.font(run.font);
      const last = index === runs.length - 1;
      if (index === 0) this.doc.text(run.text, x, y, { ...base, continued: !last });
      else this.doc.text(run.text, { ...base, continued: !last });
    });
    return this.doc.y;
  }

  /** The height `text` takes at a width (measured with the main font, which sets the metrics). */
  heightOf(text: string, options: TextOptions = {}): number {
    this.doc.font(options.bold ? 'bold' : 'regular').fontSize(options.size ?? 9.5);
    return this.doc.heightOfString(text || ' ', { width: options.width ?? CONTENT_WIDTH, lineGap: options.lineGap ?? 2 });
  }

  widthOf(text: string, options: TextOptions = {}): number {
    this.doc.font(options.bold ? 'bold' : 'regular').fontSize(options.size ?? 9.5);
    return this.doc.widthOfString(text);
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > PAGE.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.y = PAGE.top;
  }

  /** A heading, on the next page when it and the first `keepWith` points under it do not fit here. */
  heading(text: string, level: 1 | 2 = 1, keepWith = 0): void {
    const size = level === 1 ? 15 : 11.5;
    this.ensureSpace(size * 3 + keepWith);
    if (level === 1) {
      const y = this.doc.y;
      this.doc.rect(PAGE.left, y + 2, 3.5, size).fill(COLOURS.accent);
      this.text(text, { x: PAGE.left + 10, y, size, bold: true, color: COLOURS.band });
      this.doc.y += 6;
    } else {
      this.text(text, { size, bold: true, color: COLOURS.band });
      this.doc.y += 3;
    }
  }

  private runs(text: string, bold: boolean): Run[] {
    const main = bold ? this.fonts.bold : this.fonts.regular;
    const mainName = bold ? 'bold' : 'regular';
    const runs: Run[] = [];
    let current: Run | undefined;
    for (const ch of text) {
      const codePoint = ch.codePointAt(0)!;
      let font = mainName;
      if (!/\s/.test(ch) && !main.covers(codePoint)) {
        const fallback = this.fonts.fallbacks(bold).find((face) => face.covers(codePoint));
        if (fallback) font = this.fallbackName(fallback);
        else this.missing.add(ch);
      }
      if (current && current.font === font) current.text += ch;
      else runs.push((current = { font, text: ch }));
    }
    return runs.length > 0 ? runs : [{ font: mainName, text: '' }];
  }

  private fallbackName(face: FontFace): string {
    let name = this.fallbackNames.get(face);
    if (!name) {
      name = `fallback-${this.fallbackNames.size}`;
      register(this.doc, name, face);
      this.fallbackNames.set(face, name);
    }
    return name;
  }
}

function register(doc: PDFKit.PDFDocument, name: string, face: FontFace): void {
  if (face.postscriptName) doc.registerFont(name, face.file, face.postscriptName);
  else doc.registerFont(name, face.file);
}

export type { PDFDocument };
