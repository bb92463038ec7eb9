import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';

/**
 * Every error code, produced by a real input and seen coming out. Each row of the table is an
 * input (a fixture file, a command line, a file made on the spot, or a function call) and the test
 * runs it and reads the codes that came out; nothing here looks for a code's name in a test file.
 *
 * Three conditions cannot be made with an ordinary input, and are made as the other tests make them:
 * - FOLDER_UNREADABLE: tests may run as root, for whom a folder without read permission still reads,
 *   so `readdir` fails with EACCES for folders named `locked` (the mock below, as unreadable-folders.test.ts).
 * - DISK_FULL: the write error is a real ENOSPC from the kernel (writing to /dev/full), handed to
 *   the function that turns a write error into a diagnostic; the questionnaire's save on a full
 *   disk is in disk-full.test.ts.
 * - INTERNAL: an output that throws an unexpected error (a programming fault cannot be made by input).
 */
vi.mock('../../src/source/file-system.js', async (importOriginal) => (await import('../helpers/locked-folders.js')).lockedFolders(importOriginal));

const { main } = await import('../../src/cli/main.js');
const { ERROR_CODES } = await import('../../src/model/error-codes.js');
type ErrorCode = (typeof ERROR_CODES)[number];
const { loadAssessment } = await import('../../src/assessment/load-assessment.js');
const { loadProfile } = await import('../../src/certification/load-profile.js');
const { loadApplicationRequirements } = await import('../../src/certification/load-application.js');
const { commanderErrorCode } = await import('../../src/i18n/commander-errors.js');
const { writeFailure } = await import('../../src/source/write-file-atomic.js');
const { acquireLock } = await import('../../src/questionnaire/file-lock.js');
const { runQuestionnaire } = await import('../../src/questionnaire/run-questionnaire.js');
const { ScriptedPrompter } = await import('../helpers/scripted-prompter.js');
const { MAX_SOURCE_BYTES } = await import('../../src/source/read-source.js');
const { MAX_FONT_BYTES } = await import('../../src/report/pdf/report-fonts.js');
const { isUserError } = await import('../../src/model/diagnostic.js');
const { repoRoot, testCache } = await import('../helpers/run-cli.js');
const { AssessmentSession } = await import('../../src/serve/assessment-session.js');
const { startServer } = await import('../../src/serve/server.js');
const { loopbackProblem } = await import('../../src/serve/request-guard.js');

const fixtures = path.join(repoRoot, 'test', 'fixtures');

/** A served copy of the example, in this process: the page's server as `gbt27922 serve` starts it. */
async function served(use: (server: { port: number; token: string; session: InstanceType<typeof AssessmentSession> }) => Promise<string[]>): Promise<string[]> {
  const file = path.join(temp(), 'a.yaml');
  copyFileSync(example, file);
  const session = await AssessmentSession.open(file);
  const server = await startServer(session, { port: 0, lang: 'en', today: () => '2026-12-01' });
  try {
    return await use({ port: server.port, token: server.token, session });
  } finally {
    await server.close();
    await session.stop();
  }
}

function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers }, setHost: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += String(chunk)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const stateCodes = (outcome: { status: number; problems?: Array<{ code: string }> }) => (outcome.problems ?? []).map((problem) => problem.code);

const example = path.join(repoRoot, 'examples', 'producer-4star.yaml');
const records = path.join(fixtures, 'records', 'orders-50-gbk.csv');
const seller = path.join(repoRoot, 'examples', 'seller-compliant.yaml');
const temp = () => mkdtempSync(path.join(tmpdir(), 'gbt27922-codes-'));

/** The codes a diagnostic line names: `错误[CODE]`, `warning[CODE]`, … */
function codesIn(text: string): string[] {
  return [...text.matchAll(/\[([A-Z][A-Z_]+)\]/g)].map((match) => match[1]!);
}

/** The command run in this process, as a user would type it; the codes it printed on stderr. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<string[]> {
  const stderr: string[] = [];
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    await main(['node', 'gbt27922', ...args, ...(args.includes('--lang') ? [] : ['--lang', 'en'])], {
      stdout: () => undefined,
      stderr: (text) => void stderr.push(text),
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  return codesIn(stderr.join(''));
}

async function loaded(file: string): Promise<string[]> {
  return (await loadAssessment(file)).diagnostics.map((d) => d.code);
}

/** The codes of what a call threw as a user error. */
async function thrown(call: () => unknown): Promise<string[]> {
  try {
    await call();
  } catch (cause) {
    if (isUserError(cause)) return cause.diagnostics.map((d) => d.code);
    throw cause;
  }
  return [];
}

/** A small assessment of the built-in producer catalogue with one extra top-level line. */
function assessmentWith(line: string, dir = temp()): string {
  const file = path.join(dir, 'a.yaml');
  writeFileSync(file, `format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 示例公司 }\n${line}\nanswers: {}\n`);
  return file;
}

function copyOf(file: string, dir = temp()): string {
  const copy = path.join(dir, path.basename(file));
  copyFileSync(file, copy);
  return copy;
}

/** A folder with an assessment naming `evidence` for one indicator, the files given, and the lines after. */
function withEvidence(evidence: string[], files: Record<string, string> = {}, more = ''): string {
  const dir = temp();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const file = path.join(dir, 'a.yaml');
  writeFileSync(file, `format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: X }\nanswers:\n  culture.commitment: { result: met, evidence: ${JSON.stringify(evidence)} }\n${more}`);
  return file;
}

async function exportedWorkbook(): Promise<{ dir: string; book: string }> {
  const dir = temp();
  const assessment = copyOf(example, dir);
  const book = path.join(dir, 'a.xlsx');
  // In Chinese, so the sheets are the 封面 and 指标 edited below.
  expect(await cli(['export', assessment, '-o', book, '--lang', 'zh'])).toEqual([]);
  return { dir, book };
}

async function editWorkbook(file: string, edit: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  edit(book);
  await book.xlsx.writeFile(file);
}

/** The fixture files named for the code they produce: invalid-CODE.yaml and invalid-CODE.variant.yaml. */
function fixtureFiles(): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of [fixtures, path.join(fixtures, 'catalogues')]) {
    for (const name of readdirSync(dir)) {
      const code = /^invalid-([A-Z_]+)\./.exec(name)?.[1];
      if (code && !found.has(code)) found.set(code, path.join(dir, name));
    }
  }
  return found;
}

type Produce = () => Promise<readonly string[]>;

const rows: Partial<Record<ErrorCode, Produce>> = {
  // reading the file
  FILE_NOT_FOUND: () => cli(['validate', path.join(temp(), 'missing.yaml')]),
  FILE_IS_DIRECTORY: () => loaded(temp()),
  FILE_UNREADABLE: () => loaded('/dev/null'),
  FILE_TOO_LARGE: async () => {
    const file = path.join(temp(), 'big.yaml');
    const handle = openSync(file, 'w');
    ftruncateSync(handle, MAX_SOURCE_BYTES + 1);
    closeSync(handle);
    return loaded(file);
  },
  ENCODING_CONVERTED: () => cli(['validate', path.join(fixtures, 'encodings', 'gbk-crlf.yaml')]),
  YAML_TOO_DEEP: async () => {
    const file = path.join(temp(), 'deep.yaml');
    writeFileSync(file, `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    return cli(['validate', file]);
  },
  CATALOGUE_COPY_IN_THE_WAY: () => {
    // A new assessment with a catalogue from outside its folder, where a different file already has the copy's name.
    const dir = temp();
    writeFileSync(path.join(dir, 'custom-valid.yaml'), '# another file\n');
    return thrown(() =>
      runQuestionnaire({
        file: path.join(dir, 'a.yaml'),
        prompter: new ScriptedPrompter([]),
        lang: 'en',
        colorLevel: 0,
        today: '2026-11-27',
        catalogueOverride: path.join(fixtures, 'catalogues', 'custom-valid.yaml'),
      }),
    );
  },
  // assessment rules
  FORMER_INDICATOR_ID: () => cli(['validate', path.join(fixtures, 'seller-catalogue-v1.yaml')]),
  // certification-body profiles
  PROFILE_UNKNOWN: () => cli(['validate', assessmentWith('profile: exmple-6-months')]),
  PROFILE_NOT_FOUND: () => cli(['validate', assessmentWith('profile: ./missing.yaml')]),
  PROFILE_NOT_A_PROFILE: () => {
    const dir = temp();
    copyOf(path.join(fixtures, 'custom-catalogue-assessment.yaml'), dir);
    return cli(['validate', assessmentWith('profile: ./custom-catalogue-assessment.yaml', dir)]);
  },
  PROFILE_INVALID: () => {
    const dir = temp();
    copyOf(path.join(fixtures, 'profiles', 'invalid-PROFILE_UNKNOWN_DOCUMENT.yaml'), dir);
    return cli(['validate', assessmentWith('profile: ./invalid-PROFILE_UNKNOWN_DOCUMENT.yaml', dir)]);
  },
  PROFILE_UNKNOWN_ELIGIBILITY: async () =>
    (await loadProfile(path.join(fixtures, 'profiles', 'invalid-PROFILE_UNKNOWN_ELIGIBILITY.yaml'), await loadApplicationRequirements())).diagnostics.map((d) => d.code),
  PROFILE_UNKNOWN_DOCUMENT: async () =>
    (await loadProfile(path.join(fixtures, 'profiles', 'invalid-PROFILE_UNKNOWN_DOCUMENT.yaml'), await loadApplicationRequirements())).diagnostics.map((d) => d.code),
  PROFILE_DUPLICATE_ID: async () => (await loadProfile(path.join(fixtures, 'profiles', 'invalid-PROFILE_UNKNOWN_DOCUMENT.yaml'), await loadApplicationRequirements())).diagnostics.map((d) => d.code),
  // command line and output
  UNKNOWN_COMMAND: () => cli(['scroe', example]),
  BASELINE_NOT_COMPARABLE: () => cli(['score', seller, '--baseline', example]),
  BASELINE_NEEDS_ONE_FILE: () => cli(['score', example, seller, '--baseline', example]),
  LEVEL_NOT_IN_CATALOGUE: () => cli(['score', example, '--min-level', 'six-star']),
  MIN_LEVEL_TARGET_MISSING: () => cli(['score', example, '--min-level', 'target']),
  // Every usage error commander reports today has its own code; USAGE is what an unforeseen one gets.
  USAGE: async () => [commanderErrorCode("error: option '--x' cannot be used with option '--y'")],
  USAGE_UNKNOWN_OPTION: () => cli(['score', '--bogus', example]),
  USAGE_MISSING_ARGUMENT: () => cli(['score']),
  USAGE_MISSING_OPTION: () => cli(['init']),
  USAGE_OPTION_VALUE_MISSING: () => cli(['score', example, '--catalogue']),
  USAGE_INVALID_VALUE: () => cli(['score', '--format', 'xml', example]),
  USAGE_TOO_MANY_ARGUMENTS: () => cli(['diff', 'a', 'b', 'c']),
  NO_FILES: () => cli(['validate', path.join(temp(), '*.yaml')]),
  FOLDER_UNREADABLE: () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'locked'));
    return cli(['validate', dir]);
  },
  PASSED_OVER: () => {
    const dir = temp();
    copyOf(example, dir);
    writeFileSync(path.join(dir, 'notes.yaml'), 'just: notes\n');
    return cli(['validate', dir]);
  },
  NEEDS_TERMINAL: () => cli(['assess', '--no-interactive', '-o', path.join(temp(), 'a.yaml')]),
  EVIDENCE_DIR_INVALID: () =>
    thrown(() =>
      runQuestionnaire({
        // An assessment already there: the walk resumes it, and checks the evidence folder before asking anything.
        file: copyOf(example),
        prompter: new ScriptedPrompter([]),
        lang: 'en',
        colorLevel: 0,
        today: '2026-11-27',
        evidenceDir: path.join(temp(), 'no-such-folder'),
      }),
    ),
  EVIDENCE_MISSING: () => cli(['validate', withEvidence(['证据/没有.pdf'])]),
  EVIDENCE_CHANGED: () => cli(['validate', withEvidence(['e.txt'], { 'e.txt': 'now' }, `evidenceLog:\n  e.txt: { sha256: ${'f'.repeat(64)} }\n`)]),
  EVIDENCE_OUTSIDE: () => cli(['validate', withEvidence(['../../etc/passwd'])]),
  EVIDENCE_UNREADABLE: () => {
    const file = withEvidence(['pipe']);
    spawnSync('mkfifo', [path.join(path.dirname(file), 'pipe')]);
    return cli(['validate', file]);
  },
  EVIDENCE_NOT_RECORDED: () => cli(['validate', withEvidence(['e.txt'], { 'e.txt': 'x' })]),
  BINDER_NOT_EMPTY: () => {
    const binder = temp();
    writeFileSync(path.join(binder, 'keep.txt'), 'x');
    return cli(['evidence', withEvidence(['e.txt'], { 'e.txt': 'x' }), '--binder', binder]);
  },
  REPORT_RECORDS_ONE_FILE: () => cli(['report', example, seller, '--records', path.join(fixtures, 'records', 'orders-50-gbk.csv')]),
  BINDER_INSIDE_EVIDENCE: () => {
    const file = withEvidence(['folder/'], { 'folder/e.txt': 'x' });
    return cli(['evidence', file, '--binder', path.join(path.dirname(file), 'folder', 'binder')]);
  },
  FILE_LOCKED: async () => {
    const file = path.join(temp(), 'a.yaml');
    const release = acquireLock(file);
    try {
      return await thrown(() => acquireLock(file));
    } finally {
      release();
    }
  },
  FONT_NOT_FOUND: () => cli(['report', example, '-o', path.join(temp(), 'r.pdf'), '--font', path.join(temp(), 'nope.ttf')]),
  FONT_UNSUPPORTED: () => {
    const font = path.join(temp(), 'font.woff2');
    writeFileSync(font, 'wOF2');
    return cli(['report', example, '-o', path.join(temp(), 'r.pdf'), '--font', font]);
  },
  FONT_NOT_A_FILE: () => cli(['report', example, '-o', path.join(temp(), 'r.pdf'), '--font', temp()]),
  FONT_TOO_LARGE: () => {
    const font = path.join(temp(), 'huge.ttf');
    const handle = openSync(font, 'w');
    ftruncateSync(handle, MAX_FONT_BYTES + 1); // sparse: takes no disk
    closeSync(handle);
    return cli(['report', example, '-o', path.join(temp(), 'r.pdf'), '--font', font]);
  },
  FONT_MISSING_GLYPHS: () => {
    const file = path.join(temp(), 'a.yaml');
    writeFileSync(
      file,
      readFileSync(example, 'utf8')
        .replace('华澜电器（苏州）有限公司', '堃喆电器有限公司')
        .replace('example-6-months', path.join(repoRoot, 'indicators', 'profiles', 'example-6-months.yaml')),
    );
    return cli(['report', file, '-o', path.join(temp(), 'r.pdf')], { GBT27922_FALLBACK_FONTS: '' });
  },
  REPORT_TEXT_SHORTENED: () => {
    const file = path.join(temp(), 'a.yaml');
    writeFileSync(file, `format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 示例 }\nanswers: {}\nspecialDeductions: ["${'word '.repeat(20_000)}"]\n`);
    return cli(['report', file, '-o', path.join(temp(), 'r.pdf')]);
  },
  REPORT_OVERWRITES_INPUT: () => {
    const file = copyOf(example);
    return cli(['report', file, '-o', file, '--force']);
  },
  OUTPUT_EXISTS: () => {
    const dir = temp();
    const other = copyOf(seller, dir);
    return cli(['report', copyOf(example, dir), '-o', other]);
  },
  OUTPUT_NOT_REGULAR: () => cli(['report', example, '-o', '/dev/null', '--force']),
  OUTPUT_NOT_WRITABLE: () => cli(['report', example, '-o', path.join(temp(), 'no-such-folder', 'r.pdf')]),
  OUTPUT_CLOSED: async () => {
    // A real closed descriptor needs a process of its own: the shell closes the binary's standard output.
    const run = spawnSync('bash', ['-c', `"${process.execPath}" bin/gbt27922.cjs score examples/producer-4star.yaml --lang en >&-`], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ...testCache() },
    });
    return codesIn(run.stderr);
  },
  DISK_FULL: async () => {
    let failure: unknown;
    try {
      writeFileSync('/dev/full', 'x');
    } catch (cause) {
      failure = cause;
    }
    return [writeFailure(failure, 'a.yaml').code];
  },
  // spreadsheets
  SHEET_UNREADABLE: () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'junk.xlsx'), 'not a zip');
    return cli(['import', path.join(dir, 'junk.xlsx'), '-o', copyOf(example, dir)]);
  },
  SHEET_MISSING: () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'other.csv'), '名称,数量\n苹果,3\n');
    return cli(['import', path.join(dir, 'other.csv'), '-o', copyOf(example, dir)]);
  },
  SHEET_VALUE_INVALID: async () => {
    const { dir, book } = await exportedWorkbook();
    await editWorkbook(book, (workbook) => {
      workbook.getWorksheet('封面')!.eachRow((row) => {
        if (row.getCell(3).value === 'company.firstCertification') row.getCell(2).value = '也许';
      });
    });
    return cli(['import', book, '-o', path.join(dir, 'producer-4star.yaml')]);
  },
  SHEET_DUPLICATE_ROW: async () => {
    const { dir, book } = await exportedWorkbook();
    await editWorkbook(book, (workbook) => {
      const sheet = workbook.getWorksheet('指标')!;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === 'culture.goals') row.getCell(1).value = 'culture.philosophy';
      });
    });
    return cli(['import', book, '-o', path.join(dir, 'producer-4star.yaml')]);
  },
  SHEET_CATALOGUE_MISMATCH: async () => {
    const { dir, book } = await exportedWorkbook();
    await editWorkbook(book, (workbook) => {
      workbook.getWorksheet('封面')!.eachRow((row) => {
        if (row.getCell(3).value === 'catalogue') row.getCell(2).value = 'seller';
      });
    });
    return cli(['import', book, '-o', path.join(dir, 'producer-4star.yaml')]);
  },
  SHEET_OVERWRITES_INPUT: () => {
    const file = copyOf(example);
    return cli(['export', file, '-o', file]);
  },
  IMPORT_NEEDS_FILE: async () => {
    const dir = temp();
    const assessment = copyOf(example, dir);
    expect(await cli(['export', assessment, '--format', 'csv', '-o', path.join(dir, 'a.csv')])).toEqual([]);
    return cli(['import', path.join(dir, 'a.csv'), '-o', path.join(dir, 'new.yaml')]);
  },
  // service records
  RECORDS_NO_HEADER: () => {
    const file = path.join(temp(), 'no-header.csv');
    writeFileSync(file, 'a,b,c\n1,2,3\n');
    return cli(['records', file]);
  },
  RECORDS_COLUMN_MISSING: () => {
    const mapping = path.join(temp(), 'map.yaml');
    writeFileSync(mapping, 'format: gbt27922-records-mapping/1\ncolumns:\n  id: 工单号\n  type: 服务类型\n  received: 报修时间\ntypes: {}\nsatisfactionScale: 5\n');
    return cli(['records', records, '--mapping', mapping]);
  },
  RECORDS_MAPPING_GUESSED: () => cli(['records', records]),
  RECORDS_ROWS_UNREAD: () => cli(['records', records]),
  RECORDS_CONTRADICTED: async () => {
    const file = path.join(temp(), 'a.yaml');
    expect(await cli(['init', '--type', 'producer', '-o', file, '--company', '某某电器'])).toEqual([]);
    writeFileSync(file, `${readFileSync(file, 'utf8').replace(/^( {2}repair\.service:).*$/m, '$1 met')}commitments:\n  responseHours: 2\n  onSiteHours: 24\n`);
    return cli(['records', records, '--assessment', file, '--apply']);
  },
  RECORDS_APPLY_NEEDS_ASSESSMENT: () => cli(['records', records, '--apply']),
  RECORDS_INVALID_SEED: () => cli(['records', records, '--seed', 'x']),
  RECORDS_FILE_EMPTY: () => {
    const file = path.join(temp(), '工单.csv');
    writeFileSync(file, '');
    return cli(['records', file]);
  },
  RECORDS_NOT_AN_EXPORT: () => {
    const file = path.join(temp(), '工单.csv');
    writeFileSync(file, '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    return cli(['records', file]);
  },
  RECORDS_OLD_WORKBOOK: () => {
    const file = path.join(temp(), '工单.xls');
    writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    return cli(['records', file]);
  },
  RECORDS_WORKBOOK_UNREADABLE: () => {
    // A zip (so read as a workbook) whose central directory is cut off: a download that stopped.
    const file = path.join(temp(), '工单.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60, 7)]));
    return cli(['records', file]);
  },
  RECORDS_ENCODING: () => {
    // UTF-8 for the header and first rows, then a line pasted in from a GBK file.
    const file = path.join(temp(), '工单.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('工单号,服务类型,受理时间\nA1,维修,2026/3/5 9:00\n'), Buffer.from([0x41, 0x32, 0x2c, 0xce, 0xac, 0xd0, 0xde, 0x0a])]));
    return cli(['records', file]);
  },
  // report branding
  SETTINGS_INVALID: () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'settings.yaml'), 'preparedBy: 某咨询\nlogoo: x.png\n');
    return cli(['report', example, '-o', path.join(dir, 'r.pdf'), '--settings', path.join(dir, 'settings.yaml')]);
  },
  SUMMARY_FORMAT: () => cli(['score', example, '--summary', '--format', 'junit']),
  LOGO_UNSUPPORTED: () => {
    const dir = temp();
    const logo = path.join(dir, 'logo.png');
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    return cli(['report', example, '-o', path.join(dir, 'r.pdf'), '--logo', logo]);
  },
  SERVE_PORT_UNAVAILABLE: () => {
    const file = path.join(temp(), 'a.yaml');
    copyFileSync(example, file);
    return cli(['serve', file, '--no-open', '--port', '99999']);
  },
  SERVE_NOT_LOOPBACK: async () => [loopbackProblem('0.0.0.0')?.code ?? ''],
  SERVE_TOKEN_REFUSED: () => served(async ({ port }) => codesIn((await request(port, { path: '/api/state' })).body)),
  SERVE_HOST_REFUSED: () => served(async ({ port, token }) => codesIn((await request(port, { path: '/api/state', headers: { host: `rebound.example:${port}`, 'x-gbt27922-token': token } })).body)),
  SERVE_ORIGIN_REFUSED: () =>
    served(async ({ port, token }) =>
      codesIn(
        (await request(port, { method: 'POST', path: '/api/change', headers: { 'x-gbt27922-token': token, origin: 'http://evil.example', 'content-type': 'application/json' }, body: '{}' })).body,
      ),
    ),
  SERVE_STALE: () => served(async ({ session }) => stateCodes(await session.change('not the hash', { kind: 'bonus', value: 'x' }))),
  SERVE_BAD_REQUEST: () => served(async ({ session }) => stateCodes(await session.change((await session.state('en')).hash, { kind: 'no such change' }))),
  INTERNAL: async () => {
    const stderr: string[] = [];
    await main(['node', 'gbt27922', 'score', example, '--lang', 'en'], {
      stdout: () => {
        throw new Error('an unexpected fault');
      },
      stderr: (text) => void stderr.push(text),
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
    return codesIn(stderr.join(''));
  },
};

/** A code without a row of its own is produced by its fixture file, validated as a user would. */
const table = new Map<string, Produce>(
  ERROR_CODES.flatMap((code): Array<[string, Produce]> => {
    const row = rows[code];
    if (row) return [[code, row]];
    const fixture = fixtureFiles().get(code);
    return fixture ? [[code, () => cli(['validate', fixture])]] : [];
  }),
);

describe('every error code comes out of a real input', () => {
  it('when the table is read then it has a way to produce every code, and no code that does not exist', () => {
    expect(ERROR_CODES.filter((code) => !table.has(code))).toEqual([]);
    expect(Object.keys(rows).filter((code) => !(ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it.each([...table.keys()])('%s: its input produces it', { timeout: 60_000 }, async (code) => {
    const produced = await table.get(code)!();
    expect(produced).toContain(code);
  });
});
