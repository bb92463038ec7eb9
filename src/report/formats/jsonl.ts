import type { OutputFormat } from './output-format.js';

/** `score --format jsonl`: JSON Lines, one object a line, whether one file or thousands. */
export const jsonl: OutputFormat = {
  open: () => '',
  result: (result) => `${JSON.stringify(result)}\n`,
  unreadable: (file) => `${JSON.stringify(file)}\n`,
  between: () => '',
  close: () => '',
  empty: () => '',
};
