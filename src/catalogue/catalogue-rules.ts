import type { StoppingCode } from '../model/error-codes.js';
import { error, type Diagnostic } from '../model/diagnostic.js';
import type { ParsedYaml } from '../source/parse-yaml.js';
import { locate } from '../source/locate.js';
import { Rational } from '../model/rational.js';
import type { CatalogueData, IndicatorData, ItemData } from '../model/catalogue.js';

type Path = (string | number)[];
type Report = (code: StoppingCode, params: Diagnostic['params'], path: Path) => void;
type Rule = (catalogue: CatalogueData, report: Report, context: RuleContext) => void;

export interface RuleContext {
  /** The clause numbers a catalogue may cite (indicators/gbt27922-clauses.yaml); unchecked when absent. */
  knownClauses?: ReadonlySet<string>;
}

/**
 * The rules a catalogue must keep beyond its shape, each a named function so a failing file says
 * which rule it broke. Numbers come from the file only: the rules check consistency, not values.
 */
const rules: Rule[] = [
  function uniqueIds(catalogue, report) {
    const seen = new Map<string, string>();
    const check = (kind: string, id: string, path: Path) => {
      const key = `${kind}:${id}`;
      if (seen.has(key)) report('CATALOGUE_DUPLICATE_ID', { kind, id }, path);
      else seen.set(key, id);
    };
    catalogue.levels.forEach((level, l) => check('level', level.id, ['levels', l, 'id']));
    catalogue.classes.forEach((klass, c) => {
      check('class', klass.id, ['classes', c, 'id']);
      klass.items.forEach((item, i) => {
        check('item', item.id, ['classes', c, 'items', i, 'id']);
        item.indicators.forEach((indicator, n) => check('indicator', indicator.id, ['classes', c, 'items', i, 'indicators', n, 'id']));
      });
    });
    // A former id answers for the indicator that took it over, so it cannot name another one too.
    eachIndicator(catalogue, (indicator, _item, path) => (indicator.formerIds ?? []).forEach((former, f) => check('indicator', former, [...path, 'formerIds', f])));
  },

  function indicatorIdsStartWithTheirItem(catalogue, report) {
    eachIndicator(catalogue, (indicator, item, path) => {
      if (!indicator.id.startsWith(`${item.id}.`)) {
        report('CATALOGUE_INDICATOR_ID_PREFIX', { id: indicator.id, item: item.id }, [...path, 'id']);
      }
    });
  },

  function pointsArePositive(catalogue, report) {
    catalogue.classes.forEach((klass, c) => {
      if (!(klass.points > 0)) report('CATALOGUE_POINTS_NOT_POSITIVE', { id: klass.id, points: klass.points }, ['classes', c, 'points']);
    });
    eachIndicator(catalogue, (indicator, _item, path) => {
      if (!(indicator.points > 0)) {
        report('CATALOGUE_POINTS_NOT_POSITIVE', { id: indicator.id, points: indicator.points }, [...path, 'points']);
      }
    });
  },

  function classPointsAreTheSumOfTheirIndicators(catalogue, report) {
    catalogue.classes.forEach((klass, c) => {
      const sum = Rational.sum(klass.items.flatMap((item) => item.indicators.map((indicator) => Rational.fromDecimal(indicator.points))));
      if (sum.compare(Rational.fromDecimal(klass.points)) !== 0) {
        report(
          'CATALOGUE_CLASS_POINTS_MISMATCH',
          {
            id: klass.id,
            points: klass.points,
            sum: exactDecimal(
              sum,
              klass.items.flatMap((item) => item.indicators.map((indicator) => indicator.points)),
            ),
          },
          ['classes', c, 'points'],
        );
      }
    });
  },

  function clausesAreTheStandards(catalogue, report, context) {
    const known = context.knownClauses;
    if (!known) return;
    eachIndicator(catalogue, (indicator, _item, path) =>
      (indicator.clauses ?? []).forEach((clause, k) => {
        if (!known.has(clause)) report('CATALOGUE_UNKNOWN_CLAUSE', { id: indicator.id, clause, known: [...known].join(', ') }, [...path, 'clauses', k]);
      }),
    );
  },

  function countedIndicatorsAreNotSampled(catalogue, report) {
    eachIndicator(catalogue, (indicator, _item, path) => {
      if (indicator.counts && indicator.sampled) report('CATALOGUE_COUNTS_SAMPLED', { id: indicator.id }, [...path, 'sampled']);
    });
  },

  function levelsAscend(catalogue, report) {
    catalogue.levels.forEach((level, l) => {
      const previous = catalogue.levels[l - 1];
      if (previous && !(level.threshold > previous.threshold)) {
        report('CATALOGUE_LEVELS_NOT_ASCENDING', { id: level.id, threshold: level.threshold, previous: previous.id, previousThreshold: previous.threshold }, ['levels', l, 'threshold']);
      }
    });
  },

  function failRuleIsNotAboveTheLowestLevel(catalogue, report) {
    const lowest = catalogue.levels[0];
    if (lowest && catalogue.failRule.minScore > lowest.threshold) {
      report('CATALOGUE_FAIL_RULE_ABOVE_LEVEL', { minScore: catalogue.failRule.minScore, level: lowest.id, threshold: lowest.threshold }, ['failRule', 'minScore']);
    }
  },
];

export function checkCatalogueRules(catalogue: CatalogueData, parsed: ParsedYaml, context: RuleContext = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code, params, path) => diagnostics.push(error(code, params, { file: parsed.source.file, position: locate(parsed, path) }));
  for (const rule of rules) rule(catalogue, report, context);
  return diagnostics;
}

function eachIndicator(catalogue: CatalogueData, visit: (indicator: IndicatorData, item: ItemData, path: Path) => void) {
  catalogue.classes.forEach((klass, c) => klass.items.forEach((item, i) => item.indicators.forEach((indicator, n) => visit(indicator, item, ['classes', c, 'items', i, 'indicators', n]))));
}

/**
 * A sum of decimal points written out exactly: as many decimals as its terms have, so a class that
 * is off by 0.001 does not show the sum rounded to the very total it misses.
 */
function exactDecimal(sum: Rational, terms: readonly number[]): string {
  const decimals = Math.max(0, ...terms.map(decimalPlaces));
  const text = sum.toFixedRounded(decimals);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function decimalPlaces(value: number): number {
  const [digits = '', exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = digits.split('.')[1]?.length ?? 0;
  return Math.min(40, Math.max(0, fraction - Number(exponent)));
}
