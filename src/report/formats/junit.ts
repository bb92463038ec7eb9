import { messages } from '../../i18n/messages.js';
import type { Lang } from '../../model/bilingual-text.js';
import type { Result } from '../../model/result.js';
import { describeFailReasons, describeGapPlan } from '../describe-result.js';
import { formatPointsNeeded, formatScore } from '../format.js';
import type { OutputFormat, UnreadableFile } from './output-format.js';

/**
 * JUnit XML, which GitLab, Jenkins and GitHub show natively: each indicator a test case; met
 * passes, anything short of met fails with what the auditor checks as the message, not applicable
 * is skipped with its reason. One <testsuite> per file.
 */
export function renderJunitSuite(result: Result, lang: Lang): string {
  const ui = messages(lang).ui;
  const byId = new Map(result.gaps.filter((gap) => gap.kind === 'indicator').map((gap) => [gap.id, gap]));
  const failures = result.indicators.filter((indicator) => indicator.applicable && indicator.state !== 'met').length + (result.failed ? 1 : 0);
  const skipped = result.indicators.filter((indicator) => !indicator.applicable).length;
  const cases = result.indicators.map((indicator) => {
    const name = `${indicator.id} ${indicator.title[lang]}`;
    const open = `    <testcase classname="${xml(`${indicator.classId}.${indicator.itemId}`)}" name="${xml(name)}">`;
    if (!indicator.applicable) return `${open}\n      <skipped message="${xml(`${ui.state.not_applicable}${ui.colon}${indicator.naReason ?? ''}`)}"/>\n    </testcase>`;
    if (indicator.state === 'met') return open.replace(/>$/, '/>');
    const gap = byId.get(indicator.id);
    const state = indicator.samples ? `${ui.state[indicator.state]} ${indicator.samples.conforming}/${indicator.samples.total}` : ui.state[indicator.state];
    const criteria = gap?.kind === 'indicator' ? gap.criteria[lang] : '';
    const improve = gap?.kind === 'indicator' ? gap.improve[lang] : '';
    const plan = describeGapPlan(result, indicator.id, lang);
    const body = [criteria, improve, ...(plan.length > 0 ? [plan.join('\n')] : [])].join('\n\n');
    return `${open}\n      <failure type="${indicator.state}" message="${xml(`${state}${ui.colon}${criteria}`)}">${xml(body)}</failure>\n    </testcase>`;
  });
  // The verdict as a case of its own: every indicator met still fails on an eligibility condition
  // or five special deductions, and a green suite must not say otherwise.
  const reasons = describeFailReasons(result, lang);
  const verdict = `    <testcase classname="gbt27922" name="${xml(ui.level)}">${result.failed ? `\n      <failure type="assessment-failed" message="${xml(reasons.join('; '))}">${xml(reasons.join('\n'))}</failure>\n    </testcase>` : '</testcase>'}`;
  const properties = [
    ['score', formatScore(result.score)],
    ['level', result.level ?? ''],
    ['certifiableLevel', result.certifiableLevel ?? ''],
    ['failed', String(result.failed)],
    ['catalogue', `${result.catalogue.id}@${result.catalogue.version}`],
    ...(result.pathToTarget
      ? [
          ['target', result.pathToTarget.target],
          ['targetReached', String(result.pathToTarget.reached)],
          ['pointsShortOfTarget', formatPointsNeeded(result.pathToTarget.pointsNeeded)],
        ]
      : []),
  ];
  return [
    `  <testsuite name="${xml(`${result.file} · ${result.company.name}`)}" tests="${result.indicators.length + 1}" failures="${failures}" errors="0" skipped="${skipped}">`,
    '    <properties>',
    ...properties.map(([name, value]) => `      <property name="${name}" value="${xml(value!)}"/>`),
    '    </properties>',
    verdict,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

/** Text from users' files as XML 1.0 allows it: escaped, and without the characters it forbids. */
export function xml(text: string): string {
  return (
    text
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Allowed in XML 1.0 but not to be shown raw (DEL, C1): as character references, which read back the same.
      .replace(/[\u007f-\u009f]/g, (ch) => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`)
  );
}

/** A file that could not be scored: a suite with one errored case, so CI shows it as broken, not green. */
function junitUnreadable(entry: UnreadableFile): string {
  const message = entry.errors.map((e) => `${e.code}${e.line ? ` ${entry.file}:${e.line}:${e.column}` : ''} ${e.message}`).join('\n');
  return `  <testsuite name="${xml(entry.file)}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="gbt27922" name="${xml(entry.file)}">\n      <error message="${xml(entry.errors[0]?.message ?? '')}">${xml(message)}</error>\n    </testcase>\n  </testsuite>`;
}

const HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** `score --format junit`: one <testsuites> document, one <testsuite> per file. */
export const junit: OutputFormat = {
  open: () => `${HEADER}<testsuites name="GB/T 27922">\n`,
  result: (result, { lang }) => `${renderJunitSuite(result, lang)}\n`,
  unreadable: (file) => `${junitUnreadable(file)}\n`,
  between: () => '',
  close: () => '</testsuites>\n',
  empty: () => `${HEADER}<testsuites name="GB/T 27922"/>\n`,
};
