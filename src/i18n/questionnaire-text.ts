import { safeMessages } from './safe-text.js';
import type { Lang } from '../model/bilingual-text.js';

/** The questionnaire's words. Kept apart from the scoring messages: only `assess` loads them. */
export interface QuestionnaireText {
  welcome: string;
  intro: string;
  fileNew: (file: string) => string;
  resumeFound: (file: string, answered: number, total: number) => string;
  resumeContinue: string;
  resumeMenu: string;
  resumeSummary: string;
  back: string;
  menu: string;
  later: string;
  required: string;
  companyName: string;
  companyType: string;
  typeProducer: string;
  typeProducerHint: string;
  typeSeller: string;
  typeSellerHint: string;
  typeCustom: string;
  typeCustomHint: string;
  structureQuestion: string;
  structureClauses: (count: number) => string;
  structureClausesHint: string;
  structureSeed: (count: number) => string;
  structureSeedHint: string;
  answerCounts: string;
  countsManagers: string;
  countsCertified: (managers: number) => string;
  countsTooMany: string;
  wholeNumber: string;
  naWhen: string;
  customPath: string;
  /** A catalogue outside the new assessment's folder, copied beside it. */
  catalogueCopied: (from: string, to: string) => string;
  /** The same, when an identical copy was already there. */
  catalogueCopyUsed: (from: string, to: string) => string;
  employees: string;
  positiveInteger: string;
  numberTooLarge: string;
  firstCertification: string;
  yes: string;
  no: string;
  sectionProfile: string;
  sectionEligibility: string;
  sectionDocuments: string;
  sectionSpecial: string;
  sectionSummary: string;
  sectionPlan: string;
  planIntro: string;
  planCannotScore: string;
  /** The level question when the file names a target. */
  planTargetFromFile: (level: string) => string;
  /** The level question when it does not: the next level up is proposed. */
  planTargetNextUp: (level: string) => string;
  planTargetChoice: (level: string, threshold: number) => string;
  planSkip: string;
  planTargetReached: (level: string) => string;
  planNoIndicatorGaps: (level: string) => string;
  planPath: (level: string, points: string, gaps: number) => string;
  planGain: (gain: string) => string;
  planExisting: string;
  planGapQuestion: string;
  planFill: string;
  planEdit: string;
  planSkipOne: string;
  planKeep: string;
  planSkipRest: (count: number) => string;
  planAction: string;
  planActionWithDefault: string;
  planActionPrefix: string;
  planOwner: string;
  planDue: string;
  planDueInvalid: string;
  planStatus: string;
  planOwnerIs: (owner: string) => string;
  planDueIs: (due: string) => string;
  planNoteIs: (note: string) => string;
  eligibilityIntro: string;
  eligibilityQuestion: string;
  documentsIntro: (count: number) => string;
  documentQuestion: string;
  docReady: string;
  docMissing: string;
  docNa: string;
  docNaNote: string;
  docFound: (files: string) => string;
  indicatorPoints: (points: string) => string;
  sampledFlag: string;
  naFlag: string;
  criteria: string;
  evidence: string;
  indicatorQuestion: string;
  answerMet: string;
  answerUnmet: string;
  answerSamples: string;
  answerNa: string;
  samplesPrompt: string;
  samplesInvalid: string;
  answerMetWithNote: string;
  gapNote: string;
  scrolls: (count: number) => string;
  unansweredLeft: (count: number) => string;
  answerLeftNow: (count: number) => string;
  showResultNow: string;
  naReason: string;
  note: string;
  evidenceFiles: string;
  progress: (index: number, total: number, score: string, best: string) => string;
  specialIntro: (failAt: number) => string;
  deductionsSoFar: (count: number) => string;
  addDeduction: string;
  removeDeductions: string;
  keepDeductions: string;
  deductionsChoice: string;
  bonusQuestion: string;
  offerJson: string;
  offerPdf: string;
  pdfPath: string;
  whatNext: string;
  offerDone: string;
  jsonPath: string;
  written: (file: string) => string;
  menuTitle: string;
  menuQuit: string;
  saved: (file: string) => string;
  cancelled: (file: string, answered: number, total: number) => string;
  /** Interrupted before the first answer: no file exists yet. */
  cancelledBeforeFile: (file: string) => string;
  /** Stopped by a signal rather than Ctrl-C: which one. */
  stoppedBySignal: (signal: 'SIGTERM' | 'SIGHUP') => string;
  /** A save failed (a full disk): what now. */
  saveFailed: string;
  saveRetry: string;
  saveQuit: string;
  resumeHint: (command: string) => string;
  draftInvalid: string;
  /** The prompt library's key hints, by the action it names. */
  keys: Record<string, string>;
}

const zh: QuestionnaireText = {
  welcome: 'GB/T 27922《商品售后服务评价体系》自评问卷',
  intro: '逐项回答申请条件、申请材料和每一项评价指标，每答一题都会立即保存；随时可按 Ctrl-C 退出，下次从中断处继续。',
  fileNew: (file) => `答案将保存在 ${file}`,
  resumeFound: (file, answered, total) => `发现已有的自评文件 ${file}：已回答 ${answered}/${total} 题。`,
  resumeContinue: '从第一个未回答的问题继续',
  resumeMenu: '查看目录，修改某一部分',
  resumeSummary: '直接查看结果',
  back: '← 上一题',
  menu: '☰ 目录（跳转到其他部分）',
  later: '稍后回答',
  required: '此项必填',
  companyName: '企业全称：',
  companyType: '企业类型：',
  typeProducer: '生产型企业',
  typeProducerHint: '自己生产商品并提供售后服务的企业，如家电、设备制造商',
  typeSeller: '销售服务型企业',
  typeSellerHint: '销售商品或提供服务、自己不生产的企业，如零售商、经销商、电商、服务商',
  typeCustom: '使用自定义指标体系文件',
  typeCustomHint: '认证机构或咨询机构提供的指标体系（YAML）',
  structureQuestion: '按哪种结构自评：',
  structureClauses: (count) => `按 GB/T 27922-2011 条款（推荐，${count} 项指标）`,
  structureClausesHint: '按条款：逐条对应标准第 5 章的要求，含售后服务管理师、商品信息、质量保证、废弃商品回收。',
  structureSeed: (count) => `SB/T 10401 结构（${count} 项指标）`,
  structureSeedHint: 'SB/T 10401 结构：旧行业标准的单项，按 GB/T 27922 大类总分计分；结果会列出它未检查的条款。',
  answerCounts: '填写人数（服务管理人员、其中的售后服务管理师）',
  countsManagers: '服务管理人员共多少人：',
  countsCertified: (managers) => `其中持证售后服务管理师多少人（0 到 ${managers}）：`,
  countsTooMany: '持证人数不能多于服务管理人员数',
  wholeNumber: '请输入 0 或正整数',
  naWhen: '何时可不适用',
  customPath: '指标体系文件的路径：',
  catalogueCopied: (from, to) => `指标体系文件 ${from} 在自评文件所在文件夹之外，已复制到 ${to}；自评文件引用这份副本，整个文件夹可直接发送或存档。`,
  catalogueCopyUsed: (from, to) => `指标体系文件 ${from} 在自评文件所在文件夹之外；自评文件引用其旁边内容相同的副本 ${to}。`,
  employees: '员工人数（用于估算审核人日）：',
  positiveInteger: '请输入 1 或以上的整数',
  numberTooLarge: '数字过大，请核对（至多 9007199254740991）',
  firstCertification: '是否首次申请认证？',
  yes: '是',
  no: '否',
  sectionProfile: '企业信息',
  sectionEligibility: '申请条件',
  sectionDocuments: '申请材料',
  sectionSpecial: '特别扣分与加分',
  sectionSummary: '结果',
  sectionPlan: '整改计划（谁来做、何时完成）',
  planIntro: '整改计划：为通往目标等级的每一项差距写下措施、负责人和完成日期，写入自评文件的 plan:（每填一项即保存；可跳过，以后也可直接编辑文件）。',
  planCannotScore: '当前答案还不能打分，暂不能列出整改计划；修正后再运行即可。',
  planTargetFromFile: (level) => `目标等级（文件中 target: 设定为 ${level}）：`,
  planTargetNextUp: (level) => `目标等级（文件未设定 target:，默认为下一级 ${level}；所选等级会写入文件）：`,
  planTargetChoice: (level, threshold) => `${level}（${threshold} 分及以上）`,
  planSkip: '暂不制定计划，直接看结果',
  planTargetReached: (level) => `已达到目标等级 ${level}，没有需要补齐的差距。`,
  planNoIndicatorGaps: (level) => `通往 ${level} 的路上没有可靠指标补齐的差距（见结果中的阻碍项）。`,
  planPath: (level, points, gaps) => `距 ${level} 还差 ${points} 分；补齐以下 ${gaps} 项差距即可达到（最少的补齐路径）。`,
  planGain: (gain) => `补齐可得 ${gain} 分`,
  planExisting: '现有计划',
  planGapQuestion: '这一项：',
  planFill: '填写措施、负责人、完成日期',
  planEdit: '修改现有计划',
  planSkipOne: '跳过此项',
  planKeep: '保留现有计划，下一项',
  planSkipRest: (count) => `跳过其余 ${count} 项`,
  planAction: '措施（可留空；Esc 返回）：',
  planActionWithDefault: '措施（回车采用括号中的内容；Esc 返回）：',
  planActionPrefix: '备齐并可出示',
  planOwner: '负责人（可留空；Esc 返回）：',
  planDue: '完成日期（如 2027-03-01；可留空；Esc 返回）：',
  planDueInvalid: '请写成 2027-03-01、2027/3/1 或 2027年3月1日，且是真实存在的日期',
  planStatus: '状态：',
  planOwnerIs: (owner) => `负责人 ${owner}`,
  planDueIs: (due) => `${due} 前完成`,
  planNoteIs: (note) => `备注：${note}`,
  eligibilityIntro: '申请条件：任何一项不满足，评价即不合格（会在结果中列为阻碍项），问卷仍会继续。',
  eligibilityQuestion: '是否满足？',
  documentsIntro: (count) => `申请材料：提交认证申请时需要的 ${count} 项材料。材料不影响得分，但决定申请能否受理。`,
  documentQuestion: '这份材料的状态：',
  docReady: '已备齐',
  docMissing: '缺',
  docNa: '不适用',
  docNaNote: '说明不适用的原因（例如“三证合一”）：',
  docFound: (files) => `在证据文件夹中找到：${files}`,
  indicatorPoints: (points) => `${points} 分`,
  sampledFlag: '按抽样比例扣分',
  naFlag: '可标为不适用',
  criteria: '评审要点',
  evidence: '需出示的记录',
  indicatorQuestion: '评审时能否证明符合？',
  answerMet: '符合',
  answerUnmet: '不符合',
  answerSamples: '抽样：n 个样本中 k 个符合',
  answerNa: '不适用（需说明理由）',
  samplesPrompt: '抽样结果，写成“符合数/样本数”，如 7/10（样本数至少 1，符合数 0 到样本数）：',
  samplesInvalid: '请写成“符合数/样本数”，如 7/10：样本数至少 1，符合数 0 到样本数',
  answerMetWithNote: '符合，并填写备注和证据',
  gapNote: '差距说明（现状、原因或整改打算；可留空，回车跳过；Esc 返回）：',
  scrolls: (count) => `（共 ${count} 项，↑↓ 滚动查看）`,
  unansweredLeft: (count) => `还有 ${count} 题未回答（含“稍后回答”的）。`,
  answerLeftNow: (count) => `现在回答这 ${count} 题`,
  showResultNow: '先看结果（未答的按未达标计）',
  naReason: '不适用的理由（申请时须逐项说明；Esc 返回）：',
  note: '备注（可留空，回车跳过；Esc 返回）：',
  evidenceFiles: '证据文件路径（可留空；多个用逗号分隔；Esc 返回）：',
  progress: (index, total, score, best) => `[${index}/${total}] 当前预计得分 ${score}（未答的全部符合时 ${best}）`,
  specialIntro: (failAt) =>
    `特别扣分项：违反法律法规、企业自身服务制度或行业要求的每一起情况扣 1 分（在 100 分制得分之外），${failAt} 项及以上即不合格。特别加分项：超出法规要求或行业领先的突出做法，至多一项，加 1 分。`,
  deductionsSoFar: (count) => `已记录特别扣分项 ${count} 项。`,
  addDeduction: '新增一项特别扣分（描述这起情况；留空表示没有了）：',
  removeDeductions: '清空已记录的特别扣分项后重新填写',
  keepDeductions: '保留，并继续添加',
  deductionsChoice: '已记录的特别扣分项：',
  bonusQuestion: '特别加分项（描述一项突出做法；没有请留空）：',
  offerJson: '另存一份 JSON 结果（供其他系统使用）',
  offerPdf: '生成 PDF 自评报告（给管理层和认证顾问）',
  pdfPath: 'PDF 报告保存到：',
  whatNext: '接下来：',
  offerDone: '完成',
  jsonPath: 'JSON 文件保存到：',
  written: (file) => `已写入 ${file}`,
  menuTitle: '目录：选择要查看或修改的部分',
  menuQuit: '退出（进度已保存）',
  saved: (file) => `已保存到 ${file}`,
  cancelled: (file, answered, total) => `已中断。已回答的 ${answered}/${total} 题都已保存在 ${file}。`,
  cancelledBeforeFile: (file) => `已中断。还没有回答任何问题，未创建 ${file}。`,
  stoppedBySignal: (signal) => (signal === 'SIGHUP' ? '终端已关闭（SIGHUP），问卷已停止。' : '收到停止信号（SIGTERM），问卷已停止。'),
  saveFailed: '刚才的答案还没有保存。怎么办？',
  saveRetry: '已腾出空间，重试保存',
  saveQuit: '退出（刚才的答案不保存，之前的答案都在文件里）',
  resumeHint: (command) => `再次运行 ${command} 即可从中断处继续。`,
  draftInvalid: '当前答案还不能打分：',
  keys: { navigate: '移动', select: '选择', submit: '确认' },
};

const en: QuestionnaireText = {
  welcome: 'GB/T 27922 after-sales service self-assessment questionnaire',
  intro: 'Answer the eligibility conditions, the application documents and every indicator; each answer is saved at once. Press Ctrl-C at any time and continue where you left off next time.',
  fileNew: (file) => `Answers are saved in ${file}`,
  resumeFound: (file, answered, total) => `Found the assessment ${file}: ${answered} of ${total} questions answered.`,
  resumeContinue: 'Continue at the first unanswered question',
  resumeMenu: 'Open the contents to review or change a part',
  resumeSummary: 'Show the result now',
  back: '← Previous question',
  menu: '☰ Contents (jump to another part)',
  later: 'Answer later',
  required: 'Required',
  companyName: 'Company name:',
  companyType: 'Company type:',
  typeProducer: 'Producer',
  typeProducerHint: 'makes the goods it sells and services them, e.g. an appliance or equipment maker',
  typeSeller: 'Seller / service provider',
  typeSellerHint: 'sells goods or provides services without making them: retailer, distributor, online shop, service company',
  typeCustom: 'A catalogue file of your own',
  typeCustomHint: "a certification body's or consultant's indicator set (YAML)",
  structureQuestion: 'Assess against which structure:',
  structureClauses: (count) => `The clauses of GB/T 27922-2011 (recommended, ${count} indicators)`,
  structureClausesHint: 'Clauses: one indicator per requirement of clause 5, including certified service managers, product information, quality guarantee and take-back.',
  structureSeed: (count) => `SB/T 10401 structure (${count} indicators)`,
  structureSeedHint: "SB/T 10401 structure: the older standard's items, scored on GB/T 27922's class totals; the result names the clauses it leaves unchecked.",
  answerCounts: 'Enter the counts (service management staff, certified managers among them)',
  countsManagers: 'How many service management staff:',
  countsCertified: (managers) => `How many of them are certified after-sales service managers (0 to ${managers}):`,
  countsTooMany: 'Cannot be more than the service management staff',
  wholeNumber: 'Enter 0 or a whole number',
  naWhen: 'When N/A is allowed',
  customPath: 'Path of the catalogue file:',
  catalogueCopied: (from, to) => `The catalogue ${from} is outside the assessment's folder: copied to ${to}, and the assessment names that copy, so the folder can be sent or archived as it is.`,
  catalogueCopyUsed: (from, to) => `The catalogue ${from} is outside the assessment's folder: the assessment names the identical copy beside it, ${to}.`,
  employees: 'Number of employees (for the audit effort estimate):',
  positiveInteger: 'Enter a whole number, 1 or more',
  numberTooLarge: 'That number is too large; please check it (at most 9007199254740991)',
  firstCertification: 'Is this the first certification?',
  yes: 'Yes',
  no: 'No',
  sectionProfile: 'Company',
  sectionEligibility: 'Eligibility',
  sectionDocuments: 'Documents',
  sectionSpecial: 'Special deductions and bonus',
  sectionSummary: 'Result',
  sectionPlan: 'Plan (who, by when)',
  planIntro: "Plan: for each gap on the way to the level you aim for, an action, its owner and a due date, written to the file's plan: (each saved at once; skip any, or edit the file later).",
  planCannotScore: 'The answers cannot be scored yet, so the plan cannot list the gaps; run again once they are fixed.',
  planTargetFromFile: (level) => `Level aimed for (the file's target: is ${level}):`,
  planTargetNextUp: (level) => `Level aimed for (the file sets no target:, so the next level up, ${level}, is proposed; your choice is written to the file):`,
  planTargetChoice: (level, threshold) => `${level} (${threshold} points or more)`,
  planSkip: 'No plan now: show the result',
  planTargetReached: (level) => `${level} is reached: no gap stands in the way.`,
  planNoIndicatorGaps: (level) => `No indicator gap stands between you and ${level}; see what blocks it in the result.`,
  planPath: (level, points, gaps) => `${points} points short of ${level}; closing these ${gaps} gaps reaches it (the fewest that do).`,
  planGain: (gain) => `closing it: ${gain}`,
  planExisting: 'Planned',
  planGapQuestion: 'This gap:',
  planFill: 'Enter an action, owner and due date',
  planEdit: 'Change the plan',
  planSkipOne: 'Skip it',
  planKeep: 'Keep the plan, next gap',
  planSkipRest: (count) => `Skip the rest (${count} more)`,
  planAction: 'Action (optional; Esc to go back):',
  planActionWithDefault: 'Action (Enter takes the text in brackets; Esc to go back):',
  planActionPrefix: 'Have ready to show',
  planOwner: 'Owner (optional; Esc to go back):',
  planDue: 'Due date (e.g. 2027-03-01; optional; Esc to go back):',
  planDueInvalid: 'Write 2027-03-01, 2027/3/1 or 2027年3月1日, a day that exists',
  planStatus: 'Status:',
  planOwnerIs: (owner) => `owner ${owner}`,
  planDueIs: (due) => `due ${due}`,
  planNoteIs: (note) => `note: ${note}`,
  eligibilityIntro: 'Eligibility: any condition not met fails the assessment (it is listed as a blocker); the questionnaire goes on.',
  eligibilityQuestion: 'Is it met?',
  documentsIntro: (count) => `Documents: the ${count} documents of an application. They do not change the score, but decide whether the application is accepted.`,
  documentQuestion: 'Status of this document:',
  docReady: 'Ready',
  docMissing: 'Missing',
  docNa: 'Not applicable',
  docNaNote: 'Why it does not apply:',
  docFound: (files) => `Found in the evidence folder: ${files}`,
  indicatorPoints: (points) => `${points} points`,
  sampledFlag: 'deducted by samples',
  naFlag: 'may be not applicable',
  criteria: 'What the auditor checks',
  evidence: 'Records to show',
  indicatorQuestion: 'Could you demonstrate this to an auditor?',
  answerMet: 'Met',
  answerUnmet: 'Not met',
  answerSamples: 'Samples: k of n conform',
  answerNa: 'Not applicable (reason required)',
  samplesPrompt: 'Sample result as conforming/checked, e.g. 7/10 (at least 1 checked, 0 to that many conforming):',
  samplesInvalid: 'Write conforming/checked, e.g. 7/10: at least 1 checked, 0 to that many conforming',
  answerMetWithNote: 'Met, and add a note and evidence',
  gapNote: 'About this gap (the situation, the cause or the plan; optional, Enter to skip, Esc to go back):',
  scrolls: (count) => `(${count} entries, ↑↓ to scroll)`,
  unansweredLeft: (count) => `${count} questions are still unanswered (including those left for later).`,
  answerLeftNow: (count) => `Answer these ${count} now`,
  showResultNow: 'Show the result first (unanswered ones count as not demonstrated)',
  naReason: 'Why it does not apply (the application must explain it; Esc to go back):',
  note: 'Note (optional, Enter to skip, Esc to go back):',
  evidenceFiles: 'Evidence file paths (optional, comma-separated; Esc to go back):',
  progress: (index, total, score, best) => `[${index}/${total}] projected score ${score} (${best} if every unanswered one were met)`,
  specialIntro: (failAt) =>
    `Special deductions: each case breaching the law, your own service rules or an industry requirement costs 1 point outside the score; ${failAt} or more fail the assessment. Special bonus: one notable strength beyond legal requirements or leading the industry, +1 (at most one).`,
  deductionsSoFar: (count) => `${count} special deductions recorded.`,
  addDeduction: 'Add a special deduction (describe the case; leave empty when there are no more):',
  removeDeductions: 'Clear the recorded deductions and enter them again',
  keepDeductions: 'Keep them, and add more',
  deductionsChoice: 'The recorded special deductions:',
  bonusQuestion: 'Special bonus (describe one notable strength; leave empty if none):',
  offerJson: 'Also save the result as JSON (for other systems)',
  offerPdf: 'Write the PDF report (for management and the consultant)',
  pdfPath: 'Save the PDF report to:',
  whatNext: 'What next?',
  offerDone: 'Done',
  jsonPath: 'Save the JSON to:',
  written: (file) => `Wrote ${file}`,
  menuTitle: 'Contents: choose a part to review or change',
  menuQuit: 'Quit (progress is saved)',
  saved: (file) => `Saved to ${file}`,
  cancelled: (file, answered, total) => `Interrupted. The ${answered} of ${total} answers given are saved in ${file}.`,
  cancelledBeforeFile: (file) => `Interrupted before the first answer: ${file} was not created.`,
  stoppedBySignal: (signal) => (signal === 'SIGHUP' ? 'The terminal was closed (SIGHUP): the questionnaire stopped.' : 'Stopped by a signal (SIGTERM): the questionnaire stopped.'),
  saveFailed: 'The last answer is not saved yet. What now?',
  saveRetry: 'I have freed space: try saving again',
  saveQuit: 'Quit (the last answer is lost; every earlier one is in the file)',
  resumeHint: (command) => `Run ${command} again to continue where you left off.`,
  draftInvalid: 'The answers cannot be scored yet:',
  keys: {},
};

/** The words of one language; values put into them are shown safely (see safe-text.ts). */
export function questionnaireText(lang: Lang): QuestionnaireText {
  return safeMessages(lang === 'en' ? en : zh);
}
