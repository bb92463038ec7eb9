import { jsonText } from './json.js';
import type { OutputFormat } from './output-format.js';

/** `score --format jsonl`: JSON Lines, one object a line, whether one file or thousands. */
export const jsonl: OutputFormat = {
  open: () => '',
  result: (result) => `${jsonText(result)}\n`,
  unreadable: (file) => `${jsonText(file)}\n`,
  between: () => '',
  close: () => '',
  empty: () => '',
};
