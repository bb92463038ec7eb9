import type { Lang } from '../model/bilingual-text.js';

/** The words of the KPI page of the PDF report (the figures come from `records`, as its JSON gives them). */
export interface KpiText {
  title: string;
  source: (files: string, read: number, unread: number) => string;
  commitments: (list: string) => string;
  noCommitments: string;
  commitment: { response: (hours: string) => string; onSite: (hours: string) => string; resolve: (hours: string) => string; complaint: (days: string) => string; followUp: (days: string) => string };
  lastMonths: (shown: number, all: number) => string;
  responseChart: string;
  resolutionChart: string;
  satisfactionChart: string;
  median: string;
  p90: string;
  promised: (hours: string) => string;
  hours: (value: string) => string;
  noData: string;
  overallTitle: string;
  kpiColumn: string;
  rows: {
    records: string;
    response: string;
    responseWithin: string;
    onSiteWithin: string;
    complaintsWithin: string;
    resolution: string;
    followUp: string;
    satisfaction: string;
  };
  distribution: (median: string, p90: string) => string;
  share: (rate: string, count: number, of: number) => string;
  satisfactionMean: (mean: string) => string;
  notCommitted: string;
  percentilesNote: string;
}

const zh: KpiText = {
  title: '服务指标（依据企业自己的服务记录）',
  source: (files, read, unread) => `数据来源：${files}；读取 ${read} 条记录${unread > 0 ? `，${unread} 行无法读取（gbt27922 records 列出行号和原因）` : ''}。`,
  commitments: (list) => `对照企业自己的服务承诺（自评文件 commitments:，非标准规定）：${list}`,
  noCommitments: '自评文件中没有服务承诺（commitments:），以下只有分布，不与承诺对比。',
  commitment: {
    response: (hours) => `响应 ≤ ${hours} 小时`,
    onSite: (hours) => `上门 ≤ ${hours} 小时`,
    resolve: (hours) => `解决 ≤ ${hours} 小时`,
    complaint: (days) => `投诉 ≤ ${days} 天关闭`,
    followUp: (days) => `回访 ≤ ${days} 天`,
  },
  lastMonths: (shown, all) => `图中为最近 ${shown} 个月（共 ${all} 个月；全部月份见 gbt27922 records）。`,
  responseChart: '首次响应时间（小时）：每月中位数与第 90 百分位',
  resolutionChart: '问题解决率：每月已解决记录占全部记录的比例',
  satisfactionChart: '顾客满意度：每月评价为满意及以上的比例',
  median: '中位数',
  p90: '第 90 百分位',
  promised: (hours) => `承诺 ${hours} 小时`,
  hours: (value) => `${value} 小时`,
  noData: '无数据',
  overallTitle: '全部记录',
  kpiColumn: '指标',
  rows: {
    records: '记录数',
    response: '首次响应时间',
    responseWithin: '在承诺时间内响应',
    onSiteWithin: '在承诺时间内上门（维修、安装）',
    complaintsWithin: '投诉在承诺时间内关闭',
    resolution: '问题解决率',
    followUp: '已解决记录的回访率',
    satisfaction: '满意及以上',
  },
  distribution: (median, p90) => `中位数 ${median} 小时，第 90 百分位 ${p90} 小时`,
  share: (rate, count, of) => `${rate}（${count} / ${of}）`,
  satisfactionMean: (mean) => `平均 ${mean}`,
  notCommitted: '无此承诺',
  percentilesNote: '百分位按最近秩法计算（排序后第 ⌈p·n⌉ 个值）。',
};

const en: KpiText = {
  title: "Service KPIs (from the company's own service records)",
  source: (files, read, unread) => `Source: ${files}; ${read} records read${unread > 0 ? `, ${unread} rows unreadable (gbt27922 records lists them with the reason)` : ''}.`,
  commitments: (list) => `Against the company's own service commitments (commitments: in the assessment, not the standard's): ${list}`,
  noCommitments: 'The assessment states no service commitments (commitments:); the distributions are shown without a commitment to compare with.',
  commitment: {
    response: (hours) => `respond within ${hours} h`,
    onSite: (hours) => `on site within ${hours} h`,
    resolve: (hours) => `resolve within ${hours} h`,
    complaint: (days) => `complaints closed within ${days} days`,
    followUp: (days) => `follow-up within ${days} days`,
  },
  lastMonths: (shown, all) => `The charts show the last ${shown} of ${all} months (gbt27922 records gives every month).`,
  responseChart: 'First response time (hours): median and 90th percentile per month',
  resolutionChart: 'Resolution rate: resolved records of all records, per month',
  satisfactionChart: 'Customer satisfaction: share rating satisfied or better, per month',
  median: 'median',
  p90: '90th percentile',
  promised: (hours) => `commitment ${hours} h`,
  hours: (value) => `${value} h`,
  noData: 'no data',
  overallTitle: 'All records',
  kpiColumn: 'KPI',
  rows: {
    records: 'Records',
    response: 'First response time',
    responseWithin: 'Responded within the commitment',
    onSiteWithin: 'On site within the commitment (repair, installation)',
    complaintsWithin: 'Complaints closed within the commitment',
    resolution: 'Resolution rate',
    followUp: 'Follow-up rate of resolved records',
    satisfaction: 'Satisfied or better',
  },
  distribution: (median, p90) => `median ${median} h, 90th percentile ${p90} h`,
  share: (rate, count, of) => `${rate} (${count} / ${of})`,
  satisfactionMean: (mean) => `mean ${mean}`,
  notCommitted: 'no such commitment',
  percentilesNote: 'Percentiles are nearest-rank (the ⌈p·n⌉-th value in sorted order).',
};

export function kpiText(lang: Lang): KpiText {
  return lang === 'en' ? en : zh;
}
