import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { error, notice, UserError, warning } from '../../model/diagnostic.js';
import { messages } from '../../i18n/messages.js';
import { ExitCode } from '../exit-codes.js';
import { expandInputs } from '../expand-inputs.js';
import type { Output } from '../output.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { OUTPUT_FORMATS, type OutputFormatName } from '../../report/formats/index.js';
import { formatWriter } from '../../report/formats/output-format.js';
import { byAttention, type PortfolioRow } from '../../report/portfolio-row.js';
import { renderSummaryCsv, renderSummaryMarkdown, renderSummaryTerminal } from '../../report/render-summary.js';
import { fileHead, outputTarget } from '../../source/output-target.js';
import { wrapText } from '../../report/wrap-text.js';
import { writeFailure, writeFileAtomic } from '../../source/write-file-atomic.js';
import { scoreOne, type ScoredFile, type ScoreSettings } from './score-one.js';

/** The command's options: the settings each file is scored with, less what the command works out. */
export type ScoreOptions = Omit<ScoreSettings, 'many' | 'format'> & {
  output: Output;
  format: ScoreSettings['format'] | 'csv' | 'xlsx';
  /** One table of every file (the consultant's portfolio) instead of each file's result. */
  summary?: boolean;
  /** Where the summary goes (required for xlsx); standard output when absent. */
  summaryFile?: string;
};

/** Below this many files, worker threads cost more to start than they save. */
const WORKERS_FROM = 48;
/** Files in flight at once, per worker (and read ahead without workers). */
const IN_FLIGHT = 16;

/**
 * Scores each file and writes its result as soon as the files before it are written, so memory
 * stays flat however many files a consultancy scores. Large batches are spread over worker
 * threads (YAML parsing is most of the work). The worst exit code wins, so CI fails if any file
 * is invalid or short.
 */
export async function runScore(inputs: string[], options: ScoreOptions): Promise<number> {
  const { files, empty, many, passedOver, unreadable } = await expandInputs(inputs);
  let exitCode: number = ExitCode.ok;
  if (unreadable.length > 0) printDiagnostics([warning('FOLDER_UNREADABLE', { count: unreadable.length, folders: unreadable.join(', ') })], options.lang, options.output, options.errorColorLevel);
  if (passedOver.length > 0) printDiagnostics([notice('PASSED_OVER', { count: passedOver.length, files: passedOver.join(', ') })], options.lang, options.output, options.errorColorLevel);
  if (options.baseline !== undefined) {
    // One baseline is one company's earlier state: it compares with one file, not a folder of clients.
    if (files.length !== 1) throw new UserError([error('BASELINE_NEEDS_ONE_FILE', { count: files.length })]);
    await checkBaseline(options.baseline, options.catalogue);
  }
  if (empty.length > 0) {
    printDiagnostics(
      empty.map((pattern) => error('NO_FILES', { pattern })),
      options.lang,
      options.output,
      options.errorColorLevel,
    );
    exitCode = ExitCode.invalidInput;
  }
  const summary = options.summary === true || options.format === 'csv' || options.format === 'xlsx';
  const settings: ScoreSettings = {
    format: summary ? 'summary' : (options.format as ScoreSettings['format']),
    lang: options.lang,
    colorLevel: options.colorLevel,
    errorColorLevel: options.errorColorLevel,
    ...(options.output.stderrColumns ? { errorWidth: options.output.stderrColumns } : {}),
    many,
    ...(options.width ? { width: options.width } : {}),
    ...(options.minLevel !== undefined ? { minLevel: options.minLevel } : {}),
    ...(options.target !== undefined ? { target: options.target } : {}),
    ...(options.today !== undefined ? { today: options.today } : {}),
    ...(options.catalogue !== undefined ? { catalogue: options.catalogue } : {}),
    ...(options.baseline !== undefined ? { baseline: options.baseline } : {}),
  };
  const rows: PortfolioRow[] = [];
  const writer = summary
    ? { write: (body: string | null) => void (body !== null && rows.push(JSON.parse(body) as PortfolioRow)), end: () => undefined }
    : formatWriter(OUTPUT_FORMATS[options.format as OutputFormatName], { lang: options.lang, colorLevel: options.colorLevel, many }, (text) => options.output.stdout(text));
  const tally = { scored: 0, invalid: 0, short: 0 };
  // Several files on a terminal end with one line per file, so none is lost above the fold.
  const summaries: string[] = [];
  const take = async (scored: ScoredFile) => {
    if (many && options.format === 'terminal' && scored.summary) summaries.push(scored.summary);
    if (scored.stderr) options.output.stderr(scored.stderr);
    writer.write(scored.body);
    exitCode = Math.max(exitCode, scored.exitCode);
    tally[scored.outcome]++;
    if (scored.short) tally.short++;
    await options.output.drain?.();
  };

  const worker = files.length >= WORKERS_FROM ? workerScript() : undefined;
  if (worker) await scoreInWorkers(files, settings, worker, take);
  else await scoreHere(files, settings, take);

  writer.end();
  const fold = (text: string, width: number | undefined) => (width ? wrapText(text, width) : text);
  if (summaries.length > 0) options.output.stdout(`\n${messages(options.lang).ui.filesSummaryTitle}\n${summaries.map((line) => fold(`  ${line}`, options.width)).join('\n')}\n`);
  if (summary) await writeSummary(rows.sort(byAttention), options);
  if (many && (options.format === 'terminal' || options.format === 'markdown')) {
    options.output.stderr(fold(messages(options.lang).ui.batchSummary(files.length, tally.scored, tally.invalid, tally.short), options.output.stderrColumns) + '\n');
  }
  return exitCode;
}

/**
 * The portfolio summary, sorted by what needs attention, in the format asked for: on standard
 * output, or in -o's file (an xlsx always goes to a file; the spreadsheet code is loaded only then).
 */
async function writeSummary(rows: PortfolioRow[], options: ScoreOptions): Promise<void> {
  if (options.format === 'junit' || options.format === 'jsonl') throw new UserError([error('SUMMARY_FORMAT', { format: options.format })]);
  if (options.format === 'xlsx' && options.summaryFile === undefined) throw new UserError([error('SUMMARY_FORMAT', { format: options.format })]);
  let data: string | Buffer;
  if (options.format === 'xlsx') {
    const { writeSummaryXlsx } = await import('./sheet.js');
    data = await writeSummaryXlsx(rows, options.lang);
  } else if (options.format === 'csv') data = renderSummaryCsv(rows, options.lang);
  else if (options.format === 'markdown') data = renderSummaryMarkdown(rows, options.lang);
  else if (options.format === 'json') data = JSON.stringify(rows, null, 2) + '\n';
  else data = renderSummaryTerminal(rows, options.lang, options.summaryFile === undefined ? options.colorLevel : 0);
  if (options.summaryFile === undefined) {
    options.output.stdout(String(data));
    return;
  }
  const target = outputTarget(options.summaryFile, { isOurs: (file) => (options.format === 'xlsx' ? fileHead(file, 2) === 'PK' : /\.(csv|md|txt|json)$/i.test(file)) });
  try {
    await writeFileAtomic(target, data);
  } catch (cause) {
    throw new UserError([writeFailure(cause, options.summaryFile)]);
  }
  options.output.stderr(messages(options.lang).ui.written(options.summaryFile) + '\n');
}

/** A baseline that cannot be read or scored stops the run before anything is scored against it. */
async function checkBaseline(file: string, catalogueOverride: string | undefined): Promise<void> {
  const { loadAssessment } = await import('../../assessment/load-assessment.js');
  const loaded = await loadAssessment(file, catalogueOverride ? { catalogueOverride } : {});
  if (!loaded.ok) throw new UserError(loaded.diagnostics);
}

/** In this thread, reading a few files ahead while one is scored; results in file order. */
async function scoreHere(files: string[], settings: ScoreSettings, take: (scored: ScoredFile) => Promise<void>) {
  const pending = new Map<number, Promise<ScoredFile>>();
  const start = (index: number) => {
    const file = files[index];
    if (file !== undefined) pending.set(index, scoreOne(file, settings));
  };
  for (let index = 0; index < IN_FLIGHT; index++) start(index);
  for (let index = 0; index < files.length; index++) {
    const scored = await pending.get(index)!;
    pending.delete(index);
    start(index + IN_FLIGHT);
    await take(scored);
  }
}

/** Over worker threads; results are held only until the files before them are written. */
function scoreInWorkers(files: string[], settings: ScoreSettings, script: string, take: (scored: ScoredFile) => Promise<void>): Promise<void> {
  // Loaded here, not at the top: a single file never needs threads, and loading them costs a start.
  const { Worker } = createRequire(import.meta.filename)('node:worker_threads') as typeof import('node:worker_threads');
  const { availableParallelism } = createRequire(import.meta.filename)('node:os') as typeof import('node:os');
  const count = Math.max(1, Math.min(availableParallelism(), 4));
  const workers = Array.from({ length: count }, () => new Worker(script, { workerData: settings }));
  const done = new Map<number, ScoredFile>();
  let nextToSend = 0;
  let nextToWrite = 0;
  let writing = Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const finish = (cause?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (cause) reject(cause);
      else resolve();
    };
    // A worker gets a new file only while the results waiting to be written stay few, so a slow
    // reader of the output (a pipe) holds the batch back instead of filling memory.
    const idle: Worker[] = [];
    const window = count * IN_FLIGHT * 2;
    const send = (worker: Worker) => {
      if (nextToSend >= files.length) return;
      if (nextToSend - nextToWrite >= window) idle.push(worker);
      else worker.postMessage({ index: nextToSend, file: files[nextToSend++] });
    };
    const flush = () => {
      writing = writing.then(async () => {
        while (done.has(nextToWrite)) {
          const scored = done.get(nextToWrite)!;
          done.delete(nextToWrite++);
          await take(scored);
          while (idle.length > 0 && nextToSend - nextToWrite < window) send(idle.shift()!);
        }
        if (nextToWrite === files.length) finish();
      }, finish);
    };
    for (const worker of workers) {
      worker.on('message', (message: { index: number; scored?: ScoredFile; failure?: string }) => {
        if (message.failure !== undefined) return finish(new Error(message.failure));
        done.set(message.index, message.scored!);
        send(worker);
        flush();
      });
      worker.on('error', finish);
      for (let i = 0; i < IN_FLIGHT; i++) send(worker);
    }
    if (files.length === 0) finish();
  });
}

/** The worker's own file: beside this one in the bundle (.cjs) or in the build (.js); none under tests. */
function workerScript(): string | undefined {
  for (const name of ['./score-worker.cjs', './score-worker.js']) {
    const file = path.join(import.meta.dirname, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}
