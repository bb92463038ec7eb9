import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/assessment/parse-answer.js';
import type { IndicatorEntry } from '../../src/model/catalogue.js';
import { parseSampleInput } from '../../src/questionnaire/questions-indicators.js';

const sampled = { id: 'delivery.shipping', sampled: true, naAllowed: false } as IndicatorEntry;

/** What the assessment loader makes of a k/n text: the two numbers, or nothing when it refuses it. */
function loaderReading(text: string): { conforming: number; total: number } | undefined {
  const parsed = parseAnswer(text, sampled);
  if (!('answer' in parsed) || parsed.answer.kind !== 'samples') return undefined;
  return { conforming: parsed.answer.conforming, total: parsed.answer.total };
}

describe('k/n samples, typed in the questionnaire or written in the file', () => {
  it('when any text of k/n shape is read then the questionnaire takes exactly what the loader takes, as the same numbers', () => {
    const number = fc.oneof(fc.nat({ max: 30 }), fc.integer({ min: -3, max: -1 }), fc.constant(2 ** 53 + 1), fc.constantFrom('1.5', '2.0', '', 'x'));
    const space = fc.constantFrom('', ' ', '  ');
    fc.assert(
      fc.property(space, number, space, number, space, (a, k, b, n, c) => {
        const text = `${a}${k}${b}/${c}${n}`;
        expect(parseSampleInput(text)).toEqual(loaderReading(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('when the numbers were typed full-width then the questionnaire reads them as the half-width ones the file gets', () => {
    expect(parseSampleInput('７／１０')).toEqual(loaderReading('7/10'));
  });
});
