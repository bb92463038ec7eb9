import type { Lang } from '../model/bilingual-text.js';

/**
 * The words of the exported spreadsheet (xlsx and csv). Import recognises the sheets, columns and
 * answers in either language, so a file exported in English can be filled in and read back by a
 * Chinese run and the other way round.
 */
export interface SheetText {
  sheets: Record<'cover' | 'indicators' | 'eligibility' | 'documents' | 'deductions' | 'plan', string>;
  cover: Record<
    | 'field'
    | 'value'
    | 'key'
    | 'company'
    | 'companyType'
    | 'employees'
    | 'firstCertification'
    | 'catalogue'
    | 'catalogueVersion'
    | 'assessedOn'
    | 'score'
    | 'level'
    | 'target'
    | 'auditDate'
    | 'specialBonus'
    | 'exportedBy'
    | 'howTo',
    string
  >;
  howTo: string;
  columns: Record<
    | 'id'
    | 'class'
    | 'item'
    | 'indicator'
    | 'points'
    | 'criteria'
    | 'records'
    | 'answer'
    | 'conforming'
    | 'samples'
    | 'naReason'
    | 'note'
    | 'evidence'
    | 'action'
    | 'owner'
    | 'due'
    | 'status'
    | 'planNote'
    | 'earned'
    | 'condition'
    | 'met'
    | 'document'
    | 'documentStatus'
    | 'files'
    | 'number'
    | 'deduction',
    string
  >;
  /** counts: 售后服务管理师, with the certified managers in the conforming column and the service management staff in the samples one. */
  answers: Record<'met' | 'unmet' | 'samples' | 'na' | 'counts', string>;
  planStatus: Record<'todo' | 'doing' | 'done', string>;
  yesNo: Record<'yes' | 'no', string>;
  documentStatus: Record<'ready' | 'missing' | 'na', string>;
  pointsAreDefaults: string;
  planSheetNote: string;
  answerPrompt: string;
  level: (name: string) => string;
  noLevel: string;
}

const zh: SheetText = {
  sheets: { cover: '封面', indicators: '指标', eligibility: '申请条件', documents: '申请材料', deductions: '特别扣分', plan: '整改计划' },
  cover: {
    field: '项目',
    value: '内容',
    key: '键',
    company: '企业名称',
    companyType: '企业类型',
    employees: '员工人数',
    firstCertification: '首次认证',
    catalogue: '指标体系',
    catalogueVersion: '指标体系版本',
    assessedOn: '自评日期',
    score: '自评得分（工具计算）',
    level: '预计等级（工具计算）',
    target: '目标等级',
    auditDate: '认证审核日期',
    specialBonus: '特别加分项',
    exportedBy: '导出工具',
    howTo: '填写说明',
  },
  howTo: '在「指标」表中填写答案（下拉选择）、抽样数、不适用理由、备注、证据和整改计划；改完用 gbt27922 import 读回自评文件。得分以工具计算为准。',
  columns: {
    id: '编号',
    class: '大类',
    item: '评价项目',
    indicator: '指标',
    points: '分值（本工具默认）',
    criteria: '审核要点',
    records: '应提供的记录',
    answer: '答案',
    conforming: '符合样本数',
    samples: '样本总数',
    naReason: '不适用理由',
    note: '备注',
    evidence: '证据文件（每行一个）',
    action: '整改措施',
    owner: '负责人',
    due: '完成期限',
    status: '进度',
    planNote: '计划备注',
    earned: '得分（参考公式）',
    condition: '条件',
    met: '是否满足',
    document: '材料',
    documentStatus: '状态',
    files: '文件（每行一个）',
    number: '序号',
    deduction: '扣分事项',
  },
  answers: { met: '符合', unmet: '不符合', samples: '抽样', na: '不适用', counts: '人数' },
  planStatus: { todo: '待办', doing: '进行中', done: '已完成' },
  yesNo: { yes: '是', no: '否' },
  documentStatus: { ready: '已备齐', missing: '缺', na: '不适用' },
  pointsAreDefaults: '分值为本工具的默认分配（标准只规定大类总分），不是认证机构的分值。',
  planSheetNote: '本表只供查看：整改计划在「指标」表中修改。',
  answerPrompt: '请从下拉列表中选择：符合、不符合、抽样（再填样本数）或不适用（再填理由）；售后服务管理师选“人数”，在“符合数”填持证人数、在“样本数”填服务管理人员数。',
  level: (name) => name,
  noLevel: '未达到达标级',
};

const en: SheetText = {
  sheets: { cover: 'Cover', indicators: 'Indicators', eligibility: 'Eligibility', documents: 'Documents', deductions: 'Special deductions', plan: 'Plan' },
  cover: {
    field: 'Field',
    value: 'Value',
    key: 'Key',
    company: 'Company',
    companyType: 'Company type',
    employees: 'Employees',
    firstCertification: 'First certification',
    catalogue: 'Catalogue',
    catalogueVersion: 'Catalogue version',
    assessedOn: 'Assessed on',
    score: 'Score (computed by the tool)',
    level: 'Projected level (computed by the tool)',
    target: 'Target level',
    auditDate: 'Audit date',
    specialBonus: 'Special bonus',
    exportedBy: 'Exported by',
    howTo: 'How to fill in',
  },
  howTo:
    "On the Indicators sheet, pick each answer from the list and fill in samples, N/A reasons, notes, evidence and the plan; then read it back with gbt27922 import. The tool's score is the one that counts.",
  columns: {
    id: 'ID',
    class: 'Class',
    item: 'Item',
    indicator: 'Indicator',
    points: 'Points (our defaults)',
    criteria: 'What the auditor checks',
    records: 'Records to show',
    answer: 'Answer',
    conforming: 'Conforming samples',
    samples: 'Samples',
    naReason: 'N/A reason',
    note: 'Note',
    evidence: 'Evidence (one a line)',
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    planNote: 'Plan note',
    earned: 'Earned (formula, for reference)',
    condition: 'Condition',
    met: 'Met',
    document: 'Document',
    documentStatus: 'Status',
    files: 'Files (one a line)',
    number: 'No.',
    deduction: 'Deduction',
  },
  answers: { met: 'met', unmet: 'not met', samples: 'sampled', na: 'N/A', counts: 'counts' },
  planStatus: { todo: 'to do', doing: 'doing', done: 'done' },
  yesNo: { yes: 'yes', no: 'no' },
  documentStatus: { ready: 'ready', missing: 'missing', na: 'N/A' },
  pointsAreDefaults: "Points are this tool's default split (the standard fixes only the class totals), not a certification body's.",
  planSheetNote: 'This sheet is for reading: change the plan on the Indicators sheet.',
  answerPrompt:
    'Pick from the list: met, not met, sampled (then fill in the samples) or N/A (then the reason); for certified service managers pick counts, with the certified managers as conforming and the service management staff as samples.',
  level: (name) => name,
  noLevel: 'below compliant',
};

export function sheetText(lang: Lang): SheetText {
  return lang === 'en' ? en : zh;
}

export const ALL_SHEET_TEXTS: readonly SheetText[] = [zh, en];
