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

export function translateCommanderError(message: string, lang: Lang): string {
  if (lang !== 'zh') return message;
  const trimmed = message.trimEnd();
  for (const [pattern, render] of zhPatterns) {
    const match = pattern.exec(trimmed);
    if (match) return render(...match.slice(1).map((group) => group ?? '')) + '\n';
  }
  return message;
}
