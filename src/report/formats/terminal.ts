import { renderTerminal } from '../render-terminal.js';
import type { OutputFormat } from './output-format.js';

/** `score` for a person at a terminal: the tables of each file, a blank line between files. */
export const terminal: OutputFormat = {
  open: () => '',
  result: (result, { lang, colorLevel }) => renderTerminal(result, { lang, colorLevel }),
  unreadable: () => null,
  between: () => '\n',
  close: () => '',
  empty: () => '',
};
