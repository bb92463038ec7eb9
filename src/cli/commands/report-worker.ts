import { parentPort, workerData } from 'node:worker_threads';
import { reportOne, type ReportSettings } from './report-one.js';

/** A worker thread of a batch of reports: draws the PDFs it is sent, one at a time. */
const settings = workerData as ReportSettings;
// A Buffer crosses the thread boundary as a plain Uint8Array.
if (settings.branding.logo) settings.branding.logo.data = Buffer.from(settings.branding.logo.data);
parentPort!.on('message', async (task: { index: number; file: string; output: string }) => {
  parentPort!.postMessage({ index: task.index, outcome: await reportOne(task.file, task.output, settings) });
});
