import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { packageRoot } from '../paths.js';
import { asciiRegExps } from './ascii-only.js';

/**
 * Build step: the command line as CommonJS bundles, one for the entry (commander and the help
 * text) and one per command, which the entry requires only when that command runs. Startup of a
 * CLI is dominated by loading modules: as separate ES modules, commander, yaml, chalk, cli-table3
 * and our own files cost ~80 ms before any work; as one CommonJS file per command, a fraction of
 * that (ES module loading has more steps per module than `require`). Every dependency is inside
 * the bundles except ajv (below): @inquirer/prompts is bundled into `assess` and loaded with a real
 * import() only when the questionnaire starts; pdfkit and fontkit are bundled into write-report.cjs
 * only, which `report`, its batch worker, `serve` and the questionnaire require (the questionnaire
 * only when a PDF is asked for: the report-apart plugin); yaml, exceljs and linebreak are bundles of
 * their own in vendor/ (sharedLibraries), so the package carries each library once
 * (test/unit/bundles.test.ts).
 */
const LAZY = ['score', 'validate', 'init', 'assess', 'report', 'diff', 'indicators', 'sheet', 'plan', 'migrate', 'serve', 'records', 'evidence'] as const;

export async function bundle(): Promise<string> {
  const outdir = path.join(packageRoot, 'dist', 'bundle');
  const ascii = asciiRegExps();
  rmSync(outdir, { recursive: true, force: true });
  const common: BuildOptions = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    outdir,
    outExtension: { '.js': '.cjs' },
    legalComments: 'linked',
    // Everything is bundled, so an install needs no dependencies at all (the font is the bulk of the
    // package). ajv stays out: it only compiles schemas when the precompiled validators are missing,
    // which never happens in a built package.
    external: ['ajv'],
    // import.meta does not exist in CommonJS: the bundle's own file and folder stand in for it. Our
    // code asks for paths (import.meta.filename, dirname); a file URL, should a library ask, is made
    // only then: the first pathToFileURL of a run costs ~0.3-0.5 ms, and every bundle made one.
    define: {
      'import.meta.filename': '__filename',
      'import.meta.dirname': '__dirname',
      'import.meta.url': '__gbtModule.url',
      __GBT27922_VERSION__: JSON.stringify(version()),
      __GBT27922_BUNDLED__: 'true',
    },
    banner: { js: "var __gbtModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
    logLevel: 'warning',
  };
  await build({
    ...common,
    entryPoints: { main: path.join(packageRoot, 'src', 'cli', 'main.ts') },
    plugins: [ascii, lazyModules, lazyPackages, commanderWithoutSpawn, sharedLibraries('./')],
    // The entry loads its commands with a plain require (the plugin makes them external).
    supported: { 'dynamic-import': false },
  });
  const commands = {
    ...common,
    // ESM-only dependencies (@inquirer/prompts) become CommonJS inside the bundle.
    mainFields: ['module', 'main'],
    plugins: [
      ascii,
      reportApart,
      tableCellsWithoutWaste,
      excelWithoutCsv,
      fontsWithoutWoff2,
      promptsWithoutEditor,
      lazyPackages,
      nativeInflate,
      nativeBase64,
      commanderWithoutSpawn,
      tableMeasuresAsWeDo,
      chalkWithoutGuessing,
      sharedLibraries('../'),
    ],
  };
  await build({
    ...commands,
    entryPoints: { 'commands/assess': path.join(packageRoot, 'src', 'cli', 'commands', 'assess.ts') },
    // The questionnaire's prompts stay a real import(), loaded only when the walk starts.
    supported: { 'dynamic-import': true },
  });
  await build({
    ...commands,
    entryPoints: Object.fromEntries([
      ...LAZY.filter((name) => name !== 'assess').map((name) => [`commands/${name}`, path.join(packageRoot, 'src', 'cli', 'commands', `${name}.ts`)]),
      ['commands/score-worker', path.join(packageRoot, 'src', 'cli', 'commands', 'score-worker.ts')],
      ['commands/report-worker', path.join(packageRoot, 'src', 'cli', 'commands', 'report-worker.ts')],
    ]),
    // Every other bundle loads its lazy parts (score's sheet.cjs) with require: a bundle holding an
    // import() cannot be kept in the launcher's code cache on Node 20 (bin/gbt27922.cjs), and would
    // be compiled again on every start.
    supported: { 'dynamic-import': false },
  });
  // The bundles beside the entry: the same, with the shared libraries one folder nearer.
  await build({
    ...commands,
    plugins: [...commands.plugins.slice(0, -1), sharedLibraries('./')],
    entryPoints: {
      'write-report': path.join(packageRoot, 'src', 'report', 'write-report.ts'),
      'print-diagnostics': path.join(packageRoot, 'src', 'cli', 'print-diagnostics.ts'),
    },
    supported: { 'dynamic-import': false },
  });
  // The shared libraries, once for the package (see sharedLibraries).
  const require = createRequire(import.meta.url);
  await build({
    ...commands,
    plugins: [excelWithoutCsv, lineBreakTableUnpacked, nativeBase64, nativeInflate],
    entryPoints: Object.fromEntries(Object.values(SHARED).map((shared) => [shared.bundle, require.resolve(shared.module)])),
    supported: { 'dynamic-import': false },
  });
  return outdir;
}

/**
 * Libraries bundled once, into dist/bundle/vendor/, and required by every bundle that uses them,
 * instead of a copy in each. The yaml library (115 KB) was in sixteen bundles. exceljs and what it
 * brings (a zip library, a stream polyfill, an XML parser: about 0.7 MB) was in every command that
 * reads or writes a workbook; it is now in two shared bundles: the in-memory Workbook alone (sheet,
 * evidence: quick to load, see spreadsheet/excel-workbook.ts), or the whole library with its
 * streaming reader (records, and the report's KPI page). yaml is plain CommonJS, so each bundle
 * held all of it anyway: a command loads no more code than before, from one more file.
 */
const SHARED = {
  exceljs: { module: 'exceljs', bundle: 'vendor/exceljs' },
  exceljsWorkbook: { module: 'exceljs/lib/doc/workbook.js', bundle: 'vendor/exceljs-workbook' },
  yaml: { module: 'yaml', bundle: 'vendor/yaml' },
  // exceljs's zip reader, which records uses on its own to read a workbook by its central directory.
  unzipper: { module: 'unzipper', bundle: 'vendor/unzipper' },
  // Line breaking (terminal folding, and pdfkit's), with its class table: it was in seventeen bundles.
  linebreak: { module: 'linebreak', bundle: 'vendor/linebreak' },
} as const;

/** `import … from 'yaml'` becomes `require('../vendor/yaml.cjs')`, relative to the bundle's folder (`from`). */
function sharedLibraries(from: '../' | './'): Plugin {
  return {
    name: `shared-libraries-${from}`,
    setup(builder) {
      for (const shared of Object.values(SHARED)) {
        const filter = new RegExp(`^${shared.module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
        builder.onResolve({ filter }, () => ({ path: `${from}${shared.bundle}.cjs`, external: true }));
      }
    },
  };
}

/** `import('./commands/score.js')` in the entry becomes `require('./commands/score.cjs')`, a file of its own. */
const lazyModules: Plugin = {
  name: 'lazy-commands',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/(commands\/[a-z-]+|print-diagnostics)\.js$/ }, (args) =>
      args.importer.endsWith(path.join('cli', 'main.ts')) ? { path: args.path.replace(/\.js$/, '.cjs'), external: true } : undefined,
    );
  },
};

/**
 * The questionnaire offers the PDF at its end; pdfkit and the font engine are a megabyte of code
 * the walk does not need until then, so it loads the report bundle only when asked.
 */
const reportApart: Plugin = {
  name: 'report-apart',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/report\/write-report\.js$/ }, (args) =>
      args.importer.endsWith(path.join('questionnaire', 'walk.ts')) || args.importer.endsWith(path.join('serve', 'server.ts')) ? { path: '../write-report.cjs', external: true } : undefined,
    );
    // The report command and its batch worker require the same bundle rather than carry the PDF
    // stack (pdfkit, fontkit: about a megabyte) twice more in the package.
    builder.onResolve({ filter: /^\.\.\/\.\.\/report\/write-report\.js$/ }, (args) =>
      path.dirname(args.importer).endsWith(path.join('cli', 'commands')) ? { path: '../write-report.cjs', external: true } : undefined,
    );
    // The page's server offers the workbook too: it loads the sheet bundle only when one is downloaded.
    builder.onResolve({ filter: /^\.\.\/spreadsheet\/workbook-bytes\.js$/ }, (args) => (args.importer.endsWith(path.join('serve', 'server.ts')) ? { path: './sheet.cjs', external: true } : undefined));
    // The summary's xlsx needs the spreadsheet library (two megabytes): score loads the sheet
    // bundle only for it, and every other score stays as quick to start as before.
    builder.onResolve({ filter: /^\.\/sheet\.js$/ }, (args) => (args.importer.endsWith(path.join('commands', 'score.ts')) ? { path: './sheet.cjs', external: true } : undefined));
  },
};

/**
 * Two pieces of cli-table3's cell.js cost `score` time for nothing (a cli-table3 whose cell.js no
 * longer has either stops the build, so an upgrade is looked at):
 * - It draws every line of every cell after truncating the cell's whole content to 10 columns for a
 *   debug message it prints only when its debugging is switched on (draw). The truncation measures
 *   the text again for each character it removes: on the gap table (cells of three lines) a sixth of
 *   `score`'s time. The bundle leaves that argument out.
 * - Each cell takes its 18 border and padding options from the cell's and the table's (setOption),
 *   turning each name into camel case and collecting the candidates into an array every time
 *   (~1.5 ms of a score's tables, cold). The same choice, the first value neither undefined nor
 *   null, is made with each name's camel case worked out once.
 */
const tableCellsWithoutWaste: Plugin = {
  name: 'table-cells-without-waste',
  setup(builder) {
    builder.onLoad({ filter: /cli-table3[\\/]src[\\/]cell\.js$/ }, (args) => ({ contents: tableCellWithoutWaste(readFileSync(args.path, 'utf8'), args.path), loader: 'js' }));
  },
};

/** cli-table3's cell.js as the bundles hold it (tableCellsWithoutWaste); test/unit/table-cell.test.ts compares the two. */
export function tableCellWithoutWaste(cellJs: string, file = 'cell.js'): string {
  let source = cellJs;
  const replacements: [string, string][] = [
    ['let content = utils.truncate(this.content, 10, this.truncate);', "let content = '';"],
    [
      'function firstDefined(...args) {\n  return args.filter((v) => v !== undefined && v !== null).shift();\n}',
      // Its two callers, in setOption, pass two or four values.
      'function firstDefined(a, b, c, d) {\n  return a ?? b ?? c ?? d ?? undefined;\n}',
    ],
    [
      "function setOption(objA, objB, nameB, targetObj) {\n  let nameA = nameB.split('-');\n  if (nameA.length > 1) {\n    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);\n    nameA = nameA.join('');\n",
      [
        'const camelNames = new Map();',
        'function camelName(nameB) {',
        "  const parts = nameB.split('-');",
        '  if (parts.length > 1) parts[1] = parts[1].charAt(0).toUpperCase() + parts[1].substr(1);',
        "  return parts.join('');",
        '}',
        'function setOption(objA, objB, nameB, targetObj) {',
        '  let nameA = camelNames.get(nameB);',
        '  if (nameA === undefined) camelNames.set(nameB, (nameA = camelName(nameB)));',
        '  if (nameA !== nameB) {',
        '',
      ].join('\n'),
    ],
  ];
  for (const [from, to] of replacements) {
    if (!source.includes(from)) throw new Error(`${file}: "${from.split('\n')[0]}" is gone; check the cli-table3 upgrade and the table-cells-without-waste plugin`);
    source = source.replace(from, to);
  }
  return source;
}

/**
 * exceljs's Workbook loads its CSV reader and writer (fast-csv, dayjs) when its module loads; the
 * tool reads and writes CSV itself (spreadsheet/write-csv.ts, read-grid.ts), so they are left out,
 * and a call to workbook.csv would say so rather than run half-bundled code.
 */
const excelWithoutCsv = standIn(
  'excel-without-csv',
  /^\.\.\/csv\/csv$/,
  () => "module.exports = class { constructor() { throw new Error('exceljs CSV is not bundled: gbt27922 reads and writes CSV itself'); } };",
  (importer) => importer.endsWith(path.join('exceljs', 'lib', 'doc', 'workbook.js')),
);

/**
 * fontkit decompresses WOFF2 web fonts with brotli, whose dictionary is half a megabyte of code in
 * each bundle with the PDF stack. The report refuses web fonts before fontkit sees them
 * (FONT_UNSUPPORTED: pdfkit draws a WOFF2's glyphs invisible), and its own fonts are TrueType, so
 * brotli is left out; a WOFF2 that reached fontkit anyway fails to open and is refused the same way.
 */
const fontsWithoutWoff2 = standIn(
  'fonts-without-woff2',
  /^brotli\/decompress(\.js)?$/,
  () => "module.exports = function () { throw new Error('WOFF2 fonts are not supported: gbt27922 does not bundle brotli'); };",
  (importer) => importer.includes(`${path.sep}fontkit${path.sep}`),
);

/**
 * @inquirer/prompts loads every prompt, and its editor prompt brings an external-editor module with
 * iconv-lite's and chardet's tables (half a megabyte). The questionnaire asks with select and input
 * only (questionnaire/prompter.ts), so the editor's helper is left out; calling it would say so.
 */
const promptsWithoutEditor = standIn(
  'prompts-without-editor',
  /^@inquirer\/external-editor$/,
  () => "export function editAsync() { throw new Error('the editor prompt is not bundled: gbt27922 asks with select and input only'); }",
);

/**
 * string-width builds an Intl.Segmenter and a regular expression of every emoji sequence when its
 * module loads (~20 ms of every start, `--help` included), and linebreak builds its class table,
 * though most starts never measure a character outside ASCII and Chinese (see display-width.ts) or
 * wrap a line. Our own imports of them get a stand-in that loads the package on its first call.
 * Both are used only through their default export (a function, a class): the stand-in passes the
 * call, or `new`, through. linebreak itself is the shared vendor/linebreak.cjs, which pdfkit's
 * import of it also reaches (sharedLibraries).
 */
const lazyPackages = standIn(
  'lazy-packages',
  /^(string-width|linebreak)$/,
  (module) =>
    [
      'let loaded;',
      `const target = () => { if (!loaded) { const m = require(${JSON.stringify(module)}); loaded = m.default ?? m; } return loaded; };`,
      'module.exports = function lazy(...args) { return new.target ? new (target())(...args) : target()(...args); };',
    ].join('\n'),
  (importer) => importer.startsWith(path.join(packageRoot, 'src') + path.sep),
);

/**
 * unicode-properties' tables (fontkit's, in the report) ship deflated twice, and unicode-trie undoes
 * them with tiny-inflate, a decoder in JavaScript (it took ~8 ms for linebreak's table, which is now
 * unpacked at build time instead), where Node's own zlib takes well under one. tiny-inflate's
 * contract is kept: raw DEFLATE from `source` into the caller's `dest`, returned (shortened when the
 * data was shorter), so the typed array unicode-trie builds over dest's buffer is unchanged.
 * fontkit's WOFF reader uses it the same way.
 */
const nativeInflate = standIn('native-inflate', /^tiny-inflate$/, () =>
  [
    'module.exports = function inflate(source, dest) {',
    "  const out = require('node:zlib').inflateRawSync(source);",
    '  const length = Math.min(out.length, dest.length);',
    '  dest.set(out.subarray(0, length));',
    '  return length < dest.length ? dest.slice(0, length) : dest;',
    '};',
  ].join('\n'),
);

/** linebreak's class table, in the bundle folder: written by the build, read by vendor/linebreak.cjs. */
const LINE_BREAK_CLASSES = 'vendor/linebreak-classes.bin';

/**
 * linebreak's table of line-breaking classes ships deflated twice, so its first use loaded zlib and
 * inflated it (~2 ms of every `--help` and `score`). The build unpacks it once, with unicode-trie
 * itself, and writes its 14,404 entries as bytes (little-endian) into a file beside the one shared
 * vendor/linebreak.cjs (LINE_BREAK_CLASSES), which a run reads as it is and unicode-trie takes as
 * they are. As base64 inside the bundle, the 77 KB of text were read, compared with the code cache's
 * copy, held by V8 and decoded on every start that folds a line. Only the shared bundle is built
 * from linebreak's file (every other import of it, pdfkit's too, requires that bundle). A linebreak
 * whose table is no longer written this way stops the build, so an upgrade is looked at.
 */
const lineBreakTableUnpacked: Plugin = {
  name: 'line-break-table-unpacked',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]linebreak[\\/]dist[\\/]main\.cjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const packed =
        /const (\$\w+\$var\$data) = \(\$parcel\$interopDefault\(\$\w+\$base64js\)\)\.toByteArray\("([A-Za-z0-9+/=]+)"\);\nconst (\$\w+\$var\$classTrie) = new (\(\$parcel\$interopDefault\(\$\w+\$unicodetrie\)\))\(\1\);/.exec(
          source,
        );
      if (!packed) throw new Error(`${args.path}: its class table is not where the line-break-table-unpacked plugin looks; check the linebreak upgrade`);
      const [statement, , base64, trieName, trieClass] = packed;
      const UnicodeTrie = createRequire(import.meta.url)('unicode-trie') as new (data: Buffer) => { data: Uint32Array; highStart: number; errorValue: number };
      const trie = new UnicodeTrie(Buffer.from(base64!, 'base64'));
      const bytes = Buffer.alloc(trie.data.length * 4);
      trie.data.forEach((entry, index) => bytes.writeUInt32LE(entry, index * 4));
      const file = path.join(builder.initialOptions.outdir!, LINE_BREAK_CLASSES);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      const unpack = [
        `const ${trieName} = new ${trieClass}({ highStart: ${trie.highStart}, errorValue: ${trie.errorValue}, data: (() => {`,
        `  const bytes = require('node:fs').readFileSync(require('node:path').join(__dirname, ${JSON.stringify(path.basename(LINE_BREAK_CLASSES))}));`,
        '  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 0) bytes.swap32(); // written little-endian',
        '  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));',
        '})() });',
      ].join('\n');
      return { contents: source.replace(statement, unpack), loader: 'js' };
    });
  },
};

/**
 * unicode-properties' tables (fontkit's, in the report) ship as base64 text, which base64-js turns
 * into bytes in JavaScript, one character at a time (~3 ms for linebreak's table, before it was
 * unpacked at build time), where Node's Buffer decodes them natively. base64-js's three functions are kept, with its results: a
 * Uint8Array (a Buffer is one, and unicode-trie reads one through its offset-aware methods).
 */
const nativeBase64 = standIn('native-base64', /^base64-js$/, () =>
  [
    "module.exports.toByteArray = (text) => Buffer.from(text, 'base64');",
    "module.exports.fromByteArray = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');",
    "module.exports.byteLength = (text) => Buffer.byteLength(text, 'base64');",
  ].join('\n'),
);

/**
 * commander requires child_process when its module loads, for subcommands that are programs of
 * their own (`git-foo`), which this tool has none of: loading it (and the network modules it
 * brings) was ~2.5 ms of every start. commander's own import of it gets one that loads it on use.
 */
const commanderWithoutSpawn = standIn(
  'commander-without-spawn',
  /^node:child_process$/,
  () => "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
  (importer) => importer.includes(`${path.sep}commander${path.sep}`),
);

/**
 * cli-table3 measures every cell with its own string-width (version 4: an emoji expression tried
 * on each string), a sixth of `score`'s time on the example. It gets the tool's one measure
 * instead (display-width.ts: the same columns for ASCII and Chinese, string-width 7 beyond them),
 * so a table's columns and the text folded into them are measured alike.
 */
const tableMeasuresAsWeDo = standIn(
  'table-measures-as-we-do',
  /^string-width$/,
  () => "module.exports = require('./src/display-width.ts').displayWidth;",
  (importer) => importer.includes(`${path.sep}cli-table3${path.sep}`),
);

/**
 * chalk guesses a colour level for its default instance when its module loads (its copy of
 * supports-color), and asks node:tty and node:os to do it: ~1.5 ms of every command that prints.
 * The tool never uses that instance: each Chalk it makes is given the level output.ts decided for
 * its stream (--no-color, NO_COLOR, FORCE_COLOR, a terminal or not). chalk's import of it gets one
 * that guesses nothing, so a Chalk made without a level would print plain text, never colour.
 */
const chalkWithoutGuessing = standIn(
  'chalk-without-guessing',
  /^#supports-color$/,
  () => 'export default { stdout: false, stderr: false };',
  (importer) => importer.includes(`${path.sep}chalk${path.sep}`),
);

/**
 * A plugin that bundles `contents` in place of each module `filter` matches, where it is imported
 * from a file `importedFrom` accepts (anywhere, without it). The stand-in is resolved from the
 * package's root, so it can require the real package (lazy-packages) or Node's own modules.
 */
function standIn(name: string, filter: RegExp, contents: (module: string) => string, importedFrom?: (importer: string) => boolean): Plugin {
  return {
    name,
    setup(builder) {
      builder.onResolve({ filter }, (args) => (importedFrom && !importedFrom(args.importer) ? undefined : { path: args.path, namespace: name }));
      builder.onLoad({ filter: /.*/, namespace: name }, (args) => ({ contents: contents(args.path), resolveDir: packageRoot, loader: 'js' }));
    },
  };
}

function version(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}
