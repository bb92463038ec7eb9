import type { Lang } from '../model/bilingual-text.js';

/**
 * The words of the consultant's commands: export and import of the spreadsheet, the portfolio
 * summary, reports for a folder of clients and the report's branding (its --help is in help.ts).
 */
export interface PortfolioText {
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
