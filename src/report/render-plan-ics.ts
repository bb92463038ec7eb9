import { createHash } from 'node:crypto';
import ical from 'ical-generator';
import { messages } from '../i18n/messages.js';
import { planText } from '../i18n/plan-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import { addDays, parseDate } from '../plan/dates.js';
import type { PlanView } from '../plan/plan-view.js';
import { indicatorLabel } from './describe-gap.js';
import { formatGain, formatScore } from './format.js';
import { milestoneName } from './render-plan.js';

/**
 * The plan and the timeline as an iCalendar file a phone or Outlook imports: each dated action an
 * all-day event on its due date, each step of the timeline an all-day event (or span). Written by
 * ical-generator (line folding, escaping, all-day dates that no time zone moves). UIDs are made
 * from the company and the indicator or step, so importing a newer export updates the events
 * instead of doubling them; the stamp is the run's date, so the same input gives the same bytes.
 */
export function renderPlanIcs(view: PlanView, result: Result, lang: Lang): string {
  const words = planText(lang);
  const ui = messages(lang).ui;
  const company = createHash('sha256').update(view.company).digest('hex').slice(0, 12);
  const stamp = parseDate(view.today);
  const calendar = ical({ name: words.calendarName(view.company), prodId: { company: 'gbt27922', product: 'gbt27922', language: words.calendarLanguage } });
  for (const item of view.items) {
    if (item.due === null) continue;
    const label = indicatorLabel(result, item.id, lang);
    const description = [
      `${words.columns.indicator}${ui.colon}${label} (${item.id})`,
      `${words.owner}${ui.colon}${item.owner ?? words.noOwner}`,
      `${words.columns.status}${ui.colon}${words.status[item.status]}${item.overdue ? ` · ${words.overdue}` : ''}`,
      ...(item.open ? [`${words.columns.gain}${ui.colon}${formatGain(item.gain)}`] : []),
      `${words.columns.projected}${ui.colon}${formatScore(item.projectedScore)}`,
      ...(item.note ? [`${words.note}${ui.colon}${item.note}`] : []),
    ].join('\n');
    calendar.createEvent({
      id: `${item.id}.${company}@gbt27922`,
      start: parseDate(item.due),
      end: parseDate(addDays(item.due, 1)),
      allDay: true,
      stamp,
      summary: words.calendarAction(label, item.action ?? words.noDue),
      description,
    });
  }
  for (const milestone of view.timeline ?? []) {
    const name = milestoneName(milestone, lang);
    calendar.createEvent({
      id: `timeline-${milestone.id}.${company}@gbt27922`,
      start: parseDate(milestone.start ?? milestone.date),
      end: parseDate(addDays(milestone.date, 1)),
      allDay: true,
      stamp,
      summary: name,
      description: milestone.basis === 'ours' ? `${name} (${words.ours})\n${words.oursFootnote}` : `${name}\n${milestone.source ?? ''}`.trim(),
    });
  }
  return calendar.toString();
}
