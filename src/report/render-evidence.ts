import { Chalk, type ChalkInstance } from 'chalk';
import { evidenceText } from '../i18n/evidence-text.js';
import { messages } from '../i18n/messages.js';
import { safeData } from '../i18n/safe-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { EvidenceFile, EvidenceState, EvidenceStatus } from '../model/evidence.js';
import type { Result } from '../model/result.js';
import { EVIDENCE_CODES, evidenceSummary, evidenceUseLabel } from './describe-evidence.js';
import { escapeMarkdown } from './render-markdown.js';
import { terminalTable } from './terminal-table.js';
import { wrapText } from './wrap-text.js';

export interface EvidenceView {
  file: string;
  result: Result;
  status: EvidenceStatus;
}

const MARK: Record<EvidenceState, string> = { ok: '✓', unrecorded: '·', changed: '✗', missing: '✗', outside: '✗', unreadable: '✗', link: '↗' };

/** `gbt27922 evidence FILE`: every evidence path, its state, what it evidences, its sha256 and date. */
export function renderEvidenceTerminal(view: EvidenceView, options: { lang: Lang; colorLevel: 0 | 1 | 2 | 3; width?: number }): string {
  const { lang } = options;
  const { result, status } = safeData(view);
  const c = new Chalk({ level: options.colorLevel });
  const words = evidenceText(lang);
  const out = [c.bold(`${words.title} · ${result.company.name} · ${view.file}`)];
  if (status.files.length === 0) return [...out, words.none, ''].join('\n');
  out.push(evidenceSummary(status, lang));
  // A table of six columns does not fit a narrow terminal: there each file takes two lines instead.
  if (options.width !== undefined && options.width < 120) {
    for (const file of status.files) {
      out.push(colour(c, file.state)(`${MARK[file.state]} ${words.state[file.state]}  `) + `${file.path}${file.folder ? words.folderMark : ''}`);
      const details = [
        usesText(result, file, lang),
        file.sha256 ? `sha256 ${file.sha256.slice(0, 12)}` : '',
        (file.modified ?? '').replace('T', ' ').replace('Z', ''),
        file.recorded?.recorded ? words.recordedOn(file.recorded.recorded) : '',
      ];
      out.push(c.dim(`    ${details.filter(Boolean).join(' · ')}`));
    }
    if (status.counts.unrecorded > 0) out.push(c.dim(words.recordHint(view.file)));
    return `${out.map((line) => wrapText(line, options.width!)).join('\n')}\n`;
  }
  const rows = status.files.map((file) => [
    colour(c, file.state)(`${MARK[file.state]} ${words.state[file.state]}`),
    `${file.path}${file.folder ? words.folderMark : ''}`,
    usesText(result, file, lang),
    file.sha256 ? file.sha256.slice(0, 12) : '',
    (file.modified ?? '').replace('T', ' ').replace('Z', ''),
    file.recorded?.recorded ?? '',
  ]);
  const cols = words.columns;
  out.push(terminalTable([cols.state, cols.path, cols.evidences, cols.sha256, cols.modified, cols.recorded], rows, c, { width: options.width, flex: 2 }));
  if (status.counts.unrecorded > 0) out.push(c.dim(words.recordHint(view.file)));
  return out.join('\n') + '\n';
}

export function renderEvidenceMarkdown(view: EvidenceView, lang: Lang): string {
  const { result, status } = safeData(view);
  const words = evidenceText(lang);
  const out = [`## ${escapeMarkdown(`${words.title} · ${result.company.name}`)}`, ''];
  if (status.files.length === 0) return [...out, words.none, ''].join('\n');
  out.push(escapeMarkdown(evidenceSummary(status, lang)), '');
  const cols = words.columns;
  out.push(`| ${cols.state} | ${cols.path} | ${cols.evidences} | ${cols.sha256} | ${cols.modified} | ${cols.recorded} |`, '|---|---|---|---|---|---|');
  for (const file of status.files) {
    const code = EVIDENCE_CODES[file.state];
    const state = `${MARK[file.state]} ${words.state[file.state]}${code ? ` \`${code}\`` : ''}`;
    out.push(
      `| ${state} | \`${file.path.replace(/`/g, "'")}\` | ${escapeMarkdown(usesText(result, file, lang))} | ${file.sha256 ? `\`${file.sha256.slice(0, 12)}\`` : ''} | ${file.modified ?? ''} | ${file.recorded?.recorded ?? ''} |`,
    );
  }
  if (status.counts.unrecorded > 0) out.push('', `> ${escapeMarkdown(words.recordHint(view.file))}`);
  return out.join('\n') + '\n';
}

/** The check as data: what `--format json` prints, one object per file. */
export function evidenceJson(view: EvidenceView): object {
  return { schemaVersion: 1, file: view.file, counts: view.status.counts, files: view.status.files };
}

function usesText(result: Result, file: EvidenceFile, lang: Lang): string {
  return messages(lang).ui.list(file.uses.map((use) => evidenceUseLabel(result, use, lang)));
}

function colour(c: ChalkInstance, state: EvidenceState): (text: string) => string {
  if (state === 'ok') return c.green;
  if (state === 'unrecorded' || state === 'link') return (text) => text;
  return c.red;
}
