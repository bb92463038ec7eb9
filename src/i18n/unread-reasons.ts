import type { Lang } from '../model/bilingual-text.js';
import type { UnreadRow } from '../model/records.js';

/**
 * Why a row of a service-records export could not be read, in words: said by `records` (its list of
 * unread rows) and by the error message that points at the first one. A module of its own, so
 * every command's messages do not carry all of the records command's words.
 */
export function unreadReasons(lang: Lang): Record<UnreadRow['reason'], string> {
  return lang === 'en' ? en : zh;
}

const zh: Record<UnreadRow['reason'], string> = {
  'missing-id': '缺少工单号',
  'missing-type': '缺少服务类型',
  'missing-received': '缺少受理时间',
  'bad-date': '日期时间无法识别',
  'before-received': '时间早于受理时间',
  'bad-satisfaction': '满意度无法识别',
  'duplicate-id': '工单号重复',
  'short-row': '列数不足',
};

const en: Record<UnreadRow['reason'], string> = {
  'missing-id': 'no ticket id',
  'missing-type': 'no service type',
  'missing-received': 'no received time',
  'bad-date': 'date or time not understood',
  'before-received': 'time before the received time',
  'bad-satisfaction': 'satisfaction not understood',
  'duplicate-id': 'ticket id repeated',
  'short-row': 'too few columns',
};
