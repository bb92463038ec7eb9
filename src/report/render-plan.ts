import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { messages } from '../i18n/messages.js';
import { safeData } from '../i18n/safe-text.js';
import { planText, type PlanText } from '../i18n/plan-text.js';
import type { Lang } from '../model/bilingual-text.js';
import type { Result } from '../model/result.js';
import type { PlanView, PlanViewItem } from '../plan/plan-view.js';
import type { Milestone } from '../plan/timeline.js';
import { indicatorLabel } from './describe-gap.js';
import { formatGain, formatScore, levelById, levelLabel } from './format.js';
import { escapeMarkdown } from './render-markdown.js';

/** "★★★★ 四星级", or what stands in for no level. */
function levelText(result: Result, id: string | null, lang: Lang): string {
  const level = levelById(result, id);
  return level ? levelLabel(level, lang) : planText(lang).noLevel;
}

function groupTitle(words: PlanText, view: PlanView, key: string | null): string {
  if (view.groupedBy === 'owner') return key === null ? words.noOwner : words.ownerGroup(key);
  return key === null ? words.noMonth : words.monthGroup(key);
}

/** The milestone's name: the first surveillance of a first certification aiming for stars is where stars come. */
export function milestoneName(milestone: Milestone, lang: Lang): string {
  return planText(lang).milestones[milestone.starReview ? 'star-review' : milestone.id];
}

/** The items in the order to show: one list, or one list per group. */
function sections(view: PlanView): Array<{ key: string | null; items: PlanViewItem[] } | { key: undefined; items: PlanViewItem[] }> {
  if (!view.groups) return [{ key: undefined, items: view.items }];
  const byId = new Map(view.items.map((item) => [item.id, item]));
  return view.groups.map((group) => ({ key: group.key, items: group.items.map((id) => byId.get(id)!) }));
}

/** The plan at a terminal: a table per group, the projection, overdue items in red, and the timeline. */
export function renderPlanTerminal(unsafeView: PlanView, unsafeResult: Result, lang: Lang, colorLevel: 0 | 1 | 2 | 3): string {
  // Text from the file (actions, owners, notes) cannot carry terminal control characters.
  const view = safeData(unsafeView);
  const result = safeData(unsafeResult);
  const c = new Chalk({ level: colorLevel });
  const words = planText(lang);
  const ui = messages(lang).ui;
  const out: string[] = [c.bold(words.heading(view.company))];
  const facts = [words.current(formatScore(view.score), result.failed ? words.failedLevel : levelText(result, view.level, lang))];
  if (view.target) facts.push(`${words.targetLabel}${ui.colon}${levelText(result, view.target, lang)}`);
  if (view.auditDate) facts.push(`${words.auditDate}${ui.colon}${view.auditDate}`);
  facts.push(`${words.today}${ui.colon}${view.today}`);
  out.push(facts.join(' · '), '');
  if (view.items.length === 0) out.push(words.noPlan, '');
  for (const section of sections(view)) {
    if (section.items.length === 0) continue;
    if (section.key !== undefined) out.push(c.bold(groupTitle(words, view, section.key)));
    const table = new Table({
      head: [words.columns.due, words.columns.indicator, words.columns.action, words.columns.owner, words.columns.status, words.columns.gain, words.columns.projected].map((cell) => c.bold(cell)),
      style: { head: [], border: [], compact: true },
    });
    for (const item of section.items) {
      table.push([
        item.due ?? words.noDue,
        `${wrap(indicatorLabel(result, item.id, lang), 22)}\n${c.dim(item.id)}`,
        wrap(item.action ?? '', 26) + (item.note ? `\n${c.dim(wrap(`${words.note}${ui.colon}${item.note}`, 26))}` : ''),
        wrap(item.owner ?? '', 10),
        item.overdue ? c.red(`${words.status[item.status]}\n${words.overdue}`) : item.status === 'done' ? c.green(words.status.done) : words.status[item.status],
        item.open ? c.green(formatGain(item.gain)) : words.gainNone,
        `${formatScore(item.projectedScore)}\n${levelText(result, item.projectedLevel, lang)}`,
      ]);
    }
    out.push(table.toString(), '');
  }
  if (view.items.length > 0) out.push(c.bold(words.projectedAll(formatScore(view.projected.score), levelText(result, view.projected.level, lang))));
  if (view.overdue.length > 0) out.push(c.red(`! ${words.overdueCount(view.overdue.length)}`));
  const late = view.items.filter((item) => item.afterApplication);
  if (late.length > 0 && view.applicationDate) out.push(c.yellow(`! ${words.dueAfterApplication(late.length, view.applicationDate)}`));
  if (view.unplanned.length > 0) out.push(words.unplannedTitle, ...view.unplanned.map((id) => `  · ${indicatorLabel(result, id, lang)}${ui.paren(id)}`));
  out.push('');
  out.push(...timelineTerminal(view, lang, c));
  return out.join('\n') + '\n';
}

/** Columns of a character at a terminal: two for Chinese and other wide characters. */
function columns(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
}

/** Text broken into lines of at most `width` columns, anywhere (Chinese has no spaces to break at). */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = columns(ch);
    if (used + w > width && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  return [...lines, line].join('\n');
}

/**
 * The timeline as a Gantt-like chart: one column a month from today (or the first step) to the
 * audit; the steps after the audit (surveillance, re-certification) are listed by date below it.
 */
function timelineTerminal(view: PlanView, lang: Lang, c: ChalkInstance): string[] {
  const words = planText(lang);
  if (!view.timeline || !view.auditDate) return [c.dim(words.noAuditDate)];
  const months = monthRange(
    view.timeline.filter((m) => m.date <= view.auditDate!),
    view.today,
  );
  const label = 27;
  const out = [c.bold(words.timelineTitle(view.auditDate))];
  // Two columns a month; the year over each January (and over the first month when January is far).
  const header = Array.from({ length: months.length * 2 }, () => ' ');
  const januaries = months.flatMap((month, index) => (month.endsWith('-01') ? [index] : []));
  for (const index of [...januaries, 0]) {
    const year = months[index]!.slice(0, 4);
    const at = index * 2;
    if (header.slice(Math.max(0, at - 1), at + year.length + 1).every((cell) => cell === ' ')) year.split('').forEach((ch, k) => (header[at + k] = ch));
  }
  out.push(`${' '.repeat(label)}${header.join('').trimEnd()}`);
  const todayMonth = view.today.slice(0, 7);
  for (const milestone of view.timeline) {
    const span = milestone.start ? `${milestone.start} – ${milestone.date}` : milestone.date;
    const mark = milestone.basis === 'ours' ? c.dim(` (${words.ours})`) : '';
    if (milestone.date > view.auditDate) {
      out.push(`  ${span.padEnd(label - 2)}${' '.repeat(months.length * 2)}  ${milestoneName(milestone, lang)}${mark}`);
      continue;
    }
    const from = (milestone.start ?? milestone.date).slice(0, 7);
    const to = milestone.date.slice(0, 7);
    const bar = months
      .map((month) => {
        if (month >= from && month <= to) return milestone.start ? '██' : '◆ ';
        return month === todayMonth ? c.dim('| ') : c.dim('· ');
      })
      .join('');
    out.push(`  ${span.padEnd(label - 2)}${bar}  ${milestoneName(milestone, lang)}${mark}`);
  }
  out.push(c.dim(`  | ${words.today} ${view.today}`), c.dim(`  ${words.oursFootnote}`), c.dim(`  ${words.factFootnote}`));
  return out;
}

/** Every month (YYYY-MM) from the earliest of today and the first step to the last step, at most 5 years. */
function monthRange(timeline: readonly Milestone[], today: string): string[] {
  const first = [today, ...timeline.map((m) => m.start ?? m.date)].sort()[0]!.slice(0, 7);
  const last = [today, ...timeline.map((m) => m.date)].sort().at(-1)!.slice(0, 7);
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  while (months.length < 60) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** The plan as Markdown, for a wiki page or a pull request. */
export function renderPlanMarkdown(unsafeView: PlanView, unsafeResult: Result, lang: Lang): string {
  const view = safeData(unsafeView);
  const result = safeData(unsafeResult);
  const words = planText(lang);
  const ui = messages(lang).ui;
  const out = [`## ${escapeMarkdown(words.heading(view.company))}`, ''];
  const facts = [words.current(formatScore(view.score), result.failed ? words.failedLevel : levelText(result, view.level, lang))];
  if (view.target) facts.push(`${words.targetLabel}${ui.colon}${levelText(result, view.target, lang)}`);
  if (view.auditDate) facts.push(`${words.auditDate}${ui.colon}${view.auditDate}`);
  facts.push(`${words.today}${ui.colon}${view.today}`);
  out.push(facts.join(' · '), '');
  if (view.items.length === 0) out.push(escapeMarkdown(words.noPlan), '');
  for (const section of sections(view)) {
    if (section.items.length === 0) continue;
    if (section.key !== undefined) out.push(`### ${escapeMarkdown(groupTitle(words, view, section.key))}`, '');
    const columns = words.columns;
    out.push(`| ${columns.due} | ${columns.indicator} | ${columns.action} | ${columns.owner} | ${columns.status} | ${columns.gain} | ${columns.projected} |`, '|---|---|---|---|---|--:|---|');
    for (const item of section.items) {
      const status = item.overdue ? `**${words.status[item.status]} · ${words.overdue}**` : words.status[item.status];
      const action = [item.action, item.note ? `${words.note}${ui.colon}${item.note}` : null]
        .filter((text): text is string => Boolean(text))
        .map(escapeMarkdown)
        .join('<br>');
      out.push(
        `| ${item.due ?? ''} | ${escapeMarkdown(indicatorLabel(result, item.id, lang))} \`${item.id}\` | ${action} | ${escapeMarkdown(item.owner ?? '')} | ${status} | ${item.open ? formatGain(item.gain) : words.gainNone} | ${formatScore(item.projectedScore)} ${levelText(result, item.projectedLevel, lang)} |`,
      );
    }
    out.push('');
  }
  if (view.items.length > 0) out.push(`**${words.projectedAll(formatScore(view.projected.score), levelText(result, view.projected.level, lang))}**`, '');
  if (view.overdue.length > 0) out.push(`> ! ${words.overdueCount(view.overdue.length)}`, '');
  const late = view.items.filter((item) => item.afterApplication);
  if (late.length > 0 && view.applicationDate) out.push(`> ! ${words.dueAfterApplication(late.length, view.applicationDate)}`, '');
  if (view.unplanned.length > 0) out.push(words.unplannedTitle, '', ...view.unplanned.map((id) => `- ${escapeMarkdown(indicatorLabel(result, id, lang))} \`${id}\``), '');
  if (!view.timeline || !view.auditDate) out.push(`_${escapeMarkdown(words.noAuditDate)}_`, '');
  else {
    out.push(`### ${escapeMarkdown(words.timelineTitle(view.auditDate))}`, '', `| ${words.columns.due} | | |`, '|---|---|---|');
    for (const milestone of view.timeline) {
      const span = milestone.start ? `${milestone.start} – ${milestone.date}` : milestone.date;
      out.push(`| ${span} | ${escapeMarkdown(milestoneName(milestone, lang))} | ${milestone.basis === 'ours' ? `*${words.ours}*` : ''} |`);
    }
    out.push('', `<sub>${escapeMarkdown(words.oursFootnote)} ${escapeMarkdown(words.factFootnote)}</sub>`, '');
  }
  return out.join('\n');
}
