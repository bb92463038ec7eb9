import type { Lang } from '../model/bilingual-text.js';

/**
 * After a usage error, in place of the whole help: where to find it. Its own module because the
 * error messages of every command say it, and they should not carry the whole --help text with them.
 */
export function helpHint(lang: Lang, command: string): string {
  return lang === 'en' ? `(run ${command} --help for usage)` : `（运行 ${command} --help 查看用法）`;
}
