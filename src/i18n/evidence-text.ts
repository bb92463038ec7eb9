import type { Lang } from '../model/bilingual-text.js';
import type { EvidenceState } from '../model/evidence.js';

/** The words of the evidence check: the `evidence` command, the section of score and report, and the binder. */
export interface EvidenceText {
  title: string;
  /** "3 个证据文件：1 个缺失，1 个已修改" */
  summary: (total: number, parts: string[]) => string;
  count: (count: number, state: EvidenceState) => string;
  state: Record<EvidenceState, string>;
  none: string;
  columns: { state: string; path: string; evidences: string; sha256: string; modified: string; recorded: string; file: string; folder: string };
  recordedOn: (date: string) => string;
  document: (title: string) => string;
  folderMark: string;
  recordHint: (file: string) => string;
  recorded: (count: number, file: string) => string;
  nothingToRecord: (file: string) => string;
  binderWritten: (folder: string, files: number, missing: number) => string;
  binderIndexTitle: (company: string) => string;
  binderIndexIntro: (assessment: string, date: string) => string;
  binderMissing: string;
  binderNotCopied: string;
  binderDocumentsClass: string;
  binderSheet: string;
}

const zh: EvidenceText = {
  title: '证据文件',
  summary: (total, parts) => `${total} 个证据文件${parts.length ? `：${parts.join('，')}` : ''}`,
  count: (count, state) => `${count} 个${zhState[state]}`,
  state: {
    ok: '与记录一致',
    unrecorded: '未记录',
    changed: '记录后已修改',
    missing: '缺失',
    outside: '在文件夹之外',
    unreadable: '无法读取',
    link: '网址（未检查）',
  },
  none: '自评文件中没有列出证据文件（指标的 evidence 或文件清单的 files）。',
  columns: { state: '状态', path: '路径', evidences: '证明', sha256: 'sha256', modified: '修改时间', recorded: '记录日期', file: '文件', folder: '文件夹' },
  recordedOn: (date) => `${date} 记录`,
  document: (title) => `申报文件：${title}`,
  folderMark: '（文件夹）',
  recordHint: (file) => `运行 gbt27922 evidence ${file} --record 记录 sha256 和日期，之后的修改会被发现。`,
  recorded: (count, file) => `已在 ${file} 中记录 ${count} 个证据文件的 sha256 和日期（evidenceLog）。`,
  nothingToRecord: (file) => `${file} 中的记录已是最新，未改动。`,
  binderWritten: (folder, files, missing) => `已把 ${files} 个文件复制到 ${folder}${missing ? `；${missing} 个未能复制（缺失、在文件夹之外或无法读取），已在目录中注明` : ''}。`,
  binderIndexTitle: (company) => `${company} · 售后服务认证证据资料目录`,
  binderIndexIntro: (assessment, date) => `由 gbt27922 根据自评文件 ${assessment} 于 ${date} 整理。每个文件的 sha256 可用于核对复制件与原件一致。`,
  binderMissing: '缺失',
  binderNotCopied: '没有文件',
  binderDocumentsClass: '申报文件',
  binderSheet: '目录',
};

const zhState: Record<EvidenceState, string> = {
  ok: '与记录一致',
  unrecorded: '未记录',
  changed: '已修改',
  missing: '缺失',
  outside: '在文件夹之外',
  unreadable: '无法读取',
  link: '网址',
};

const en: EvidenceText = {
  title: 'Evidence files',
  summary: (total, parts) => `${total} evidence ${total === 1 ? 'file' : 'files'}${parts.length ? `: ${parts.join(', ')}` : ''}`,
  count: (count, state) => `${count} ${state === 'link' && count === 1 ? 'web address' : enState[state]}`,
  state: {
    ok: 'as recorded',
    unrecorded: 'not recorded',
    changed: 'changed since recorded',
    missing: 'missing',
    outside: 'outside the folder',
    unreadable: 'unreadable',
    link: 'web address (not checked)',
  },
  none: 'The assessment names no evidence files (evidence of an indicator, files of a document).',
  columns: { state: 'State', path: 'Path', evidences: 'Evidences', sha256: 'sha256', modified: 'Modified', recorded: 'Recorded', file: 'File', folder: 'Folder' },
  recordedOn: (date) => `recorded ${date}`,
  document: (title) => `Document: ${title}`,
  folderMark: ' (folder)',
  recordHint: (file) => `Run gbt27922 evidence ${file} --record to record their sha256 and dates; a later change is then noticed.`,
  recorded: (count, file) => `Recorded the sha256 and date of ${count} evidence ${count === 1 ? 'file' : 'files'} in ${file} (evidenceLog).`,
  nothingToRecord: (file) => `The records in ${file} are up to date; nothing changed.`,
  binderWritten: (folder, files, missing) =>
    `Copied ${files} ${files === 1 ? 'file' : 'files'} into ${folder}${missing ? `; ${missing} could not be copied (missing, outside the folder or unreadable), marked in the index` : ''}.`,
  binderIndexTitle: (company) => `${company} · after-sales service certification: evidence binder`,
  binderIndexIntro: (assessment, date) => `Assembled by gbt27922 from the assessment ${assessment} on ${date}. Each file's sha256 lets the copy be checked against the original.`,
  binderMissing: 'missing',
  binderNotCopied: 'no files',
  binderDocumentsClass: 'Application documents',
  binderSheet: 'Index',
};

const enState: Record<EvidenceState, string> = {
  ok: 'as recorded',
  unrecorded: 'not recorded',
  changed: 'changed',
  missing: 'missing',
  outside: 'outside the folder',
  unreadable: 'unreadable',
  link: 'web addresses',
};

export function evidenceText(lang: Lang): EvidenceText {
  return lang === 'en' ? en : zh;
}
