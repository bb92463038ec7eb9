import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run-cli.js';

/** What the build comment in src/build/bundle.ts promises, checked on the built bundles. */
const bundleDir = path.join(repoRoot, 'dist', 'bundle');
const bundles = [
  ...readdirSync(bundleDir).map((name) => name),
  ...readdirSync(path.join(bundleDir, 'commands')).map((name) => `commands/${name}`),
  ...readdirSync(path.join(bundleDir, 'vendor')).map((name) => `vendor/${name}`),
].filter((name) => name.endsWith('.cjs'));
const text = (name: string) => readFileSync(path.join(bundleDir, name), 'utf8');
/** pdfkit's document names itself as producer (PDFKit) and carries the standard Helvetica metrics. */
const carriesPdfStack = (source: string) => source.includes('PDFKit') && source.includes('Helvetica');

describe('the bundles', () => {
  it('when the PDF stack is looked for then only the report bundle carries it, and the report command and its worker require it', () => {
    expect(carriesPdfStack(text('write-report.cjs'))).toBe(true);
    const carriers = bundles.filter((name) => carriesPdfStack(text(name)));
    expect(carriers).toEqual(['write-report.cjs']);
    for (const name of ['commands/report.cjs', 'commands/report-worker.cjs']) expect(text(name)).toContain('require("../write-report.cjs")');
  });

  it("when the package's size is looked at then the spreadsheet library is in its two shared bundles only, each command requiring one", () => {
    // exceljs writes its parts under xl/worksheets/: the string is in its code, never in ours.
    expect(bundles.filter((name) => text(name).includes('xl/worksheets/')).sort()).toEqual(['vendor/exceljs-workbook.cjs', 'vendor/exceljs.cjs']);
    for (const name of ['commands/sheet.cjs', 'commands/evidence.cjs']) expect(text(name)).toContain('require("../vendor/exceljs-workbook.cjs")');
    for (const name of ['commands/records.cjs', 'commands/report.cjs', 'commands/report-worker.cjs']) expect(text(name)).toContain('require("../vendor/exceljs.cjs")');
    // The relative path holds from commands/ only: no bundle elsewhere names the shared ones.
    for (const name of bundles.filter((bundle) => !bundle.startsWith('commands/'))) expect(text(name), name).not.toContain('vendor/exceljs');
  });

  it("when the package's size is looked at then the yaml library is in one shared bundle, which each bundle using it requires from its own folder", () => {
    // yaml's core schema names its tags tag:yaml.org,2002:…; our code never writes one.
    expect(bundles.filter((name) => text(name).includes('tag:yaml.org,2002:'))).toEqual(['vendor/yaml.cjs']);
    expect(text('write-report.cjs')).toContain('require("./vendor/yaml.cjs")');
    for (const name of ['commands/score.cjs', 'commands/assess.cjs', 'commands/score-worker.cjs']) expect(text(name)).toContain('require("../vendor/yaml.cjs")');
    for (const name of bundles) {
      if (name.startsWith('commands/')) expect(text(name), name).not.toContain('require("./vendor/');
      else expect(text(name), name).not.toContain('require("../vendor/');
    }
  });

  it("when the package's size is looked at then no bundle carries brotli (WOFF2 only) nor iconv-lite's tables (the editor prompt only)", () => {
    for (const name of bundles) {
      expect(text(name), name).not.toContain('BrotliDecompressBuffer');
      expect(text(name), name).not.toMatch(/windows1252|cp936/);
    }
    expect(text('write-report.cjs')).toContain('WOFF2 fonts are not supported');
  });

  it('when the questionnaire wants the PDF then it requires the report bundle beside it', () => {
    expect(text('commands/assess.cjs')).toContain('../write-report.cjs');
  });

  it("when the spreadsheet bundle is looked in then what it loads holds exceljs's in-memory workbook, not its streaming reader and writer nor its CSV", () => {
    const sheet = text('commands/sheet.cjs') + text('vendor/exceljs-workbook.cjs');
    expect(sheet).toContain('exceljs CSV is not bundled');
    expect(sheet).not.toMatch(/WorkbookWriter|WorkbookReader|bluebird/);
    // It was 1.4 MB with them; loading it is most of what export and import take.
    expect(sheet.length).toBeLessThan(1_000_000);
  });

  it('when the page of serve offers the PDF and the workbook then it requires the report and sheet bundles, carrying neither', () => {
    expect(text('commands/serve.cjs')).toContain('../write-report.cjs');
    expect(text('commands/serve.cjs')).toContain('./sheet.cjs');
    expect(text('commands/serve.cjs')).not.toMatch(/exceljs|ExcelJS/);
  });

  it('when ajv is looked for then it stays outside every bundle, as the build says', () => {
    for (const name of bundles) expect(text(name)).not.toMatch(/ajv\.js\.org|class Ajv\b/);
  });

  it('when a bundle is not the questionnaire then it holds no import(), so the launcher can keep its compiled code on Node 20', () => {
    // bin/gbt27922.cjs leaves a bundle with an import() to Node (a vm.Script cannot resolve it), and
    // that bundle is compiled again on every start: score's lazy sheet bundle is loaded with require.
    const withImport = bundles.filter((name) => text(name).includes('import('));
    expect(withImport).toEqual(['commands/assess.cjs']);
    expect(text('commands/score.cjs')).toMatch(/require\("\.\/sheet\.cjs"\)/);
  });

  it("when a table cell is drawn then the bundle does no work for cli-table3's switched-off debug message", () => {
    // The debug-only truncation of every cell's whole content took a sixth of score's time (src/build/bundle.ts).
    for (const name of bundles) expect(text(name)).not.toMatch(/truncate\(this\.content,\s*10,/);
    // The table is still drawn by cli-table3: its cell code is in the bundle.
    expect(text('commands/score.cjs')).toMatch(/drawRight\)/);
  });
});
