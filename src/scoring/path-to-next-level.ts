import { Rational } from '../model/rational.js';
import type { Gap } from '../model/result.js';

/** A gap as the search sees it: its exact effect on the unclamped score, and whether it is a deduction. */
export interface Candidate {
  id: string;
  /** Score added when closed: 100 × lost / applicable for an indicator, 1 for a deduction. */
  effect: Rational;
  isDeduction: boolean;
}

export interface PathQuery {
  candidates: readonly Candidate[];
  /** Score still missing: threshold − current unclamped score (≤ 0 means already there on points). */
  need: Rational;
  /** Deductions that must go for the fail rule to pass: count − maxSpecialDeductions, at least 0. */
  deductionsToRemove: number;
}

/**
 * The fewest gaps whose closing reaches the target, found exactly (the gaps' effects add up, so a
 * count k is enough exactly when the k strongest gaps, with the deductions the fail rule demands,
 * reach the target). Among the sets of that size, the one that needs the least total gain is
 * chosen (design decision: the smallest indicators are usually the least work), ties broken by
 * rank. Gaps of equal effect are interchangeable, so the search runs over groups of equal effect
 * and counts, which keeps it small for any catalogue.
 *
 * Returns the ids to close, or null when even closing every gap is not enough.
 */
export function shortestPath(query: PathQuery): string[] | null {
  const groups = groupByEffect(query.candidates);
  const size = fewestNeeded(groups, query);
  if (size === null) return null;
  const best = cheapestOfSize(groups, size, query);
  if (!best) return null;
  return best.flatMap((count, g) => groups[g]!.members.slice(0, count).map((member) => member.id));
}

interface Group {
  effect: Rational;
  isDeduction: boolean;
  members: Candidate[];
}

function groupByEffect(candidates: readonly Candidate[]): Group[] {
  const groups: Group[] = [];
  for (const candidate of candidates) {
    const group = groups.find((g) => g.isDeduction === candidate.isDeduction && g.effect.compare(candidate.effect) === 0);
    if (group) group.members.push(candidate);
    else groups.push({ effect: candidate.effect, isDeduction: candidate.isDeduction, members: [candidate] });
  }
  // Strongest first, so the bound below is the sum of a prefix.
  return groups.sort((a, b) => b.effect.compare(a.effect));
}

/** The smallest k such that k gaps can reach the target. */
function fewestNeeded(groups: readonly Group[], query: PathQuery): number | null {
  const deductions = groups.filter((g) => g.isDeduction).reduce((n, g) => n + g.members.length, 0);
  if (deductions < query.deductionsToRemove) return null;
  const total = groups.reduce((n, g) => n + g.members.length, 0);
  for (let k = query.deductionsToRemove; k <= total; k++) {
    if (strongestSum(groups, k, query.deductionsToRemove).gte(query.need)) return k;
  }
  return null;
}

/** The largest effect k gaps can have when `forcedDeductions` of them must be deductions. */
function strongestSum(groups: readonly Group[], k: number, forcedDeductions: number): Rational {
  const effects: Rational[] = [];
  let forced = forcedDeductions;
  let sum = Rational.ZERO;
  for (const group of groups) {
    for (const member of group.members) {
      if (member.isDeduction && forced > 0) {
        forced--;
        sum = sum.add(member.effect);
      } else {
        effects.push(member.effect);
      }
    }
  }
  effects.sort((a, b) => b.compare(a));
  return Rational.sum(effects.slice(0, k - forcedDeductions)).add(sum);
}

/** Counts per group, exactly `size` gaps in all, reaching the target with the least total effect. */
function cheapestOfSize(groups: readonly Group[], size: number, query: PathQuery): number[] | null {
  let best: { counts: number[]; sum: Rational } | null = null;
  const counts = groups.map(() => 0);

  const visit = (g: number, left: number, sum: Rational, deductionsTaken: number) => {
    if (best && sum.compare(best.sum) >= 0 && left === 0) return;
    if (left === 0) {
      if (sum.gte(query.need) && deductionsTaken >= query.deductionsToRemove) best = { counts: [...counts], sum };
      return;
    }
    if (g >= groups.length) return;
    if (!canStillReach(groups, g, left, sum, query.need)) return;
    const group = groups[g]!;
    for (let take = Math.min(left, group.members.length); take >= 0; take--) {
      const nextSum = sum.add(group.effect.mul(Rational.int(take)));
      if (best && nextSum.compare(best.sum) > 0) continue;
      counts[g] = take;
      visit(g + 1, left - take, nextSum, deductionsTaken + (group.isDeduction ? take : 0));
    }
    counts[g] = 0;
  };
  visit(0, size, Rational.ZERO, 0);
  return (best as { counts: number[] } | null)?.counts ?? null;
}

/** Upper bound: the strongest `left` gaps from group g on. */
function canStillReach(groups: readonly Group[], from: number, left: number, sum: Rational, need: Rational): boolean {
  let bound = sum;
  let remaining = left;
  for (let g = from; g < groups.length && remaining > 0; g++) {
    const take = Math.min(remaining, groups[g]!.members.length);
    bound = bound.add(groups[g]!.effect.mul(Rational.int(take)));
    remaining -= take;
  }
  return remaining === 0 && bound.gte(need);
}

/** The candidates of a ranked gap list, in rank order: each gap's gain is its effect. */
export function candidatesFrom(gaps: readonly Gap[]): Candidate[] {
  return gaps.map((gap) => ({ id: gap.id, effect: gap.gain, isDeduction: gap.kind === 'special-deduction' }));
}
