import { enMessages } from '../i18n/messages-en.js';
import { zhMessages } from '../i18n/messages-zh.js';
import { ERROR_CODES, NOTICE_CODES, STRICT_WARNING_CODES, WARNING_CODES, type ErrorCode } from '../model/error-codes.js';

/** What a code is, and the exit status it leads to: the table's second column. */
function kind(code: ErrorCode): string {
  if ((NOTICE_CODES as readonly ErrorCode[]).includes(code)) return 'notice';
  if ((WARNING_CODES as readonly ErrorCode[]).includes(code)) return 'warning';
  if ((STRICT_WARNING_CODES as readonly ErrorCode[]).includes(code)) return 'warning (error, exit 2, with `evidence --strict` or `validate --strict-evidence`)';
  return code === 'INTERNAL' ? 'error (exit 3)' : 'error (exit 2)';
}

/** A Chinese message as a sentence: a full stop unless it already ends in punctuation. */
function sentence(text: string): string {
  return /[。？！]$/.test(text) ? text : `${text}。`;
}

/** Message parameters shown as placeholders, so the table reads as a template of each message. */
const placeholders = new Proxy({} as Record<string, string>, { get: (_, key) => `{${String(key)}}` });

/**
 * docs/errors.md, made from the message tables themselves so the documentation cannot drift from
 * what the tool says. `npm run docs:errors` rewrites the file; a test checks it is current.
 */
export function errorTableMarkdown(): string {
  const lines = [
    '# Error codes',
    '',
    'Every problem the tool reports carries one of these codes, with `file:line:column`, the offending',
    'line and a caret where there is a place. Errors exit with status 2 (3 for an internal error); a',
    'notice or a warning does not change the exit status. Generated from `src/i18n/messages-*.ts` by',
    '`npm run docs:errors`; `{name}` stands for a detail filled in from the input.',
    '',
    '| code | kind | what it means | how to fix it | 含义与处理 |',
    '| --- | --- | --- | --- | --- |',
  ];
  const [en, zh] = [enMessages(), zhMessages()];
  for (const code of ERROR_CODES) {
    const english = en.errors[code];
    const chinese = zh.errors[code];
    const cells = [`\`${code}\``, kind(code), english.message(placeholders), english.fix(placeholders), `${sentence(chinese.message(placeholders))}${chinese.fix(placeholders)}`];
    lines.push(`| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`);
  }
  return lines.join('\n') + '\n';
}
