import type { Lang } from '../model/bilingual-text.js';

/**
 * Chinese unless asked otherwise: by `--lang`, or by an English locale in the environment
 * (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them). "C" and "POSIX" say nothing about language.
 * Windows sets none of these, so there the system locale decides.
 */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, platform = process.platform): Lang {
  const explicit = normalise(flag);
  if (explicit) return explicit;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    return normalise(value) ?? 'zh';
  }
  if (platform === 'win32') return normalise(Intl.DateTimeFormat().resolvedOptions().locale) ?? 'zh';
  return 'zh';
}

function normalise(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase();
  if (lower.startsWith('zh')) return 'zh';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}
