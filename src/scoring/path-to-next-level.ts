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

export interface PathSearch {
  ids: string[];
  /**
   * True when the set is proven the one of least total gain among the fewest; false when the
   * search for it stopped at its step limit and shows the best set found by then (still the
   * fewest gaps, which is always exact).
   */
  leastTotalExact: boolean;
}

/**
 * Steps the search for the least total may take. Choosing the cheapest k of n gaps that still
 * reach a target is a subset-sum problem, which no known method solves in polynomial time for
 * every catalogue; real catalogues finish in a few hundred steps, and a custom catalogue of many
 * near-equal points stops here instead of running for minutes, and says so.
 */
export const SEARCH_STEPS = 20_000;

/** The ids of `searchShortestPath`, or null when even closing every gap is not enough. */
export function shortestPath(query: PathQuery): string[] | null {
  return searchShortestPath(query)?.ids ?? null;
}

/**
 * The fewest gaps whose closing reaches the target, in O(n log n): the gaps' effects add up, so
 * k gaps are enough exactly when the strongest k (with the deductions the fail rule demands) are.
 * Among the sets of that size, the one that needs the least total gain is chosen (design
 * decision: the smallest indicators are usually the least work), ties broken by rank; that part
 * is a bounded search over groups of equal effect (gaps of equal effect are interchangeable).
 */
export function searchShortestPath(query: PathQuery, steps = SEARCH_STEPS): PathSearch | null {
  const groups = groupByEffect(query.candidates);
  const size = fewestNeeded(groups, query);
  if (size === null) return null;
  const { counts, exact } = cheapestOfSize(groups, size, query, steps);
  return { ids: counts.flatMap((count, g) => groups[g]!.members.slice(0, count).map((member) => member.id)), leastTotalExact: exact };
}

interface Group {
  effect: Rational;
  isDeduction: boolean;
  members: Candidate[];
}

/** Strongest first; equal effects of one kind together, in rank order. One sort, no quadratic lookups. */
function groupByEffect(candidates: readonly Candidate[]): Group[] {
  const ordered = candidates
    .map((candidate, rank) => ({ candidate, rank }))
    .sort((a, b) => b.candidate.effect.compare(a.candidate.effect) || Number(a.candidate.isDeduction) - Number(b.candidate.isDeduction) || a.rank - b.rank);
  const groups: Group[] = [];
  for (const { candidate } of ordered) {
    const last = groups.at(-1);
    if (last && last.isDeduction === candidate.isDeduction && last.effect.compare(candidate.effect) === 0) last.members.push(candidate);
    else groups.push({ effect: candidate.effect, isDeduction: candidate.isDeduction, members: [candidate] });
  }
  return groups;
}

/**
 * The smallest k such that k gaps can reach the target. The strongest set of k with at least d
 * deductions is the d strongest deductions and the k − d strongest of the rest, so one pass over
 * the sorted gaps finds k.
 */
function fewestNeeded(groups: readonly Group[], query: PathQuery): number | null {
  let forced = query.deductionsToRemove;
  let sum = Rational.ZERO;
  const rest: Rational[] = [];
  for (const group of groups) {
    for (const member of group.members) {
      if (member.isDeduction && forced > 0) {
        forced--;
        sum = sum.add(member.effect);
      } else rest.push(member.effect);
    }
  }
  if (forced > 0) return null;
  let k = query.deductionsToRemove;
  for (const effect of rest) {
    if (sum.gte(query.need)) return k;
    sum = sum.add(effect);
    k++;
  }
  return sum.gte(query.need) ? k : null;
}

/**
 * Counts per group, exactly `size` gaps in all, reaching the target with the least total effect:
 * branch and bound from a good first answer, stopped after `steps` steps.
 */
function cheapestOfSize(groups: readonly Group[], size: number, query: PathQuery, steps: number): { counts: number[]; exact: boolean } {
  const bounds = suffixBounds(groups);
  let best = improve(groups, strongestCounts(groups, size, query.deductionsToRemove), query);
  const counts = groups.map(() => 0);
  let left = steps;
  let stopped = false;

  const visit = (g: number, remaining: number, sum: Rational, deductionsTaken: number) => {
    if (stopped) return;
    if (--left < 0) {
      stopped = true;
      return;
    }
    if (remaining === 0) {
      if (sum.gte(query.need) && deductionsTaken >= query.deductionsToRemove && sum.compare(best.sum) < 0) best = { counts: [...counts], sum };
      return;
    }
    if (g >= groups.length) return;
    if (bounds.deductionsFrom[g]! < query.deductionsToRemove - deductionsTaken) return;
    if (!bounds.strongest(g, remaining).add(sum).gte(query.need)) return;
    const group = groups[g]!;
    for (let take = Math.min(remaining, group.members.length); take >= 0; take--) {
      const nextSum = sum.add(group.effect.mul(Rational.int(take)));
      if (nextSum.compare(best.sum) >= 0) continue;
      counts[g] = take;
      visit(g + 1, remaining - take, nextSum, deductionsTaken + (group.isDeduction ? take : 0));
      if (stopped) break;
    }
    counts[g] = 0;
  };
  visit(0, size, Rational.ZERO, 0);
  return { counts: best.counts, exact: !stopped };
}

interface Counted {
  counts: number[];
  sum: Rational;
}

/** The strongest set of `size` with the forced deductions: always reaches the target when `size` was found enough. */
function strongestCounts(groups: readonly Group[], size: number, deductionsToRemove: number): Counted {
  const counts = groups.map(() => 0);
  let forced = deductionsToRemove;
  groups.forEach((group, g) => {
    if (!group.isDeduction || forced === 0) return;
    counts[g] = Math.min(forced, group.members.length);
    forced -= counts[g]!;
  });
  let free = size - deductionsToRemove;
  groups.forEach((group, g) => {
    const take = Math.min(free, group.members.length - counts[g]!);
    counts[g]! += take;
    free -= take;
  });
  return { counts, sum: sumOf(groups, counts) };
}

/**
 * A first answer better than the strongest set, so that a stopped search still shows a sensible
 * one: move single gaps to the weakest group that keeps the target and the fail rule, while any
 * such move lowers the total (each move lowers it, so this ends).
 */
function improve(groups: readonly Group[], start: Counted, query: PathQuery): Counted {
  const counts = [...start.counts];
  let sum = start.sum;
  let deductions = groups.reduce((n, group, g) => n + (group.isDeduction ? counts[g]! : 0), 0);
  for (let moves = 0; moves < 10 * groups.length + 100; moves++) {
    let moved = false;
    for (let from = 0; from < groups.length && !moved; from++) {
      if (counts[from] === 0) continue;
      for (let to = groups.length - 1; to > from && !moved; to--) {
        if (counts[to]! >= groups[to]!.members.length || groups[to]!.effect.compare(groups[from]!.effect) >= 0) continue;
        const nextDeductions = deductions - (groups[from]!.isDeduction ? 1 : 0) + (groups[to]!.isDeduction ? 1 : 0);
        const nextSum = sum.sub(groups[from]!.effect).add(groups[to]!.effect);
        if (nextDeductions < query.deductionsToRemove || !nextSum.gte(query.need)) continue;
        counts[from]!--;
        counts[to]!++;
        sum = nextSum;
        deductions = nextDeductions;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return { counts, sum };
}

function sumOf(groups: readonly Group[], counts: readonly number[]): Rational {
  return Rational.sum(groups.map((group, g) => group.effect.mul(Rational.int(counts[g]!))));
}

/**
 * For each group: how many deductions remain from it on, and the largest effect `left` gaps from
 * it on can have (the strongest first), in O(log groups) from prefix sums.
 */
function suffixBounds(groups: readonly Group[]) {
  const count: number[] = [0];
  const total: Rational[] = [Rational.ZERO];
  groups.forEach((group, g) => {
    count.push(count[g]! + group.members.length);
    total.push(total[g]!.add(group.effect.mul(Rational.int(group.members.length))));
  });
  const deductionsFrom: number[] = new Array(groups.length + 1).fill(0);
  for (let g = groups.length - 1; g >= 0; g--) deductionsFrom[g] = deductionsFrom[g + 1]! + (groups[g]!.isDeduction ? groups[g]!.members.length : 0);
  const strongest = (from: number, left: number): Rational => {
    const wanted = count[from]! + left;
    if (wanted >= count[groups.length]!) return total[groups.length]!.sub(total[from]!);
    // The first group whose end reaches `wanted` members: whole groups before it, part of it.
    let low = from;
    let high = groups.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (count[middle + 1]! >= wanted) high = middle;
      else low = middle + 1;
    }
    return total[low]!.sub(total[from]!).add(groups[low]!.effect.mul(Rational.int(wanted - count[low]!)));
  };
  return { deductionsFrom, strongest };
}

/** The candidates of a ranked gap list, in rank order: each gap's gain is its effect. */
export function candidatesFrom(gaps: readonly Gap[]): Candidate[] {
  return gaps.map((gap) => ({ id: gap.id, effect: gap.gain, isDeduction: gap.kind === 'special-deduction' }));
}
