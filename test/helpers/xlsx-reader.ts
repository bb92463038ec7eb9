import { inflateRawSync } from 'node:zlib';

/**
 * An xlsx reader written for the tests from the file format itself (a zip of XML parts, ECMA-376),
 * sharing no code with the library the tool writes with, so a mistake of that library cannot hide
 * from the tests. It reads what the tests look at: cell values and formulas, frozen panes,
 * dropdowns and column widths.
 */
export interface ReadSheet {
  name: string;
  /** Cell values by reference (A1): shared and inline strings as text, numbers as numbers. */
  values: Map<string, string | number>;
  formulas: Map<string, string>;
  /** The raw XML, for what the helpers below do not extract. */
  xml: string;
}

export function unzip(data: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) throw new Error('bad central directory');
    const method = data.readUInt16LE(offset + 10);
    const compressed = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const local = data.readUInt32LE(offset + 42);
    const name = data.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const body = data.subarray(start, start + compressed);
    files.set(name, method === 0 ? Buffer.from(body) : inflateRawSync(body));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');

/** The text of every <t> in a fragment (a shared string may be split into runs). */
const texts = (fragment: string) => [...fragment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((match) => decode(match[1] ?? '')).join('');

export function readXlsx(data: Buffer): ReadSheet[] {
  const files = unzip(data);
  const part = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const shared = [...part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((match) => texts(match[1]!));
  const rels = new Map([...part('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((match) => [/Id="([^"]+)"/.exec(match[0])![1]!, /Target="([^"]+)"/.exec(match[0])![1]!]));
  return [...part('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)].map((match) => {
    const name = decode(/name="([^"]*)"/.exec(match[0])![1]!);
    const target = rels.get(/r:id="([^"]+)"/.exec(match[0])![1]!)!.replace(/^\/?(xl\/)?/, '');
    const xml = part(`xl/${target}`);
    const values = new Map<string, string | number>();
    const formulas = new Map<string, string>();
    for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1]!;
      const body = cell[2] ?? '';
      const ref = /r="([A-Z]+\d+)"/.exec(attributes)![1]!;
      const type = /t="([^"]+)"/.exec(attributes)?.[1];
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body);
      if (formula) formulas.set(ref, decode(formula[1]!));
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (type === 's' && value !== undefined) values.set(ref, shared[Number(value)]!);
      else if (type === 'inlineStr') values.set(ref, texts(body));
      else if (type === 'str' && value !== undefined) values.set(ref, decode(value));
      else if (value !== undefined) values.set(ref, Number(value));
    }
    return { name, values, formulas, xml };
  });
}

/** The frozen pane's top-left cell (B2 with one row and one column frozen), if the sheet freezes any. */
export function frozenAt(sheet: ReadSheet): string | undefined {
  const pane = /<pane\b[^>]*state="frozen"[^>]*>/.exec(sheet.xml)?.[0];
  return pane ? /topLeftCell="([A-Z]+\d+)"/.exec(pane)?.[1] : undefined;
}

/** Dropdown lists by the cells they cover (sqref as written). */
export function dropdowns(sheet: ReadSheet): Array<{ sqref: string; list: string }> {
  return [...sheet.xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)]
    .filter((match) => /type="list"/.test(match[1]!))
    .map((match) => ({ sqref: /sqref="([^"]+)"/.exec(match[1]!)![1]!, list: decode(/<formula1>([\s\S]*?)<\/formula1>/.exec(match[2]!)![1]!) }));
}

/** Column widths by 1-based column number. */
export function columnWidths(sheet: ReadSheet): Map<number, number> {
  const widths = new Map<number, number>();
  for (const match of sheet.xml.matchAll(/<col\b[^>]*>/g)) {
    const min = Number(/min="(\d+)"/.exec(match[0])![1]);
    const max = Number(/max="(\d+)"/.exec(match[0])![1]);
    const width = Number(/width="([\d.]+)"/.exec(match[0])?.[1] ?? 0);
    for (let column = min; column <= max; column++) widths.set(column, width);
  }
  return widths;
}
