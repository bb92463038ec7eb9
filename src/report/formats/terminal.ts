import { renderTerminal } from '../render-terminal.js';
import type { OutputFormat } from './output-format.js';

/** `score` for a person at a terminal: the tables of each file, a blank line between files. */
export const terminal: OutputFormat = {
  open: () => '',
  result: (result, { lang, colorLevel, width }) => renderTerminal(result, { lang, colorLevel, ...(width ? { width } : {}) }),
  unreadable: () => null,
  between: () => '\n',
  close: () => '',
  empty: () => '',
};
