import type { Lang } from '../model/bilingual-text.js';
import { safeMessages } from './safe-text.js';

/**
 * The words of `gbt27922 serve`: what the terminal says while the server runs, and the page's own
 * labels. The page is sent these as data (it holds no words itself); the questions' texts are the
 * questionnaire's (questionnaire-text.ts) and the plan's words are plan-text.ts's.
 */
export interface ServeText {
  /** Terminal lines. */
  listening: (url: string, file: string) => string;
  stopHint: string;
  openFailed: (url: string) => string;
  stopped: (file: string) => string;
  readOnlyLocked: string;
  /** The page. */
  pageTitle: string;
  contents: string;
  skipToContent: string;
  switchLanguage: string;
  switchLanguageLabel: string;
  score: string;
  level: string;
  noLevel: string;
  failed: string;
  bestCase: string;
  answered: (answered: number | string, total: number | string) => string;
  target: string;
  noTarget: string;
  auditDate: string;
  unanswered: string;
  clearAnswer: string;
  samplesConforming: string;
  samplesTotal: string;
  counts: string;
  points: (points: string) => string;
  planTitle: string;
  planStatus: string;
  deductions: string;
  removeDeduction: string;
  addDeductionButton: string;
  bonus: string;
  downloadReport: string;
  downloadExport: string;
  downloading: string;
  saving: string;
  saved: (time: string) => string;
  changedOutside: string;
  staleRefused: string;
  /** A field the person is editing was also changed in the file: said once at the top, and beside the field. */
  conflicts: (count: number | string) => string;
  conflictTheirs: string;
  conflictMine: string;
  keepMine: string;
  takeTheirs: string;
  lockedBy: string;
  lockFree: string;
  fileBroken: string;
  connectionLost: string;
  refused: (status: number | string) => string;
  notShownInvalid: string;
  profileHeading: string;
  resultHeading: string;
  pathHeading: string;
  targetHeading: string;
  gapsHeading: string;
  save: string;
  naReasonLabel: string;
  noteLabel: string;
  evidenceLabel: string;
  managersLabel: string;
  certifiedLabel: string;
  docNoteLabel: string;
  deductionLabel: string;
  indicatorCount: (count: number | string) => string;
  startTitle: string;
  startIntro: string;
  startButton: string;
}

const zh: ServeText = {
  listening: (url, file) => `自评页面地址：${url}\n正在编辑 ${file}（每次修改立即保存到该文件）。`,
  stopHint: '按 Ctrl-C 停止；所有答案都已保存在文件中。',
  openFailed: (url) => `无法自动打开浏览器，请手动在浏览器中打开：${url}`,
  stopped: (file) => `已停止。答案保存在 ${file}。`,
  readOnlyLocked: '该文件正被另一个问卷编辑：页面暂为只读，对方结束后自动恢复编辑。',
  pageTitle: 'GB/T 27922 售后服务自评',
  contents: '目录',
  skipToContent: '跳到问卷',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the page to English',
  score: '得分',
  level: '等级',
  noLevel: '未达到达标级',
  failed: '不合格',
  bestCase: '最好情况',
  answered: (answered, total) => `已回答 ${answered}/${total}`,
  target: '目标等级',
  noTarget: '（未设定）',
  auditDate: '计划审核日期',
  unanswered: '未回答',
  clearAnswer: '清除回答',
  samplesConforming: '符合的样本数',
  samplesTotal: '抽查的样本数',
  counts: '人数',
  points: (points) => `${points} 分`,
  planTitle: '改进计划',
  planStatus: '状态',
  deductions: '特殊扣分项',
  removeDeduction: '删除',
  addDeductionButton: '添加扣分项',
  bonus: '特殊加分项',
  downloadReport: '下载 PDF 报告',
  downloadExport: '导出自评表（xlsx）',
  downloading: '正在生成……',
  saving: '正在保存……',
  saved: (time) => `已保存到文件（${time}）`,
  changedOutside: '文件在此页面之外被修改（另一个标签页、问卷、sheet import 或编辑器）：您没有在改的项已更新为文件中的内容。',
  conflicts: (count) => `有 ${count} 项您正在修改的内容在别处也被修改了：已在该项下标出，请选择保留哪一个。`,
  conflictTheirs: '此项在别处也被修改了。文件中现在是：',
  conflictMine: '您尚未保存的修改仍在上面，未被覆盖。',
  keepMine: '保存我的修改（替换文件中的）',
  takeTheirs: '采用文件中的（放弃我的修改）',
  staleRefused: '未保存：文件在您编辑期间已被修改。页面已载入文件中的最新内容，请检查后重新填写。',
  lockedBy: '另一个编辑者正在编辑此文件，页面暂为只读：',
  lockFree: '另一个编辑者已结束，现在可以编辑。',
  fileBroken: '文件中有错误，修正之前页面只读：',
  connectionLost: '与本机服务的连接已断开（gbt27922 serve 已停止？）。答案都已保存在文件中。',
  refused: (status) => `服务拒绝了请求（HTTP ${status}）`,
  notShownInvalid: '未保存：',
  profileHeading: '企业信息',
  resultHeading: '当前结果',
  pathHeading: '达到下一等级',
  targetHeading: '距目标等级',
  gapsHeading: '差距',
  save: '保存',
  naReasonLabel: '不适用的理由（必填）',
  noteLabel: '备注',
  evidenceLabel: '证据文件路径（多个用逗号分隔）',
  managersLabel: '服务管理人员人数',
  certifiedLabel: '其中持证售后服务管理师人数',
  docNoteLabel: '说明',
  deductionLabel: '新增一项特别扣分（描述这起情况）',
  indicatorCount: (count) => `${count} 项`,
  startTitle: '新建自评',
  startIntro: '这个文件还不存在。选择企业类型并填写企业名称后，页面会按 GB/T 27922 条款建立自评文件，之后每次修改都立即保存到该文件。',
  startButton: '开始自评',
};

const en: ServeText = {
  listening: (url, file) => `The assessment page: ${url}\nEditing ${file} (every change is saved to it at once).`,
  stopHint: 'Press Ctrl-C to stop; every answer is already in the file.',
  openFailed: (url) => `Could not open a browser; open this address in yours: ${url}`,
  stopped: (file) => `Stopped. The answers are in ${file}.`,
  readOnlyLocked: 'Another questionnaire is editing the file: the page is read-only until it finishes.',
  pageTitle: 'GB/T 27922 after-sales service self-assessment',
  contents: 'Contents',
  skipToContent: 'Skip to the questions',
  switchLanguage: '中文',
  switchLanguageLabel: '切换为中文页面',
  score: 'Score',
  level: 'Level',
  noLevel: 'below the compliant level',
  failed: 'failed',
  bestCase: 'Best case',
  answered: (answered, total) => `${answered} of ${total} answered`,
  target: 'Target level',
  noTarget: '(none)',
  auditDate: 'Planned audit date',
  unanswered: 'Not answered',
  clearAnswer: 'Clear the answer',
  samplesConforming: 'Conforming samples',
  samplesTotal: 'Samples checked',
  counts: 'Counts',
  points: (points) => `${points} points`,
  planTitle: 'Improvement plan',
  planStatus: 'Status',
  deductions: 'Special deductions',
  removeDeduction: 'Remove',
  addDeductionButton: 'Add a deduction',
  bonus: 'Special bonus',
  downloadReport: 'Download the PDF report',
  downloadExport: 'Export the workbook (xlsx)',
  downloading: 'Generating…',
  saving: 'Saving…',
  saved: (time) => `Saved to the file (${time})`,
  changedOutside: 'The file was changed outside this page (another tab, the questionnaire, sheet import or an editor): the fields you are not editing now show what the file holds.',
  conflicts: (count) => `Fields you are editing that were also changed elsewhere: ${count}. Each is marked below it; choose which to keep.`,
  conflictTheirs: 'This was also changed elsewhere. The file now holds:',
  conflictMine: 'Your unsaved change is still above; nothing was overwritten.',
  keepMine: 'Save mine (replace the file’s)',
  takeTheirs: 'Take the file’s (drop mine)',
  staleRefused: 'Not saved: the file changed while you were editing. The page now shows the file as it is; check it and enter your change again.',
  lockedBy: 'Another editor is editing this file; the page is read-only:',
  lockFree: 'The other editor has finished; you can edit now.',
  fileBroken: 'The file has errors; the page is read-only until they are fixed:',
  connectionLost: 'The connection to the local server is lost (was gbt27922 serve stopped?). Every answer is in the file.',
  refused: (status) => `The server refused the request (HTTP ${status})`,
  notShownInvalid: 'Not saved:',
  profileHeading: 'Company',
  resultHeading: 'Result so far',
  pathHeading: 'To the next level',
  targetHeading: 'To the target level',
  gapsHeading: 'Gaps',
  save: 'Save',
  naReasonLabel: 'Why it does not apply (required)',
  noteLabel: 'Note',
  evidenceLabel: 'Evidence file paths (comma-separated)',
  managersLabel: 'Service management staff',
  certifiedLabel: 'Certified after-sales service managers among them',
  docNoteLabel: 'Note',
  deductionLabel: 'Add a special deduction (describe the case)',
  indicatorCount: (count) => `${count} indicators`,
  startTitle: 'A new assessment',
  startIntro:
    'This file does not exist yet. Choose the company type and enter its name: the page writes the assessment file by the clauses of GB/T 27922, and saves every change to it at once from then on.',
  startButton: 'Start the assessment',
};

export function serveText(lang: Lang): ServeText {
  return safeMessages(lang === 'en' ? en : zh);
}
