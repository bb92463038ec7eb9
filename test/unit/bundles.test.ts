import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/display-width.js';
import { repoRoot, testCache } from '../helpers/run-cli.js';

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

/**
 * Runs the built tool in this Node, with `preamble` (lines of JavaScript that watch the run)
 * preloaded from a file: not with -e, which loads node:crypto itself. `stderr`: a descriptor to give
 * the run as its standard error, in place of a pipe.
 */
function runTool(preamble: string[], args: string[], options: { stderr?: number } = {}) {
  const probe = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-probe-')), 'probe.cjs');
  writeFileSync(probe, preamble.join('\n'));
  return spawnSync(process.execPath, ['-r', probe, path.join(repoRoot, 'bin', 'gbt27922.cjs'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...testCache(), COLUMNS: '80', NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', options.stderr ?? 'pipe'],
  });
}

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

  it("when --help or score runs on the bundled example then string-width's emoji data is never built", () => {
    // Building its Intl.Segmenter and emoji expression cost ~20 ms of every start (src/build/bundle.ts,
    // lazy-packages; src/display-width.ts measures the example's text itself). A segmenter built
    // anywhere in the run is counted.
    const count = (args: string[]) => {
      const counting = [
        'let built = 0;',
        'const Real = Intl.Segmenter;',
        'Intl.Segmenter = class extends Real { constructor(...a) { super(...a); built++; } };',
        "process.on('exit', () => process.stderr.write('SEGMENTERS=' + built + '\\n'));",
      ];
      return Number(/SEGMENTERS=(\d+)/.exec(runTool(counting, args).stderr)?.[1]);
    };
    expect(count(['--help'])).toBe(0);
    expect(count(['score', 'examples/producer-4star.yaml'])).toBe(0);
    // The count does see one: a diagnostic quoting a line with an emoji measures it with string-width.
    const withEmoji = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-width-')), 'a.yaml');
    writeFileSync(withEmoji, readFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), 'utf8') + '😀: 1\n');
    expect(count(['score', withEmoji])).toBeGreaterThan(0);
  });

  it('when --help or score runs on the bundled example then neither child_process nor zlib is loaded', () => {
    // commander's child_process (programs as subcommands) and zlib (linebreak's packed table) were
    // ~5 ms of each start (src/build/bundle.ts: commander-without-spawn, line-break-table-unpacked).
    const loaded = (args: string[]) => {
      const listing = ["process.on('exit', () => process.stderr.write('MODULES=' + process.moduleLoadList.join(',') + '\\n'));"];
      return /MODULES=(.*)/.exec(runTool(listing, args).stderr)?.[1]?.split(',') ?? [];
    };
    for (const args of [['--help'], ['score', 'examples/producer-4star.yaml']]) {
      const modules = loaded(args);
      expect(modules, args.join(' ')).toContain('NativeModule fs');
      expect(modules, args.join(' ')).not.toContain('NativeModule child_process');
      expect(modules, args.join(' ')).not.toContain('NativeModule zlib');
    }
  });

  it('when --help or score runs then no bundle makes a file URL of itself', () => {
    // Each bundle turned its own path into a URL at load (for import.meta.url), ~0.3-0.5 ms for the
    // first of a run; our code asks for paths (import.meta.filename), and a URL is made only on use.
    const counting = [
      "const url = require('node:url'), made = [], pathToFileURL = url.pathToFileURL;",
      'url.pathToFileURL = (...args) => (made.push(String(args[0])), pathToFileURL(...args));',
      "process.on('exit', () => process.stderr.write('URLS=' + JSON.stringify(made) + '\\n'));",
    ];
    for (const args of [['--help'], ['score', 'examples/producer-4star.yaml']]) {
      const run = runTool(counting, args);
      expect(run.status, args.join(' ')).toBe(0);
      expect(JSON.parse(/URLS=(.*)/.exec(run.stderr)![1]!), args.join(' ')).toEqual([]);
    }
    // The count does see one: a PDF report's library asks for its own URL.
    const report = runTool(counting, ['report', 'examples/producer-4star.yaml', '-o', path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-url-')), 'r.pdf')]);
    expect(report.status).toBe(0);
    expect(JSON.parse(/URLS=(.*)/.exec(report.stderr)![1]!).length).toBeGreaterThan(0);
  });

  it('when standard error is a pipe and nothing is written to it then its stream is never made', () => {
    // Node makes process.stderr on first use, and for a pipe that is a socket, ~2-4 ms of a start
    // (src/cli/output.ts). The probe wraps the getter and reports by writing to the descriptor,
    // which makes no stream itself.
    const watching = [
      "const made = { stderr: false }, getter = Object.getOwnPropertyDescriptor(process, 'stderr').get;",
      "Object.defineProperty(process, 'stderr', { configurable: true, get() { made.stderr = true; return getter.call(process); } });",
      "process.on('exit', () => require('node:fs').writeSync(2, 'STDERR_MADE=' + made.stderr + '\\n'));",
    ];
    const run = (args: string[]) => {
      const result = runTool(watching, args);
      return { ...result, made: /STDERR_MADE=(\w+)/.exec(result.stderr)?.[1] };
    };
    for (const args of [['--help'], ['score', 'examples/producer-4star.yaml']]) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout.length, args.join(' ')).toBeGreaterThan(100);
      expect(result.made, args.join(' ')).toBe('false');
    }
    // The probe does see it: an error is written to standard error, which makes the stream.
    const failing = run(['score', 'no-such-file.yaml']);
    expect(failing.status).toBe(2);
    expect(failing.stderr).toContain('FILE_NOT_FOUND');
    expect(failing.made).toBe('true');
  });

  it('when the example is scored then no thread pool starts, and node:tty, node:os and node:fs/promises stay unloaded', () => {
    // Each cost a start something: the thread pool (four threads, then a trip per file call) ~2 ms,
    // fs/promises ~1 ms (src/source/file-system.ts), tty and os ~1.5 ms (chalk-without-guessing in
    // src/build/bundle.ts). The probe counts this process's threads on Linux, where they are files.
    const watching = [
      "process.on('exit', () => {",
      "  const loaded = ['tty', 'os', 'fs/promises'].filter((name) => process.moduleLoadList.includes('NativeModule ' + name));",
      '  let threads = -1;',
      "  try { threads = require('node:fs').readdirSync('/proc/self/task').length; } catch {}",
      "  process.stderr.write('LOADED=' + loaded.join(',') + ' THREADS=' + threads + '\\n');",
      '});',
    ];
    const probe = (args: string[]) => {
      const run = runTool(watching, args);
      const [, loaded, threads] = /LOADED=(\S*) THREADS=(-?\d+)/.exec(run.stderr) ?? [];
      return { status: run.status, loaded, threads: Number(threads) };
    };
    const score = probe(['score', 'examples/producer-4star.yaml']);
    expect(score.status).toBe(0);
    expect(score.loaded).toBe('');
    // The probe does see both: writing a file uses node:fs/promises, and its calls the thread pool.
    const written = probe(['plan', 'examples/producer-4star.yaml', '-f', 'ics', '-o', path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-plan-')), 'plan.ics')]);
    expect(written.status).toBe(0);
    expect(written.loaded).toBe('fs/promises');
    if (process.platform === 'linux') {
      const bare = probe(['--version']);
      expect(bare.threads).toBeGreaterThan(1);
      expect(score.threads).toBe(bare.threads);
      expect(written.threads).toBeGreaterThan(bare.threads);
    }
  });

  it.skipIf(process.platform === 'win32')('when standard error is /dev/null then node:tty is not loaded to tell that it is no terminal', () => {
    // `2>/dev/null` and a parent's 'ignore' are a character device, as a terminal is; /dev/null is
    // known by its device number (isTerminal in src/cli/output.ts), where loading node:tty and the
    // network modules it brings cost ~1.5 ms. The probe writes its answer to a file of its own.
    const answer = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-null-')), 'tty.txt');
    const watching = [`process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(answer)}, String(process.moduleLoadList.includes('NativeModule tty'))));`];
    const loadsTty = (stderr: string) => {
      const fd = openSync(stderr, 'w');
      try {
        expect(runTool(watching, ['--help'], { stderr: fd }).status).toBe(0);
      } finally {
        closeSync(fd);
      }
      return readFileSync(answer, 'utf8');
    };
    expect(loadsTty('/dev/null')).toBe('false');
    // The probe does see it: another character device (/dev/zero takes writes too) is asked of node:tty.
    expect(loadsTty('/dev/zero')).toBe('true');
  });

  it("when chalk colours text then it is always told the level: the bundles' chalk guesses none", () => {
    // chalk-without-guessing (src/build/bundle.ts) gives chalk's default instances level 0; only
    // the levels output.ts decides are used, so every Chalk the tool makes is given one.
    const src = path.join(repoRoot, 'src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    const made = files.flatMap((name) => [...readFileSync(path.join(src, name), 'utf8').matchAll(/new Chalk\(([^)]*)\)/g)].map((match) => ({ name, options: match[1]! })));
    expect(made.length).toBeGreaterThan(5);
    expect(made.filter(({ options }) => !/\blevel\b/.test(options))).toEqual([]);
    const defaults = files.filter((name) => /import\s+(chalk\b|\{[^}]*\b(chalkStderr|supportsColor|supportsColorStderr)\b)[^;]*from 'chalk'/.test(readFileSync(path.join(src, name), 'utf8')));
    expect(defaults).toEqual([]);
  });

  it('when a file without recorded evidence is scored or validated then node:crypto is not loaded', () => {
    // Loading it was ~3 ms of each run (src/source/crypto-on-use.ts).
    const watching = ["process.on('exit', () => process.stderr.write('CRYPTO=' + process.moduleLoadList.includes('NativeModule crypto') + '\\n'));"];
    const loadsCrypto = (args: string[]) => /CRYPTO=(\w+)/.exec(runTool(watching, args).stderr)?.[1];
    expect(loadsCrypto(['score', 'examples/seller-compliant.yaml'])).toBe('false');
    expect(loadsCrypto(['validate', 'examples/seller-compliant.yaml'])).toBe('false');
    expect(loadsCrypto(['--help'])).toBe('false');
    // The probe does see it: the example with recorded evidence hashes its two PDFs.
    expect(loadsCrypto(['score', 'examples/producer-4star.yaml'])).toBe('true');
  });

  it("when linebreak's table is looked at then one file beside the shared bundle holds it, exactly the classes the library ships", () => {
    // The build writes the table unpacked (line-break-table-unpacked); unpacked here again, by
    // unicode-trie itself from linebreak's own file, and compared entry by entry. Every bundle that
    // folds text (and pdfkit's) requires the one vendor/linebreak.cjs (sharedLibraries).
    const shipped = readFileSync(path.join(repoRoot, 'node_modules', 'linebreak', 'dist', 'main.cjs'), 'utf8');
    const UnicodeTrie = createRequire(import.meta.url)('unicode-trie') as new (data: Buffer) => { data: Uint32Array; highStart: number };
    const library = new UnicodeTrie(Buffer.from(/toByteArray\("([^"]+)"\)/.exec(shipped)![1]!, 'base64'));
    expect(bundles.filter((name) => new RegExp(`highStart:\\s*${library.highStart}\\b`).test(text(name)))).toEqual(['vendor/linebreak.cjs']);
    expect(text('vendor/linebreak.cjs')).toContain('"linebreak-classes.bin"');
    expect(text('main.cjs')).toContain('require("./vendor/linebreak.cjs")');
    expect(text('write-report.cjs')).toContain('require("./vendor/linebreak.cjs")');
    expect(text('commands/score.cjs')).toContain('require("../vendor/linebreak.cjs")');
    // The entries are written little-endian, four bytes each.
    const bytes = readFileSync(path.join(bundleDir, 'vendor', 'linebreak-classes.bin'));
    const entries = Array.from({ length: bytes.length / 4 }, (_, index) => bytes.readUInt32LE(index * 4));
    expect(entries).toEqual([...library.data]);
  });

  it('when a bundle or a validator is read then it is ASCII, so Node and V8 keep it at one byte a character', () => {
    // asciiRegExps and asciiStrings (src/build/ascii-only.ts): one character outside ASCII anywhere
    // in a bundle had Node decode it on its slow path and V8 hold all of it at two bytes a character.
    const validatorDir = path.join(repoRoot, 'dist', 'generated', 'validators');
    const files = [...bundles.map((name) => path.join(bundleDir, name)), ...readdirSync(validatorDir).map((name) => path.join(validatorDir, name))];
    expect(files.length).toBeGreaterThan(20);
    const outside = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const at = source.search(/[^\x00-\x7f]/);
      return at === -1 ? [] : [`${path.relative(repoRoot, file)}: …${source.slice(Math.max(0, at - 40), at + 10)}…`];
    });
    expect(outside).toEqual([]);
  });

  it('when a table cell holds a zero-width space then the table is drawn as the tool measures it', () => {
    // cli-table3 measures with the tool's displayWidth (table-measures-as-we-do); its own
    // string-width 4 gave a zero-width space (common in text pasted from a web page) a column and
    // drew that row one column short.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-table-')), 'a.yaml');
    const example = readFileSync(path.join(repoRoot, 'examples', 'producer-4star.yaml'), 'utf8');
    writeFileSync(file, example.replace('note: 维修数据尚未反馈给研发部门', 'note: 维修数据\u200b尚未反馈给研发部门'));
    const run = runTool([], ['score', file]);
    expect(run.stdout).toContain('维修数据\u200b尚未');
    const table = run.stdout.split('\n').filter((line) => /^[┌│├└]/.test(line) && run.stdout.indexOf(line) > run.stdout.indexOf('差距清单'));
    const gapTable = table.slice(table.findIndex((line) => line.includes('可提升')) - 1);
    expect(gapTable.some((line) => line.includes('\u200b'))).toBe(true);
    expect(new Set(gapTable.map((line) => displayWidth(line))).size).toBe(1);
  });

  it("when a bundle inflates linebreak's Unicode table then it uses Node's zlib, not tiny-inflate's decoder", () => {
    // tiny-inflate's decoder in JavaScript took ~8 ms of every run that wraps a line (src/build/bundle.ts).
    // Its decoder's one message, which minifying keeps: "Data error".
    for (const name of bundles) expect(text(name), name).not.toContain('"Data error"');
    expect(text('vendor/linebreak.cjs')).toContain('inflateRawSync');
  });
});
