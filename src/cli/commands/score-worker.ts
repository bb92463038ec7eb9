import { parentPort, workerData } from 'node:worker_threads';
import { scoreOne, type ScoreSettings } from './score-one.js';

/** A worker thread of a large batch: scores the files it is sent and returns them rendered. */
const settings = workerData as ScoreSettings;
parentPort!.on('message', async (task: { index: number; file: string }) => {
  try {
    parentPort!.postMessage({ index: task.index, scored: await scoreOne(task.file, settings) });
  } catch (cause) {
    parentPort!.postMessage({ index: task.index, failure: cause instanceof Error ? cause.message : String(cause) });
  }
});
