import type { Lang } from '../model/bilingual-text.js';
import type { RecordField, SampledRecord, ServiceType } from '../model/records.js';

/** The words of `gbt27922 records`: the KPI tables, the samples and the mapping questions (its --help is in help.ts). */
export interface RecordsText {
  title: string;
  files: (count: number) => string;
  rowsLine: (p: { read: number; unread: number; blank: number; totalRows: number }) => string;
  commitments: (parts: string[]) => string;
  noCommitments: string;
  commitment: {
    responseHours: (n: number) => string;
    onSiteHours: (n: number) => string;
    resolveHours: (n: number) => string;
    complaintDays: (n: number) => string;
    followUpDays: (n: number) => string;
  };
  overallTitle: string;
  monthsTitle: string;
  kpi: {
    records: string;
    response: string;
    resolve: string;
    onSite: string;
    resolution: string;
    followUp: string;
    responseWithin: string;
    onSiteWithin: string;
    complaintsWithin: string;
    satisfaction: string;
    satisfactionMean: string;
  };
  columns: {
    kpi: string;
    value: string;
    median: string;
    p90: string;
    month: string;
    records: string;
    response: string;
    onSite: string;
    resolution: string;
    followUp: string;
    complaints: string;
    satisfied: string;
  };
  hours: (value: string) => string;
  share: (rate: string, count: number, of: number) => string;
  none: string;
  percentileNote: string;
  types: Record<ServiceType, string>;
  byType: string;
  fields: Record<RecordField, string>;
  unreadTitle: (count: number, listed: number) => string;
  samplesTitle: string;
  noSamples: string;
  sampleLine: (p: { indicator: string; title: string; proposed: string; population: number; seed: number }) => string;
  /** An indicator none of whose kind of records is in the files: nothing to propose. */
  noPopulation: (p: { indicator: string; title: string; types: string[] }) => string;
  /** The steps a rule checks that the export has no column for. */
  unchecked: (fields: string) => string;
  sizeNote: string;
  findings: Record<SampledRecord['findings'][number], string>;
  conforms: string;
  sampleColumns: { id: string; month: string; where: string; result: string; reason: string };
  /** The note written with a proposed answer (the ids are the evidence). */
  applyNote: (p: { size: number; population: number; seed: number; file: string; ids: string; nonconforming: string; unchecked: string }) => string;
  applyTitle: string;
  applyWritten: (id: string, proposed: string) => string;
  applySame: (id: string, proposed: string) => string;
  applyKept: (id: string, declared: string, proposed: string) => string;
  applyNothing: string;
  applySaved: (file: string) => string;
  mapping: {
    written: (file: string) => string;
    guessedNotAsked: string;
    /** Where the header was found: its row, and in an xlsx file its first cell as Excel names it. */
    headerFound: (row: number, cell?: string) => string;
    question: (field: string, guess: string) => string;
    noColumn: string;
    typeQuestion: (value: string) => string;
    scaleQuestion: string;
    confirm: string;
    next: (file: string, mapping: string) => string;
    /** The comment at the top of a mapping file, one line each. */
    fileComment: (file: string) => string[];
  };
}

const zh: RecordsText = {
  title: '服务记录指标',
  files: (count) => `文件 ${count} 个`,
  rowsLine: (p) => `读取 ${p.read} 条记录；无法读取 ${p.unread} 行；空行 ${p.blank} 行；合计行 ${p.totalRows} 行（不计入）`,
  commitments: (parts) => `企业的服务承诺（取自自评文件，为企业自定，非标准规定）：${parts.join('，')}`,
  noCommitments: '未给出服务承诺（自评文件中的 commitments）：只统计时长，不判断是否按时',
  commitment: {
    responseHours: (n) => `${n} 小时内响应`,
    onSiteHours: (n) => `${n} 小时内上门`,
    resolveHours: (n) => `${n} 小时内完成`,
    complaintDays: (n) => `投诉 ${n} 天内办结`,
    followUpDays: (n) => `完成后 ${n} 天内回访`,
  },
  overallTitle: '总体',
  monthsTitle: '按月（按受理月份；响应为中位数，单位小时）',
  kpi: {
    records: '记录数',
    response: '响应时长',
    resolve: '完成时长',
    onSite: '上门时长',
    resolution: '问题解决率',
    followUp: '回访率',
    responseWithin: '按承诺时限响应',
    onSiteWithin: '按承诺时限上门',
    complaintsWithin: '投诉按承诺时限办结',
    satisfaction: '满意率',
    satisfactionMean: '平均满意度',
  },
  columns: {
    kpi: '指标',
    value: '数值',
    median: '中位数',
    p90: '90% 分位',
    month: '月份',
    records: '记录',
    response: '响应',
    onSite: '按时上门',
    resolution: '解决率',
    followUp: '回访率',
    complaints: '投诉按时',
    satisfied: '满意率',
  },
  hours: (value) => `${value} 小时`,
  share: (rate, count, of) => `${rate}（${count}/${of}）`,
  none: '—',
  percentileNote: '中位数取中间值；90% 分位取排序后第 ⌈0.9n⌉ 个值（最近秩法）。时长从受理时间算起。',
  types: { repair: '维修', installation: '安装', complaint: '投诉', consultation: '咨询', return: '退换货', other: '其他' },
  byType: '按类型',
  fields: { id: '工单号', type: '服务类型', received: '受理时间', responded: '首次响应时间', onSite: '上门时间', resolved: '完成时间', visited: '回访时间', satisfaction: '满意度', channel: '渠道' },
  unreadTitle: (count, listed) => `无法读取的行：${count} 行${listed < count ? `（列出前 ${listed} 行）` : ''}`,
  samplesTitle: '评审式抽样（建议 k/n）',
  noSamples: '此指标目录中没有可由服务记录证明的抽样指标',
  sampleLine: (p) => `${p.indicator} ${p.title}：建议 ${p.proposed}（从 ${p.population} 条中按月分层抽取，种子 ${p.seed}）`,
  noPopulation: (p) => `${p.indicator} ${p.title}：文件中没有${p.types.join('、')}记录，不作建议`,
  unchecked: (fields) => `未检查：${fields}（导出文件中没有这一列，请另行提供证据）`,
  sizeNote: '样本量为本工具的默认值（⌈√N⌉，不少于 10、不多于 30）：未找到 GB/T 27922 审核公布的样本量。',
  findings: {
    'no-response': '无响应记录',
    'response-late': '响应超时',
    'not-resolved': '未完成',
    'resolve-late': '完成超时',
    'not-visited': '未回访',
    'visit-late': '回访超时',
    'no-on-site': '无上门记录',
    'on-site-late': '上门超时',
    'complaint-late': '投诉办结超时',
  },
  conforms: '符合',
  sampleColumns: { id: '工单号', month: '月份', where: '位置', result: '结果', reason: '原因' },
  applyNote: (p) =>
    `由服务记录抽样得出（gbt27922 records）：从 ${p.population} 条中按月分层抽取 ${p.size} 条，种子 ${p.seed}，文件 ${p.file}。抽样工单：${p.ids}。${p.nonconforming ? `不符合：${p.nonconforming}。` : ''}${p.unchecked ? `未检查（导出中无此列）：${p.unchecked}。` : ''}请在问卷中确认。`,
  applyTitle: '写入自评文件',
  applyWritten: (id, proposed) => `${id}：已写入建议 ${proposed}`,
  applySame: (id, proposed) => `${id}：答案已是 ${proposed}`,
  applyKept: (id, declared, proposed) => `${id}：保留已填答案 ${declared}（记录建议 ${proposed}）`,
  applyNothing: '没有可写入的建议',
  applySaved: (file) => `已保存 ${file}（注释和格式保留）`,
  mapping: {
    written: (file) => `映射已写入 ${file}`,
    guessedNotAsked: '不在终端中，未逐项询问：已按表头推测写入映射文件，请打开核对。',
    headerFound: (row, cell) => (cell ? `表头在 ${cell}（第 ${row} 行）` : `表头在第 ${row} 行`),
    question: (field, guess) => `哪一列是"${field}"？${guess ? `（推测：${guess}）` : ''}`,
    noColumn: '（没有这一列）',
    typeQuestion: (value) => `服务类型"${value}"是指`,
    scaleQuestion: '满意度的满分是',
    confirm: '确认',
    next: (file, mapping) => `下一步：gbt27922 records ${file} --mapping ${mapping} --assessment 自评.yaml`,
    fileComment: (file) => [
      `工单导出文件各列的含义（gbt27922 records）。根据 ${file} 推测；列名须与导出文件的表头一致。`,
      'types：repair 维修、installation 安装、complaint 投诉、consultation 咨询、return 退换货、other 其他。',
      'satisfactionScale：满意度满分（5、10 或 100）；"满意"等文字按 5 分制读取。',
    ],
  },
};

const en: RecordsText = {
  title: 'Service record KPIs',
  files: (count) => `${count} file${count === 1 ? '' : 's'}`,
  rowsLine: (p) => `${p.read} records read; rows that could not be read: ${p.unread}; blank rows: ${p.blank}; total rows (not counted): ${p.totalRows}`,
  commitments: (parts) => `The company's service commitments (from the assessment; the company's own, not the standard's): ${parts.join(', ')}`,
  noCommitments: 'No service commitments given (commitments: in the assessment): durations are shown, not judged on time',
  commitment: {
    responseHours: (n) => `respond within ${n} h`,
    onSiteHours: (n) => `on site within ${n} h`,
    resolveHours: (n) => `resolve within ${n} h`,
    complaintDays: (n) => `complaints closed within ${n} days`,
    followUpDays: (n) => `follow up within ${n} days`,
  },
  overallTitle: 'Overall',
  monthsTitle: 'By month received (Resp.: median hours; On site, Compl.: within the commitment; Follow: followed up)',
  kpi: {
    records: 'Records',
    response: 'Time to respond',
    resolve: 'Time to resolve',
    onSite: 'Time to on site',
    resolution: 'Resolution rate',
    followUp: 'Follow-up rate',
    responseWithin: 'Responded within commitment',
    onSiteWithin: 'On site within commitment',
    complaintsWithin: 'Complaints closed within commitment',
    satisfaction: 'Satisfied',
    satisfactionMean: 'Mean satisfaction',
  },
  columns: {
    kpi: 'KPI',
    value: 'Value',
    median: 'Median',
    p90: '90th pct',
    month: 'Month',
    records: 'Recs',
    response: 'Resp.',
    onSite: 'On site',
    resolution: 'Resolved',
    followUp: 'Follow',
    complaints: 'Compl.',
    satisfied: 'Satisf.',
  },
  hours: (value) => `${value} h`,
  share: (rate, count, of) => `${rate} (${count}/${of})`,
  none: '—',
  percentileNote: 'Median: the middle value; 90th percentile: the value at rank ⌈0.9n⌉ when sorted (nearest rank). Durations count from the time received.',
  types: { repair: 'repair', installation: 'installation', complaint: 'complaint', consultation: 'consultation', return: 'return', other: 'other' },
  byType: 'By type',
  fields: {
    id: 'ticket id',
    type: 'service type',
    received: 'received',
    responded: 'first response',
    onSite: 'on site',
    resolved: 'resolved',
    visited: 'follow-up visit',
    satisfaction: 'satisfaction',
    channel: 'channel',
  },
  unreadTitle: (count, listed) => `Rows that could not be read: ${count}${listed < count ? ` (the first ${listed} listed)` : ''}`,
  samplesTitle: 'Auditor-style samples (proposed k/n)',
  noSamples: 'No sampled indicator of this catalogue can be evidenced by service records',
  sampleLine: (p) => `${p.indicator} ${p.title}: proposed ${p.proposed} (drawn by month from ${p.population} ${p.population === 1 ? 'record' : 'records'}, seed ${p.seed})`,
  noPopulation: (p) => `${p.indicator} ${p.title}: no ${p.types.join(' or ')} records in the files, so nothing is proposed`,
  unchecked: (fields) => `Not checked: ${fields} (the export has no such column; evidence it otherwise)`,
  sizeNote: 'The sample size is our default (⌈√N⌉, at least 10, at most 30): no published sample size for GB/T 27922 audits was found.',
  findings: {
    'no-response': 'no response recorded',
    'response-late': 'response late',
    'not-resolved': 'not resolved',
    'resolve-late': 'resolved late',
    'not-visited': 'not followed up',
    'visit-late': 'followed up late',
    'no-on-site': 'no on-site visit recorded',
    'on-site-late': 'on site late',
    'complaint-late': 'complaint closed late',
  },
  conforms: 'conforms',
  sampleColumns: { id: 'Ticket', month: 'Month', where: 'Where', result: 'Result', reason: 'Reason' },
  applyNote: (p) =>
    `From a sample of the service records (gbt27922 records): ${p.size} of ${p.population} drawn by month, seed ${p.seed}, file ${p.file}. Sampled tickets: ${p.ids}.${p.nonconforming ? ` Nonconforming: ${p.nonconforming}.` : ''}${p.unchecked ? ` Not checked (no such column in the export): ${p.unchecked}.` : ''} Confirm in the questionnaire.`,
  applyTitle: 'Written into the assessment',
  applyWritten: (id, proposed) => `${id}: proposed ${proposed} written`,
  applySame: (id, proposed) => `${id}: already answered ${proposed}`,
  applyKept: (id, declared, proposed) => `${id}: answer ${declared} kept (records propose ${proposed})`,
  applyNothing: 'No proposal to write',
  applySaved: (file) => `Saved ${file} (comments and layout kept)`,
  mapping: {
    written: (file) => `Mapping written to ${file}`,
    guessedNotAsked: 'Not on a terminal, so nothing was asked: the mapping guessed from the header was written; open it and check it.',
    headerFound: (row, cell) => (cell ? `Header found at ${cell} (row ${row})` : `Header found on row ${row}`),
    question: (field, guess) => `Which column is "${field}"?${guess ? ` (guess: ${guess})` : ''}`,
    noColumn: '(no such column)',
    typeQuestion: (value) => `Service type "${value}" means`,
    scaleQuestion: 'The best satisfaction score is',
    confirm: 'Confirm',
    next: (file, mapping) => `Next: gbt27922 records ${file} --mapping ${mapping} --assessment assessment.yaml`,
    fileComment: (file) => [
      `Which column of the work-order export holds what (gbt27922 records). Guessed from ${file}; change`,
      'a name to the header text your export writes. Types: repair, installation, complaint, consultation,',
      'return, other. satisfactionScale: the best score (5, 10 or 100); words such as 满意 are read on 1-5.',
    ],
  },
};

export function recordsText(lang: Lang): RecordsText {
  return lang === 'en' ? en : zh;
}
