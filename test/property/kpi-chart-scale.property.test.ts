import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundUp } from '../../src/report/pdf/kpi-charts.js';

describe('the scale of a KPI chart', () => {
  it('when any largest value is given then the top is a round figure (1, 2, 2.5 or 5 times a power of ten) at or above it and under twice it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (value) => {
        const top = roundUp(value);
        expect(top).toBeGreaterThanOrEqual(value);
        expect(top).toBeLessThanOrEqual(2 * value * (1 + 1e-12));
        const mantissa = top / 10 ** Math.floor(Math.log10(top) + 1e-12);
        expect([1, 2, 2.5, 5].some((step) => Math.abs(mantissa - step) < 1e-9)).toBe(true);
      }),
    );
  });

  it('when nothing is above zero then the scale is 0 to 1, not 0 to 0', () => {
    expect(roundUp(0)).toBe(1);
    expect(roundUp(Number.NaN)).toBe(1);
  });
});
