import type { Lang } from '../../model/bilingual-text.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Result } from '../../model/result.js';
import type { ColorLevel } from '../color-level.js';
import { messages } from '../../i18n/messages.js';

/** How a format is written this run. */
export interface FormatContext {
  lang: Lang;
  colorLevel: ColorLevel;
  /** Several files in one run: JSON becomes an array, the others repeat their piece per file. */
  many: boolean;
  /** The terminal's width, for the terminal format; none for a pipe or a log. */
  width?: number;
}

/** A file that could not be read or checked, as the machine-readable formats report it. */
export interface UnreadableFile {
  schemaVersion: 1;
  file: string;
  errors: Array<{ code: string; message: string; line?: number; column?: number }>;
}

/**
 * One output format of `score`: what it writes before the first file, for one scored file or one
 * file it could not score, between two files and at the end. Entries are rendered where a file is
 * scored (perhaps in a worker thread); the command only writes them in order. Adding a format is
 * adding a module beside this one.
 */
export interface OutputFormat {
  open(context: FormatContext): string;
  result(result: Result, context: FormatContext): string;
  /** Null when this format says nothing of such a file on standard output (its errors go to standard error). */
  unreadable(file: UnreadableFile, context: FormatContext): string | null;
  between(context: FormatContext): string;
  close(context: FormatContext): string;
  /** Instead of open and close when no file had an entry. */
  empty(context: FormatContext): string;
}

/** The errors of a file that could not be scored, with their words in the run's language. */
export function unreadableFile(file: string, diagnostics: readonly Diagnostic[], lang: Lang): UnreadableFile {
  const words = messages(lang);
  return {
    schemaVersion: 1,
    file,
    errors: diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ code: d.code, message: words.errors[d.code].message(d.params), ...(d.position ? { line: d.position.line, column: d.position.column } : {}) })),
  };
}

/** Writes entries in order with what goes before, between and after them. */
export function formatWriter(format: OutputFormat, context: FormatContext, write: (text: string) => void) {
  let count = 0;
  return {
    write(entry: string | null) {
      if (entry === null) return;
      write((count++ === 0 ? format.open(context) : format.between(context)) + entry);
    },
    end() {
      write(count === 0 ? format.empty(context) : format.close(context));
    },
  };
}
