import type { Lang } from '../model/bilingual-text.js';
import { enPunctuation } from './punctuation.js';

/** The words of the PDF report. Only `report` loads them. */
export interface ReportText {
  /** The document's language tag (BCP 47), for screen readers and search. */
  languageTag: string;
  documentTitle: string;
  standard: string;
  runningHeader: (company: string) => string;
  page: (page: number, pages: number) => string;
  coverSubtitle: string;
  companyType: string;
  catalogue: string;
  assessedOn: string;
  notDated: string;
  projectedLevel: string;
  score: string;
  defaultsNote: string;
  selfAssessmentNote: (version: string) => string;
  summaryTitle: string;
  keyScore: string;
  keyPointsNeeded: (level: string) => string;
  keyTopLevel: string;
  keyPointsEnough: (level: string) => string;
  keyGaps: string;
  keyGapsCertify: string;
  keyGapsAll: string;
  scaleTitle: string;
  radarTitle: string;
  classesTitle: string;
  blockersTitle: string;
  noBlockers: string;
  blockerDocuments: (list: string) => string;
  blockerUnanswered: (count: number) => string;
  pathTitle: string;
  gapsTitle: string;
  gapCriteria: string;
  gapEvidence: string;
  gapImprove: string;
  /** The company's own note on a gap, from its assessment file. */
  gain: string;
  indicatorTableTitle: string;
  applicabilityNote: string;
  columns: { indicator: string; points: string; answer: string; earned: string; note: string; document: string; status: string; condition: string };
  documentsTitle: string;
  docStatus: Record<'ready' | 'missing' | 'na' | 'unanswered', string>;
  eligibilityTitle: string;
  eligibilityStatus: Record<'yes' | 'no' | 'unanswered', string>;
  effortTitle: string;
  effortEstimateLabel: string;
  effortNoEmployees: string;
  effortOutOfTable: (employees: number) => string;
  effortBand: (employees: number, band: string) => string;
  effortColumns: { audit: string; total: string; onSite: string; historicalFee: (rate: string) => string; exampleFee: (rate: string) => string };
  effortRows: { initial: (documents: string) => string; surveillance: string; recertification: string; outlets: (count: number, perOutlet: string) => string };
  /** Shown in place of a figure no source gives. */
  effortNotFound: string;
  effortAtLeast: (value: string) => string;
  effortNoOutlets: (perOutlet: string) => string;
  effortFixedFees: (label: string, application: string, approval: string, annual: string) => string;
  effortHistorical: string;
  effortExample: string;
  effortSource: string;
  money: (amount: number) => string;
  stepsTitle: string;
  steps: string[];
  prepareTitle: string;
  prepare: string[];
  specialDeductions: string;
  specialBonus: string;
}

const zh: ReportText = {
  languageTag: 'zh-CN',
  documentTitle: '售后服务认证自评报告',
  standard: 'GB/T 27922-2011《商品售后服务评价体系》',
  runningHeader: (company) => `售后服务认证自评报告 · ${company}`,
  page: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  coverSubtitle: '认证准备度自评',
  companyType: '企业类型',
  catalogue: '指标体系',
  assessedOn: '自评日期',
  notDated: '未注明',
  projectedLevel: '预计等级',
  score: '预计得分',
  defaultsNote: '注：各指标分值为本工具的默认分配，并非认证机构的官方分值；大类总分（40/35/25）与星级分数线来自标准。',
  selfAssessmentNote: (version) => `本报告为企业自评结果，不代表认证机构的评审结论。由 gbt27922 ${version} 生成。`,
  summaryTitle: '概览',
  keyScore: '预计得分',
  keyPointsNeeded: (level) => `距${level}还差`,
  keyTopLevel: '已达最高等级',
  keyPointsEnough: (level) => `得分已够${level}`,
  keyGaps: '升级需补齐的差距',
  keyGapsCertify: '取得认证需消除的问题',
  keyGapsAll: '差距总数',
  scaleTitle: '得分与星级分数线',
  radarTitle: '各单项得分率',
  classesTitle: '各大类得分率',
  blockersTitle: '阻碍项',
  noBlockers: '没有阻碍项。',
  blockerDocuments: (list) => `申请材料未备齐：${list}`,
  blockerUnanswered: (count) => `${count} 项指标未作答，按未达标计`,
  pathTitle: '升级路径',
  gapsTitle: '差距清单（按可提升的分数排序）',
  gapCriteria: '评审要点',
  gapEvidence: '需出示的记录',
  gapImprove: '改进措施',
  gain: '可提升',
  indicatorTableTitle: '指标明细',
  applicabilityNote: '标为“不适用”的指标已从总分母中删减，理由如下表所列；申请时须在“售后服务体系建设情况”中逐项说明。',
  columns: { indicator: '指标', points: '分值', answer: '自评结果', earned: '得分', note: '备注 / 不适用理由', document: '申请材料', status: '状态', condition: '申请条件' },
  documentsTitle: '申请材料清单',
  docStatus: { ready: '已备齐', missing: '缺', na: '不适用', unanswered: '未确认' },
  eligibilityTitle: '申请条件',
  eligibilityStatus: { yes: '满足', no: '不满足', unanswered: '未确认' },
  effortTitle: '审核工作量估算',
  effortEstimateLabel: '估算：人日来自历史参考表，收费分别为历史标准和某机构现行公布的示例；各认证机构现自行确定审核时间与收费，以机构报价为准。',
  effortNoEmployees: '自评文件未填写员工人数，无法估算审核人日。',
  effortOutOfTable: (employees) => `员工人数 ${employees} 超出参考表范围，无法估算。`,
  effortBand: (employees, band) => `员工 ${employees} 人，属历史参考表 ${band} 人档；各次审核的人日数均取自该表。`,
  effortColumns: { audit: '审核', total: '人日（历史）', onSite: '其中现场', historicalFee: (rate) => `审核费，历史 ${rate} 元/人日`, exampleFee: (rate) => `审核费，示例 ${rate} 元/人日` },
  effortRows: {
    initial: (documents) => `初次认证审核（含策划与文件审核 ${documents} 人日）`,
    surveillance: '年度监督审核',
    recertification: '复评（第三年再认证）',
    outlets: (count, perOutlet) => `固定服务网点 ${count} 个，每个至少 ${perOutlet} 人日（示例规则，每次到访网点的审核另加）`,
  },
  effortNotFound: '未找到',
  effortAtLeast: (value) => `≥ ${value}`,
  effortNoOutlets: (perOutlet) => `未填写固定服务网点数（company.outlets）：有机构对每个固定服务网点另加至少 ${perOutlet} 人日（示例规则）。`,
  effortFixedFees: (label, application, approval, annual) => `${label}：申请费 ${application} 元，审定与注册费 ${approval} 元，年金 ${annual} 元/年。`,
  effortHistorical: '历史收费（参考表）',
  effortExample: '示例收费（某机构现行公布）',
  effortSource: '来源',
  money: (amount) => groupThousands(amount),
  stepsTitle: '认证步骤',
  steps: [
    '提交申请表及申请材料',
    '认证机构审查申请资格，签订认证合同',
    '文件审核（售后服务体系文件）',
    '现场审核与评分',
    '针对评审发现进行整改',
    '认证机构复核及认证决定',
    '颁发带星级的认证证书，此后每年监督审核，第三年再认证',
  ],
  prepareTitle: '企业需要准备',
  prepare: ['培训足够数量的售后服务管理师', '梳理服务体系与制度文件，编制成售后服务手册', '备齐申请材料（见上表）', '与认证机构约定评审时间', '安排现场审核所需的人员、交通和办公场地'],
  specialDeductions: '特别扣分项',
  specialBonus: '特别加分项',
};

const en: ReportText = {
  languageTag: 'en',
  documentTitle: 'After-sales service certification: self-assessment report',
  standard: 'GB/T 27922-2011 Evaluation system for after-sales service of commodities',
  runningHeader: (company) => `Self-assessment report · ${company}`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  coverSubtitle: 'Certification readiness self-assessment',
  companyType: 'Company type',
  catalogue: 'Catalogue',
  assessedOn: 'Assessed on',
  notDated: 'not given',
  projectedLevel: 'Projected level',
  score: 'Projected score',
  defaultsNote: "Note: indicator points are this tool's default split, not a certification body's official values; the class totals (40/35/25) and the level thresholds are the standard's.",
  selfAssessmentNote: (version) => `A self-assessment by the company, not a certification body's finding. Produced by gbt27922 ${version}.`,
  summaryTitle: 'Summary',
  keyScore: 'Projected score',
  keyPointsNeeded: (level) => `Points to ${level}`,
  keyTopLevel: 'Highest level reached',
  keyPointsEnough: (level) => `Score enough for ${level}`,
  keyGaps: 'Gaps to close for it',
  keyGapsCertify: 'To clear for a certificate',
  keyGapsAll: 'Gaps in all',
  scaleTitle: 'Score against the level thresholds',
  radarTitle: 'Items: percent of possible points',
  classesTitle: 'Classes: percent of possible points',
  blockersTitle: 'Blockers',
  noBlockers: 'No blockers.',
  blockerDocuments: (list) => `Application documents not ready: ${list}`,
  blockerUnanswered: (count) => `${count} ${enPunctuation.plural(count, { one: 'indicator', other: 'indicators' })} unanswered, counted as not demonstrated`,
  pathTitle: 'Path to the next level',
  gapsTitle: 'Gaps, ranked by the score each would add',
  gapCriteria: 'What the auditor checks',
  gapEvidence: 'Records to show',
  gapImprove: 'What to do',
  gain: 'Gain',
  indicatorTableTitle: 'Every indicator',
  applicabilityNote: 'Indicators marked not applicable leave the denominator; their reasons are listed below, and the application must explain each in its after-sales system description.',
  columns: { indicator: 'Indicator', points: 'Points', answer: 'Answer', earned: 'Earned', note: 'Note / reason not applicable', document: 'Document', status: 'Status', condition: 'Condition' },
  documentsTitle: 'Application documents',
  docStatus: { ready: 'ready', missing: 'missing', na: 'not applicable', unanswered: 'not confirmed' },
  eligibilityTitle: 'Eligibility',
  eligibilityStatus: { yes: 'met', no: 'NOT MET', unanswered: 'not confirmed' },
  effortTitle: 'Audit effort estimate',
  effortEstimateLabel:
    "ESTIMATE: man-days from a historical reference table, fees at the historical rate and at one body's current published example; certification bodies now set their own audit times and fees, so their quotation prevails.",
  effortNoEmployees: 'The assessment gives no number of employees, so no audit effort can be estimated.',
  effortOutOfTable: (employees) => `${employees} employees is beyond the reference table; no estimate.`,
  effortBand: (employees, band) => `${employees} employees: band ${band} of the historical reference table; every audit's man-days below come from that table.`,
  effortColumns: {
    audit: 'Audit',
    total: 'Man-days (historical)',
    onSite: 'of which on site',
    historicalFee: (rate) => `Audit fee, historical ${rate} CNY/man-day`,
    exampleFee: (rate) => `Audit fee, example ${rate} CNY/man-day`,
  },
  effortRows: {
    initial: (documents) => `Initial audit (incl. ${documents} planning and document review)`,
    surveillance: 'Yearly surveillance audit',
    recertification: 'Re-certification (year 3)',
    outlets: (count, perOutlet) => `${count} fixed service outlets, at least ${perOutlet} each (example rule; added to each audit that visits them)`,
  },
  effortNotFound: 'not found',
  effortAtLeast: (value) => `≥ ${value}`,
  effortNoOutlets: (perOutlet) => `No number of fixed service outlets given (company.outlets): one body adds at least ${perOutlet} man-day for each (an example rule).`,
  effortFixedFees: (label, application, approval, annual) => `${label}: application ${application} CNY, approval and registration ${approval} CNY, annual fee ${annual} CNY a year.`,
  effortHistorical: 'Historical fees (reference table)',
  effortExample: "Example fees (one body's current published list)",
  effortSource: 'Source',
  money: (amount) => groupThousands(amount),
  stepsTitle: 'Certification steps',
  steps: [
    'Application form and documents',
    'Eligibility check by the certification body, contract',
    'Document review (after-sales system documents)',
    'On-site audit and scoring',
    'Corrective actions for the findings',
    "The certification body's review and certification decision",
    'Certificate with its star level; yearly surveillance, re-certification in year 3',
  ],
  prepareTitle: 'What the company prepares',
  prepare: [
    'Train enough certified after-sales service managers (售后服务管理师)',
    'Compile the service system and rules into an after-sales service manual',
    'Gather the application documents (table above)',
    'Agree audit dates with the certification body',
    'Arrange people, transport and rooms for the on-site audit',
  ],
  specialDeductions: 'Special deductions',
  specialBonus: 'Special bonus',
};

/** 34500 → "34,500": amounts of money in CNY, the same in both languages. */
function groupThousands(amount: number): string {
  const [whole, fraction] = String(amount).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function reportText(lang: Lang): ReportText {
  return lang === 'en' ? en : zh;
}
