import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { error, notice, UserError } from '../../model/diagnostic.js';
import { portfolioText } from '../../i18n/portfolio-text.js';
import { defaultReportPath } from '../../report/write-report.js';
import { ExitCode } from '../exit-codes.js';
import { expandInputs } from '../expand-inputs.js';
import type { ReportOptions } from './report.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { reportOne, type ReportOutcome, type ReportSettings } from './report-one.js';

/**
 * A consultant's folder of clients: one PDF each. Drawing a PDF is CPU work (layout, font
 * subsetting, compression), so with idle cores the reports are drawn in worker threads, one per
 * idle core up to four (--jobs N to choose); otherwise in this thread (a worker would only add its
 * start-up and compete for the same core).
 * A client whose file is broken is named with its errors, and the others are still written.
 */
export async function runReportBatch(inputs: string[], settings: ReportSettings, options: ReportOptions): Promise<number> {
  const words = portfolioText(options.lang);
  const { files, empty, passedOver } = await expandInputs(inputs);
  if (passedOver.length > 0) printDiagnostics([notice('PASSED_OVER', { count: passedOver.length, files: passedOver.join(', ') })], options.lang, options.output_, options.errorColorLevel);
  let exitCode: number = ExitCode.ok;
  if (empty.length > 0) {
    printDiagnostics(
      empty.map((pattern) => error('NO_FILES', { pattern })),
      options.lang,
      options.output_,
      options.errorColorLevel,
    );
    exitCode = ExitCode.invalidInput;
  }
  const outputs = outputPaths(files, inputs, options.output);
  const progress = progressLine(files.length, options);
  const failed: string[] = [];
  let internal = false;
  const take = (index: number, outcome: ReportOutcome) => {
    const file = files[index]!;
    progress.clear();
    if (outcome.ok) {
      printDiagnostics(outcome.diagnostics, options.lang, options.output_, options.errorColorLevel);
      if (!options.output_.stderrIsTTY) options.output_.stdout(`${words.reportWritten(file, outcome.output)}\n`);
    } else {
      failed.push(file);
      options.output_.stderr(`${words.reportFailed(file)}\n`);
      printDiagnostics(outcome.internal !== undefined ? [error('INTERNAL', { detail: outcome.internal }, { file })] : outcome.diagnostics, options.lang, options.output_, options.errorColorLevel);
      if (outcome.internal !== undefined) internal = true;
    }
    progress.step(file);
  };

  const jobs = jobCount(options.jobs, files.length);
  const script = jobs > 1 ? workerScript() : undefined;
  if (script) await inWorkers(files, outputs, settings, jobs, script, take);
  else for (let index = 0; index < files.length; index++) take(index, await reportOne(files[index]!, outputs[index]!, settings));
  progress.done();

  options.output_.stderr(`${words.reportsDone(files.length, files.length - failed.length, failed)}\n`);
  if (failed.length > 0) exitCode = Math.max(exitCode, internal ? ExitCode.internalError : ExitCode.invalidInput);
  return exitCode;
}

/** Where each report goes: into the -o folder, keeping the clients' subfolders apart; else beside each file. */
function outputPaths(files: string[], inputs: string[], folder: string | undefined): string[] {
  if (folder === undefined) return files.map(defaultReportPath);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (cause) {
    throw new UserError([error('OUTPUT_NOT_WRITABLE', { reason: (cause as NodeJS.ErrnoException).code ?? String(cause) }, { file: folder })]);
  }
  const roots = inputs.map((input) => path.resolve(input.replace(/[*?[\]{}].*$/, '')));
  return files.map((file) => {
    const absolute = path.resolve(file);
    const root = roots.find((candidate) => absolute.startsWith(candidate + path.sep));
    const relative = root ? path.relative(root, absolute) : path.basename(absolute);
    const output = path.join(folder, relative.replace(/\.ya?ml$/i, '') + '.pdf');
    mkdirSync(path.dirname(output), { recursive: true });
    return output;
  });
}

/**
 * Threads only where there are idle cores to run them: on a machine already busy (the load average
 * at or above the core count) a second thread only competes with the first and the batch is slower
 * (measured: 40 reports took 29.8 s on two threads and 24.6 s on one, on two busy cores).
 */
function jobCount(requested: string | undefined, files: number): number {
  const { availableParallelism, loadavg } = createRequire(import.meta.filename)('node:os') as typeof import('node:os');
  const idle = Math.floor(availableParallelism() - (loadavg()[0] ?? 0));
  const wanted = requested !== undefined && /^\d+$/.test(requested) ? Number(requested) : Math.min(idle, 4);
  return Math.max(1, Math.min(wanted, files));
}

async function inWorkers(files: string[], outputs: string[], settings: ReportSettings, jobs: number, script: string, take: (index: number, outcome: ReportOutcome) => void): Promise<void> {
  const { Worker } = createRequire(import.meta.filename)('node:worker_threads') as typeof import('node:worker_threads');
  const workers: Worker[] = Array.from({ length: jobs }, () => new Worker(script, { workerData: settings }));
  let next = 0;
  let finished = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (worker: Worker) => {
        if (next < files.length) {
          worker.postMessage({ index: next, file: files[next], output: outputs[next] });
          next++;
        }
      };
      for (const worker of workers) {
        worker.on('message', (message: { index: number; outcome: ReportOutcome }) => {
          take(message.index, message.outcome);
          if (++finished === files.length) resolve();
          else send(worker);
        });
        worker.on('error', reject);
        send(worker);
      }
      if (files.length === 0) resolve();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The worker's own file: beside this one in the bundle (.cjs) or the build (.js); none under tests. */
function workerScript(): string | undefined {
  for (const name of ['./commands/report-worker.cjs', './report-worker.cjs', './report-worker.js']) {
    const file = path.join(import.meta.dirname, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** A progress bar on standard error when it is a terminal: [████░░░░] 12/40 client.yaml */
function progressLine(total: number, options: ReportOptions) {
  const tty = options.output_.stderrIsTTY;
  let count = 0;
  let shown = false;
  const width = 24;
  return {
    clear() {
      if (tty && shown) options.output_.stderr('\r\x1b[K');
      shown = false;
    },
    step(file: string) {
      count++;
      if (!tty) return;
      const filled = Math.round((count / Math.max(1, total)) * width);
      const name = path.basename(file).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
      options.output_.stderr(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count}/${total} ${name.length > 40 ? `${name.slice(0, 39)}…` : name}`);
      shown = true;
    },
    done() {
      this.clear();
    },
  };
}
