import type { PlanStatus } from '../model/result.js';
import type { Lang } from '../model/bilingual-text.js';

/** The words of the target level, the preparation plan, the `plan` command and its calendar. */
export interface PlanText {
  targetTitle: (level: string, threshold: number) => string;
  targetReached: (level: string) => string;
  targetShort: (points: string, count: number, after: string) => string;
  targetBlockedOnly: string;
  targetUnreachable: string;
  clearFirst: string;
  firstCertificationRule: (target: string, lowest: string) => string;
  targetLabel: string;
  minLevelTargetShort: (points: string, count: number) => string;
  planTitle: (count: number) => string;
  noPlan: string;
  status: Record<PlanStatus, string>;
  overdue: string;
  overdueCount: (count: number) => string;
  action: string;
  owner: string;
  due: string;
  note: string;
  /** The plan's note where the company's own note for the gap stands next to it. */
  planNote: string;
  noOwner: string;
  noDue: string;
  columns: { due: string; indicator: string; action: string; owner: string; status: string; gain: string; projected: string };
  projectedAll: (score: string, level: string) => string;
  gainNone: string;
  byOwner: string;
  byMonth: string;
  noMonth: string;
  timelineTitle: (auditDate: string) => string;
  noAuditDate: string;
  ours: string;
  oursFootnote: string;
  factFootnote: string;
  today: string;
  milestones: Record<MilestoneId, string>;
  dueAfterApplication: (count: number, date: string) => string;
  auditDate: string;
  calendarName: (company: string) => string;
  /** The calendar's language, as iCalendar's PRODID names it. */
  calendarLanguage: string;
  calendarAction: (indicator: string, action: string) => string;
  diffCompleted: string;
  diffSlipped: string;
  diffSlip: (from: string, to: string) => string;
  diffNowOverdue: string;
  /** Between reasons in one parenthesis. */
  listComma: string;
  heading: (company: string) => string;
  gapPlanLabel: string;
  pdfPlanTitle: string;
  pdfGanttTitle: string;
  pdfLegend: { todo: string; doing: string; done: string; overdue: string; step: string; audit: string; today: string };
  current: (score: string, level: string) => string;
  unplannedTitle: string;
  ownerGroup: (owner: string) => string;
  monthGroup: (month: string) => string;
  failedLevel: string;
  noLevel: string;
  questionnaire: {
    intro: (count: number, level: string) => string;
    owner: (indicator: string) => string;
    due: string;
    action: string;
    skip: string;
    invalidDate: string;
  };
}

export type MilestoneId = 'system-running' | 'manager-training' | 'documents' | 'self-evaluation' | 'application' | 'audit' | 'star-review' | 'surveillance-1' | 'surveillance-2' | 'recertification';

const zh: PlanText = {
  targetTitle: (level, threshold) => `距目标等级${level}（≥ ${threshold} 分）`,
  targetReached: (level) => `已达到目标等级${level}。`,
  targetShort: (points, count, after) => `还差 ${points} 分：补齐以下 ${count} 项差距（最少项数），得分可达 ${after}：`,
  targetBlockedOnly: '得分已够，只需处理下列阻碍：',
  targetUnreachable: '即使补齐所有差距也无法达到目标等级。',
  clearFirst: '须先消除（否则任何等级都不算数）：',
  firstCertificationRule: (target, lowest) => `注意：首次认证通常先评为${lowest}，运行一年后再评定星级（成绩特别突出者除外）；目标${target}一般在第一次监督审核后才能取得。`,
  targetLabel: '目标等级',
  minLevelTargetShort: (points, count) => `  距目标还差 ${points} 分，最少需补齐 ${count} 项差距（见输出中的“距目标等级”）`,
  planTitle: (count) => `改进计划（${count} 项）`,
  noPlan: '文件中还没有改进计划（plan:）。可在问卷中为每项差距填写负责人和完成日期，或手工在文件中添加。',
  status: { todo: '未开始', doing: '进行中', done: '已完成' },
  overdue: '已逾期',
  overdueCount: (count) => `${count} 项已逾期（过了完成日期仍未完成）`,
  action: '措施',
  owner: '负责人',
  due: '完成日期',
  note: '备注',
  planNote: '计划备注',
  noOwner: '（未指定负责人）',
  noDue: '（未定日期）',
  columns: { due: '完成日期', indicator: '指标', action: '措施', owner: '负责人', status: '状态', gain: '加分', projected: '完成后预计' },
  projectedAll: (score, level) => `全部措施完成后：预计 ${score} 分，${level}`,
  gainNone: '—',
  byOwner: '按负责人',
  byMonth: '按月份',
  noMonth: '未定日期',
  timelineTitle: (auditDate) => `认证准备时间表（按审核日期 ${auditDate} 倒排）`,
  noAuditDate: '未设定审核日期：在文件中写 auditDate: YYYY-MM-DD，或加 --audit-date，即可按审核日期倒排时间表。',
  ours: '本工具默认',
  oursFootnote: '标“本工具默认”的时长是本工具的默认安排，不是标准或认证机构的规定，请按所选认证机构的要求调整。',
  factFootnote: '其余时间点依据：售后服务体系运行满 3 个月方可申请（部分认证机构要求 6 个月）；证书有效期 3 年，每年监督审核，第 3 年再认证；首次认证通常评为达标级，一年后评定星级。',
  today: '今天',
  milestones: {
    'system-running': '售后服务体系开始运行（至申请时满 3 个月）',
    'manager-training': '售后服务管理师培训取证（不少于服务管理人员的 10%，至少 1 名）',
    documents: '编制售后服务手册和 12 项申请材料',
    'self-evaluation': '内部自评（用本工具按最新情况打分）',
    application: '提交认证申请',
    audit: '认证审核（现场审核）',
    'star-review': '第一次监督审核：可申请评定星级',
    'surveillance-1': '第一次年度监督审核',
    'surveillance-2': '第二次年度监督审核',
    recertification: '再认证审核（证书 3 年到期前）',
  },
  dueAfterApplication: (count, date) => `${count} 项措施的完成日期晚于申请日期 ${date}`,
  auditDate: '审核日期',
  calendarName: (company) => `${company} 售后服务认证准备`,
  calendarLanguage: 'ZH',
  calendarAction: (indicator, action) => `${indicator}：${action}`,
  diffCompleted: '已完成的措施',
  diffSlipped: '延期或逾期的措施',
  diffSlip: (from, to) => `完成日期 ${from} → ${to}`,
  diffNowOverdue: '已逾期',
  listComma: '，',
  heading: (company) => `改进计划 · ${company}`,
  gapPlanLabel: '企业备注与计划',
  pdfPlanTitle: '改进计划与认证时间表',
  pdfGanttTitle: '时间表（至审核日期）',
  pdfLegend: { todo: '未开始', doing: '进行中', done: '已完成', overdue: '已逾期', step: '认证准备步骤', audit: '审核日期', today: '今天' },
  current: (score, level) => `当前 ${score} 分，${level}`,
  unplannedTitle: '通往目标还需补齐、但尚未安排措施的差距：',
  ownerGroup: (owner) => `负责人：${owner}`,
  monthGroup: (month) => `${month.slice(0, 4)} 年 ${Number(month.slice(5, 7))} 月`,
  failedLevel: '不合格',
  noLevel: '未达到达标级',
  questionnaire: {
    intro: (count, level) => `改进计划：为通往${level}的 ${count} 项差距填写负责人和完成日期（留空可跳过）。`,
    owner: (indicator) => `“${indicator}”由谁负责？`,
    due: '完成日期（YYYY-MM-DD）',
    action: '措施（做什么）',
    skip: '跳过改进计划',
    invalidDate: '请写成 YYYY-MM-DD 格式的真实日期，例如 2027-03-31，或留空。',
  },
};

const en: PlanText = {
  targetTitle: (level, threshold) => `Distance to the target level ${level} (≥ ${threshold})`,
  targetReached: (level) => `The target level ${level} is reached.`,
  targetShort: (points, count, after) => `${points} points short: close these ${count} gaps (the fewest that do it) to reach ${after}:`,
  targetBlockedOnly: 'The score is enough; only these blockers stand in the way:',
  targetUnreachable: 'The target is not reachable even with every gap closed.',
  clearFirst: 'Clear first (until then no level counts):',
  firstCertificationRule: (target, lowest) =>
    `Note: a first certification is normally rated ${lowest}, and a star level follows after a year (exceptionally strong results excepted); the target ${target} usually comes at the first surveillance audit.`,
  targetLabel: 'Target level',
  minLevelTargetShort: (points, count) => `  ${points} points short of its target; at least ${count} gaps to close (see "Distance to the target level" in the output)`,
  planTitle: (count) => `Improvement plan (${count})`,
  noPlan: 'The file has no plan (plan:) yet. Record an owner and a due date for each gap in the questionnaire, or add them to the file by hand.',
  status: { todo: 'to do', doing: 'in progress', done: 'done' },
  overdue: 'overdue',
  overdueCount: (count) => `${count} overdue (due date passed, not done)`,
  action: 'Action',
  owner: 'Owner',
  due: 'Due',
  note: 'Note',
  planNote: 'Plan note',
  noOwner: '(no owner)',
  noDue: '(no date)',
  columns: { due: 'Due', indicator: 'Indicator', action: 'Action', owner: 'Owner', status: 'Status', gain: 'Gain', projected: 'Projected when done' },
  projectedAll: (score, level) => `With every action done: ${score}, ${level}`,
  gainNone: '—',
  byOwner: 'By owner',
  byMonth: 'By month',
  noMonth: 'No date',
  timelineTitle: (auditDate) => `Certification timeline (scheduled back from the audit on ${auditDate})`,
  noAuditDate: 'No audit date: write auditDate: YYYY-MM-DD in the file or pass --audit-date to schedule the timeline back from it.',
  ours: 'our default',
  oursFootnote: 'Durations marked "our default" are this tool\'s defaults, not rules of the standard or of a certification body: adjust them to your body\'s requirements.',
  factFootnote:
    'The other dates follow from: the after-sales system must have run for 3 months before applying (some bodies ask 6); a certificate is valid 3 years with a surveillance audit every year and re-certification in year 3; a first certification is normally rated Compliant, stars follow after a year.',
  today: 'today',
  milestones: {
    'system-running': 'After-sales system running (3 months by the application)',
    'manager-training': 'After-sales service manager (售后服务管理师) training and certificates (at least 10% of service management staff, at least one)',
    documents: 'Service manual and the 12 application documents',
    'self-evaluation': 'Internal self-evaluation (score the latest state with this tool)',
    application: 'Application submitted',
    audit: 'Certification audit (on site)',
    'star-review': 'First surveillance audit: star level can be assessed',
    'surveillance-1': 'First yearly surveillance audit',
    'surveillance-2': 'Second yearly surveillance audit',
    recertification: 'Re-certification audit (before the 3-year certificate expires)',
  },
  dueAfterApplication: (count, date) => `${count} actions are due after the application date ${date}`,
  auditDate: 'Audit date',
  calendarName: (company) => `${company}: after-sales service certification`,
  calendarLanguage: 'EN',
  calendarAction: (indicator, action) => `${indicator}: ${action}`,
  diffCompleted: 'Actions completed',
  diffSlipped: 'Actions slipped or overdue',
  diffSlip: (from, to) => `due ${from} → ${to}`,
  diffNowOverdue: 'now overdue',
  listComma: ', ',
  heading: (company) => `Improvement plan · ${company}`,
  gapPlanLabel: 'Company note and plan',
  pdfPlanTitle: 'Improvement plan and certification timeline',
  pdfGanttTitle: 'Timeline (to the audit date)',
  pdfLegend: { todo: 'to do', doing: 'in progress', done: 'done', overdue: 'overdue', step: 'preparation step', audit: 'audit date', today: 'today' },
  current: (score, level) => `Now ${score}, ${level}`,
  unplannedTitle: 'Gaps on the way to the target with no action planned yet:',
  ownerGroup: (owner) => `Owner: ${owner}`,
  monthGroup: (month) => month,
  failedLevel: 'Failed',
  noLevel: 'below Compliant',
  questionnaire: {
    intro: (count, level) => `Plan: an owner and a due date for each of the ${count} gaps on the way to ${level} (leave empty to skip).`,
    owner: (indicator) => `Who is responsible for "${indicator}"?`,
    due: 'Due date (YYYY-MM-DD)',
    action: 'Action (what will be done)',
    skip: 'Skip the plan',
    invalidDate: 'Write a real date as YYYY-MM-DD, e.g. 2027-03-31, or leave it empty.',
  },
};

export function planText(lang: Lang): PlanText {
  return lang === 'en' ? en : zh;
}
