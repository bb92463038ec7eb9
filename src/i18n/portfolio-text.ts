import type { Lang } from '../model/bilingual-text.js';

/**
 * The words of the consultant's commands: export and import of the spreadsheet, the portfolio
 * summary, reports for a folder of clients and the report's branding (help text and messages).
 */
export interface PortfolioText {
  help: {
    export: string;
    exportFile: string;
    exportFormat: string;
    exportOutput: string;
    import: string;
    importFile: string;
    importOutput: string;
    summary: string;
    summaryOutput: string;
    preparedBy: string;
    logo: string;
    settings: string;
    reportJobs: string;
  };
  /** The label of the consultant's name on the report's cover and footer. */
  preparedBy: string;
  reportWritten: (file: string, output: string) => string;
  reportFailed: (file: string) => string;
  reportsDone: (total: number, written: number, failed: string[]) => string;
  summaryColumns: Record<'file' | 'company' | 'type' | 'score' | 'level' | 'target' | 'gapsToTarget' | 'missingDocuments' | 'overduePlanItems' | 'auditDate', string>;
  companyType: Record<'producer' | 'seller', string>;
  summaryInvalid: string;
  summaryFailed: (level: string) => string;
  summaryNoLevel: string;
  summaryReached: string;
  summaryUnreachable: string;
  summaryTitle: string;
  summarySheet: string;
  summaryNote: string;
  importUnchanged: (file: string) => string;
  importChanged: (file: string, count: number) => string;
}

const zh: PortfolioText = {
  help: {
    export: '把自评导出为 Excel/WPS 自评表（xlsx，含封面、指标、申请条件、材料、特别扣分、整改计划）或 csv（指标表）',
    exportFile: '自评文件（YAML）',
    exportFormat: '导出格式',
    exportOutput: '输出文件（默认：自评文件名.xlsx 或 .csv）',
    import: '把填好的自评表（xlsx 或 csv）读回自评文件：只改有变化的值，注释和表格中没有的内容保持不变',
    importFile: '自评表（.xlsx 或 .csv）',
    importOutput: '要更新的自评文件（YAML；不存在时由 xlsx 新建）',
    summary: '多个文件时输出一张汇总表（每个文件一行，需关注的排在前面），格式可为 terminal、markdown、csv、xlsx',
    summaryOutput: '汇总表写入此文件（xlsx 必须指定）',
    preparedBy: '报告封面和页脚上的“编制”名称（如咨询机构名称）',
    logo: '报告封面和页脚上的标志图片（PNG 或 JPEG）',
    settings: '设置文件（YAML，可写 preparedBy、logo）；默认读取当前文件夹中的 gbt27922-settings.yaml',
    reportJobs: '同时生成的报告数（默认按 CPU 核数）',
  },
  preparedBy: '编制',
  summaryColumns: {
    file: '文件',
    company: '企业',
    type: '类型',
    score: '得分',
    level: '等级',
    target: '目标',
    gapsToTarget: '距目标差距项',
    missingDocuments: '缺少材料',
    overduePlanItems: '逾期计划项',
    auditDate: '审核日期',
  },
  companyType: { producer: '生产型', seller: '销售服务型' },
  summaryInvalid: '无法读取（见上方错误）',
  summaryFailed: (level) => `不合格（${level}）`,
  summaryNoLevel: '未达标',
  summaryReached: '已达到',
  summaryUnreachable: '分数无法达到',
  summaryTitle: '客户自评汇总',
  summarySheet: '汇总',
  summaryNote: '按需关注程度排序：无法读取、不合格、未达目标（差距多者在前）、逾期计划项多者、审核日期近者、得分低者。缺少材料含未填写的材料。',
  reportWritten: (file, output) => `${file} → ${output}`,
  reportFailed: (file) => `✗ ${file}：未能生成报告`,
  reportsDone: (total, written, failed) => `${total} 个文件，已生成 ${written} 份报告` + (failed.length > 0 ? `；${failed.length} 个失败：${failed.join('、')}` : ''),
  importUnchanged: (file) => `${file} 没有变化`,
  importChanged: (file, count) => `已更新 ${file} 中的 ${count} 处：`,
};

const en: PortfolioText = {
  help: {
    export: 'export the assessment as an Excel/WPS workbook (xlsx: cover, indicators, eligibility, documents, special deductions, plan) or csv (the indicators)',
    exportFile: 'the assessment file (YAML)',
    exportFormat: 'the file format',
    exportOutput: 'the output file (default: the assessment name with .xlsx or .csv)',
    import: 'read a filled-in workbook (xlsx or csv) back into the assessment file: only changed values are written; comments and what the sheets do not carry stay',
    importFile: 'the workbook (.xlsx or .csv)',
    importOutput: 'the assessment file to update (YAML; created from an xlsx when missing)',
    summary: 'for several files, one summary table (a row per file, what needs attention first): terminal, markdown, csv or xlsx',
    summaryOutput: 'write the summary to this file (required for xlsx)',
    preparedBy: 'the "prepared by" name on the report\'s cover and footer (a consultancy, say)',
    logo: "a logo on the report's cover and footer (PNG or JPEG)",
    settings: 'a settings file (YAML: preparedBy, logo); by default gbt27922-settings.yaml in the current folder',
    reportJobs: 'reports drawn at once (default: by CPU cores)',
  },
  preparedBy: 'Prepared by',
  summaryColumns: {
    file: 'File',
    company: 'Company',
    type: 'Type',
    score: 'Score',
    level: 'Level',
    target: 'Target',
    gapsToTarget: 'Gaps to target',
    missingDocuments: 'Missing documents',
    overduePlanItems: 'Overdue plan items',
    auditDate: 'Audit date',
  },
  companyType: { producer: 'producer', seller: 'seller' },
  summaryInvalid: 'unreadable (see the errors above)',
  summaryFailed: (level) => `failed (${level})`,
  summaryNoLevel: 'below compliant',
  summaryReached: 'reached',
  summaryUnreachable: 'out of reach on points',
  summaryTitle: 'Client self-assessments',
  summarySheet: 'Summary',
  summaryNote:
    'Sorted by what needs attention: unreadable files, failed assessments, clients short of their target (most gaps first), most overdue plan items, nearest audit, lowest score. Missing documents include documents not answered.',
  reportWritten: (file, output) => `${file} → ${output}`,
  reportFailed: (file) => `✗ ${file}: no report`,
  reportsDone: (total, written, failed) =>
    `${total} file${total === 1 ? '' : 's'}, ${written} report${written === 1 ? '' : 's'} written` + (failed.length > 0 ? `; ${failed.length} failed: ${failed.join(', ')}` : ''),
  importUnchanged: (file) => `${file} is unchanged`,
  importChanged: (file, count) => `updated ${count} value${count === 1 ? '' : 's'} in ${file}:`,
};

export function portfolioText(lang: Lang): PortfolioText {
  return lang === 'en' ? en : zh;
}
