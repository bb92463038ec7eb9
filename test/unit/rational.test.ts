import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/model/rational.js';

describe('Rational', () => {
  it('takes decimals at their written value, so 0.1 + 0.2 is exactly 0.3', () => {
    const sum = Rational.fromDecimal(0.1).add(Rational.fromDecimal(0.2));
    expect(sum.compare(Rational.fromDecimal(0.3))).toBe(0);
  });

  it('reads exponents and negatives', () => {
    expect(Rational.fromDecimal(1e-7).compare(Rational.of(1n, 10_000_000n))).toBe(0);
    expect(Rational.fromDecimal(-2.5).compare(Rational.of(-5n, 2n))).toBe(0);
    expect(Rational.fromDecimal(3e21).compare(Rational.of(3n * 10n ** 21n))).toBe(0);
  });

  it('keeps 100 × 19/20 at exactly 95, where floating point drifts', () => {
    const score = Rational.int(100).mul(Rational.of(19n, 20n));
    expect(score.compare(Rational.int(95))).toBe(0);
  });

  it('cuts display digits toward zero, so 94.99 never reads 95.0', () => {
    expect(Rational.of(9499n, 100n).toFixedDown(1)).toBe('94.9');
    expect(Rational.int(95).toFixedDown(1)).toBe('95.0');
    expect(Rational.of(-15n, 10n).toFixedDown(0)).toBe('-1');
  });

  it('rounds up what is still needed, so 0.21 points needed reads 0.3', () => {
    expect(Rational.of(21n, 100n).toFixedUp(1)).toBe('0.3');
    expect(Rational.of(2n, 10n).toFixedUp(1)).toBe('0.2');
    expect(Rational.ZERO.toFixedUp(1)).toBe('0.0');
  });

  it('rounds half away from zero when asked to round', () => {
    expect(Rational.of(-25n, 100n).toFixedRounded(1)).toBe('-0.3');
    expect(Rational.of(25n, 100n).toFixedRounded(1)).toBe('0.3');
    expect(Rational.of(24n, 100n).toFixedRounded(1)).toBe('0.2');
    expect(Rational.of(2n, 3n).toFixedRounded(2)).toBe('0.67');
  });

  it('serialises to an unrounded number in JSON', () => {
    expect(JSON.stringify({ score: Rational.of(1n, 3n) })).toBe(`{"score":${1 / 3}}`);
  });

  it('refuses a zero denominator', () => {
    expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
  });
});
