import type { ErrorCode } from '../model/error-codes.js';
import type { Lang } from '../model/bilingual-text.js';

/**
 * Commander writes its usage errors in English. For a Chinese user they are translated here,
 * pattern by pattern; anything not recognised is shown as commander wrote it.
 */
const zhPatterns: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^error: unknown option '(.+)'(?:\n\(Did you mean (.+)\?\))?$/s, (option, suggestion) => `错误：未知的选项 ${option}` + (suggestion ? `（是否应为 ${suggestion}？）` : '')],
  [/^error: unknown command '(.+)'(?:\n\(Did you mean (.+)\?\))?$/s, (command, suggestion) => `错误：未知的命令 ${command}` + (suggestion ? `（是否应为 ${suggestion}？）` : '')],
  [/^error: missing required argument '(.+)'$/, (name) => `错误：缺少参数 ${name}`],
  [/^error: required option '(.+)' not specified$/, (option) => `错误：必须指定选项 ${option}`],
  [/^error: option '(.+)' argument missing$/, (option) => `错误：选项 ${option} 缺少取值`],
  [/^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/, (option, value, choices) => `错误：选项 ${option} 的取值 “${value}” 无效，可选：${choices}`],
  [/^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (_command, expected, got) => `错误：参数过多（应为 ${expected} 个，实际 ${got} 个）`],
];

/** Each kind of usage error has a code in the error table, as every other error has. */
const codes: Array<[RegExp, ErrorCode]> = [
  [/^error: unknown option /, 'USAGE_UNKNOWN_OPTION'],
  [/^error: unknown command /, 'UNKNOWN_COMMAND'],
  [/^error: missing required argument /, 'USAGE_MISSING_ARGUMENT'],
  [/^error: required option /, 'USAGE_MISSING_OPTION'],
  [/^error: option '.+' argument missing/, 'USAGE_OPTION_VALUE_MISSING'],
  [/^error: option '.+' argument '.*' is invalid/, 'USAGE_INVALID_VALUE'],
  [/^error: too many arguments/, 'USAGE_TOO_MANY_ARGUMENTS'],
];

export function commanderErrorCode(message: string): ErrorCode {
  return codes.find(([pattern]) => pattern.test(message))?.[1] ?? 'USAGE';
}

export function translateCommanderError(message: string, lang: Lang): string {
  const code = commanderErrorCode(message);
  const withCode = (text: string) => text.replace(/^(错误|error)[:：] ?/, (_, word: string) => (word === '错误' ? `错误[${code}]：` : `error[${code}]: `));
  if (lang !== 'zh') return withCode(message);
  const trimmed = message.trimEnd();
  for (const [pattern, render] of zhPatterns) {
    const match = pattern.exec(trimmed);
    if (match) return withCode(render(...match.slice(1).map((group) => group ?? ''))) + '\n';
  }
  return withCode(message);
}
