import type { RecordField, ServiceType } from '../model/records.js';

/**
 * How work-order, CRM and office-suite exports name their columns, for guessing a mapping. Drawn
 * from published field lists of ticket and service-order systems (Tuya's service-order API:
 * 服务工单编号, 派单时间, 完成时间, 评价等级, 工单来源; Sobot's ticket API: 工单编号, 工单分类, 工单来源,
 * 创建时间; Huawei Cloud's ticket evaluation: 满意度 scored 1–5) and the usual words of after-sales
 * registers (受理, 上门, 完工, 回访). A guess only: the mapping file it writes is the user's to correct.
 */
export const HEADER_NAMES: Record<RecordField, string[]> = {
  id: ['工单号', '工单编号', '服务工单编号', '服务单号', '报修单号', '投诉单号', '单号', '工单id', '编号', 'ticketid', 'ticketno', 'ticket', 'orderno', 'id'],
  type: ['服务类型', '工单类型', '业务类型', '工单分类', '服务项目', '问题类型', '类型', 'servicetype', 'type', 'category'],
  received: ['受理时间', '创建时间', '报修时间', '来电时间', '投诉时间', '登记时间', '提交时间', '建单时间', '受理日期', 'received', 'created', 'createdat', 'opened'],
  responded: ['首次响应时间', '首响时间', '响应时间', '接单时间', '派单时间', '派工时间', 'firstresponse', 'responded'],
  onSite: ['上门时间', '实际上门时间', '到达时间', '到场时间', '签到时间', 'onsite', 'arrival', 'arrived'],
  resolved: ['完成时间', '完工时间', '结案时间', '解决时间', '办结时间', '关闭时间', '处理完成时间', 'resolved', 'closed', 'completed'],
  visited: ['回访时间', '回访日期', 'followup', 'visited'],
  satisfaction: ['满意度', '满意度评分', '客户评价', '评价等级', '评价', '评分', 'satisfaction', 'rating', 'score'],
  channel: ['受理渠道', '报修渠道', '投诉渠道', '工单来源', '来源渠道', '渠道', '来源', 'channel', 'source'],
};

/** Words in a type column and the service type they mean (checked in this order: 退换货 before 换 …). */
export const TYPE_WORDS: Array<[string, ServiceType]> = [
  ['投诉', 'complaint'],
  ['complaint', 'complaint'],
  ['退', 'return'],
  ['换货', 'return'],
  ['return', 'return'],
  ['安装', 'installation'],
  ['送装', 'installation'],
  ['调试', 'installation'],
  ['install', 'installation'],
  ['维修', 'repair'],
  ['报修', 'repair'],
  ['检修', 'repair'],
  ['保养', 'repair'],
  ['维护', 'repair'],
  ['故障', 'repair'],
  ['repair', 'repair'],
  ['咨询', 'consultation'],
  ['查询', 'consultation'],
  ['问询', 'consultation'],
  ['consult', 'consultation'],
  ['enquiry', 'consultation'],
];

/** Satisfaction said in words, on a 1–5 scale. */
export const SATISFACTION_WORDS: Record<string, number> = {
  非常满意: 5,
  很满意: 5,
  好评: 5,
  满意: 4,
  比较满意: 4,
  基本满意: 3,
  一般: 3,
  中评: 3,
  不满意: 2,
  差评: 1,
  非常不满意: 1,
  很不满意: 1,
};

/** A header as compared: full-width folded, spaces and brackets' contents dropped, lower case. */
export function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_\-:：*]/g, '')
    .toLowerCase();
}

/** How well a header names a field: 3 exact, 2 ends with a name, 1 contains one, 0 not at all. */
export function headerScore(header: string, field: RecordField): number {
  const key = headerKey(header);
  if (key === '') return 0;
  let best = 0;
  for (const name of HEADER_NAMES[field]) {
    if (key === name) return 3;
    if (name.length >= 2 && key.endsWith(name)) best = Math.max(best, 2);
    else if (name.length >= 2 && key.includes(name)) best = Math.max(best, 1);
  }
  return best;
}

/** The service type a value of the type column most likely means. */
export function guessType(value: string): ServiceType {
  const key = value.normalize('NFKC').toLowerCase();
  for (const [word, type] of TYPE_WORDS) if (key.includes(word)) return type;
  return 'other';
}

/** The first cell of a row that is a total, not a record (合计 …). */
export const TOTAL_WORDS = /^(合计|总计|小计|共计|total|sum)/i;
