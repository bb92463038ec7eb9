/**
 * Exact rational numbers on BigInt.
 *
 * A score that is mathematically 95 must be 五星级, and 100 × 19/20 in floating point is
 * 95.00000000000001 or 94.99999999999999 depending on the order of operations. Scoring therefore
 * never compares floats: points, sample ratios and thresholds become fractions, and a float is made
 * only when a result leaves the engine.
 */
export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new RangeError('Rational with a zero denominator');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    return new Rational(num / g, den / g);
  }

  static int(n: number): Rational {
    return Rational.of(BigInt(n));
  }

  /**
   * The decimal a person wrote in a YAML file, taken at its word: 2.1 is 21/10, not the binary
   * double nearest to it. JavaScript's shortest round-trip formatting gives back those digits.
   */
  static fromDecimal(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    const [mantissa = '0', exponentPart] = String(value).toLowerCase().split('e');
    const exponent = exponentPart === undefined ? 0 : Number(exponentPart);
    const negative = mantissa.startsWith('-');
    const [whole = '0', fraction = ''] = mantissa.replace('-', '').split('.');
    let num = BigInt(whole + fraction);
    let den = 10n ** BigInt(fraction.length);
    if (exponent > 0) num *= 10n ** BigInt(exponent);
    if (exponent < 0) den *= 10n ** BigInt(-exponent);
    return Rational.of(negative ? -num : num, den);
  }

  add(other: Rational): Rational {
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Rational): Rational {
    return Rational.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  mul(other: Rational): Rational {
    return Rational.of(this.num * other.num, this.den * other.den);
  }

  div(other: Rational): Rational {
    if (other.num === 0n) throw new RangeError('division by zero');
    return Rational.of(this.num * other.den, this.den * other.num);
  }

  compare(other: Rational): -1 | 0 | 1 {
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  gte(other: Rational): boolean {
    return this.compare(other) >= 0;
  }

  lt(other: Rational): boolean {
    return this.compare(other) < 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  static min(a: Rational, b: Rational): Rational {
    return a.compare(b) <= 0 ? a : b;
  }

  static max(a: Rational, b: Rational): Rational {
    return a.compare(b) >= 0 ? a : b;
  }

  static sum(values: Iterable<Rational>): Rational {
    let total = Rational.ZERO;
    for (const value of values) total = total.add(value);
    return total;
  }

  /** JSON carries the nearest double, unrounded; decisions were taken on the exact value. */
  toJSON(): number {
    return this.toNumber();
  }

  /** The nearest double: only for output (JSON), never for a decision. */
  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  /**
   * Decimal text with `digits` places, cut toward zero, so a displayed score is never above the
   * true one: 94.999 shows as 94.9, not as a five-star 95.0.
   */
  toFixedDown(digits: number): string {
    return formatScaled((this.num * 10n ** BigInt(digits)) / this.den, digits);
  }

  /** Decimal text with `digits` places, rounded up: what is still needed is never understated. */
  toFixedUp(digits: number): string {
    const scaled = this.num * 10n ** BigInt(digits);
    const quotient = scaled / this.den;
    return formatScaled(scaled % this.den !== 0n && scaled > 0n ? quotient + 1n : quotient, digits);
  }

  /** Decimal text with `digits` places, rounded half away from zero (for points and gains). */
  toFixedRounded(digits: number): string {
    const scaled = this.num * 10n ** BigInt(digits) * 2n;
    const twice = this.den * 2n;
    const magnitude = (scaled < 0n ? -scaled : scaled) + this.den;
    const rounded = magnitude / twice;
    return formatScaled(scaled < 0n ? -rounded : rounded, digits);
  }
}

/** An integer count of 10^-digits units as decimal text: -15 with 1 digit is "-1.5". */
function formatScaled(scaled: bigint, digits: number): string {
  const negative = scaled < 0n;
  const magnitude = (negative ? -scaled : scaled).toString().padStart(digits + 1, '0');
  const text = digits === 0 ? magnitude : `${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
