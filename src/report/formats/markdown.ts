import { renderMarkdown } from '../render-markdown.js';
import type { OutputFormat } from './output-format.js';

/** `score --format markdown` (a CI job summary): one section per file, a rule between files. */
export const markdown: OutputFormat = {
  open: () => '',
  result: (result, { lang }) => renderMarkdown(result, lang),
  unreadable: () => null,
  between: () => '\n---\n\n',
  close: () => '',
  empty: () => '',
};
