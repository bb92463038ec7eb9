import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** A page as a grey-scale picture (poppler's PGM), to check that text is really drawn, not just present. */
export function rasterise(file: string, page: number, dpi = 72): { width: number; height: number; pixels: Uint8Array } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-raster-'));
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), file, path.join(dir, 'page')]);
  const data = readFileSync(path.join(dir, readdirSync(dir)[0]!));
  // P5 header: "P5\n<width> <height>\n<max>\n"
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'))!;
  const offset = header[0].length;
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(offset) };
}

/** Share of dark pixels in a rectangle given in PDF points (72 dpi pictures map 1:1). */
export function inkIn(picture: ReturnType<typeof rasterise>, box: { x: number; y: number; width: number; height: number }): number {
  let dark = 0;
  let total = 0;
  for (let y = Math.floor(box.y); y < box.y + box.height && y < picture.height; y++) {
    for (let x = Math.floor(box.x); x < box.x + box.width && x < picture.width; x++) {
      total++;
      if (picture.pixels[y * picture.width + x]! < 128) dark++;
    }
  }
  return total === 0 ? 0 : dark / total;
}
