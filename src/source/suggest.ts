/**
 * The known name closest to what was typed, for "did you mean". Only close matches count: a
 * suggestion that is a guess misleads more than none.
 */
export function suggest(typed: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = typed.toLowerCase();
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(typed.length / 4));
  return bestDistance <= tolerance ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The parameters of an "unknown name" diagnostic, with `suggestion` added when a known name is
 * close to what was typed: the one way every message gets its "did you mean".
 */
export function withSuggestion<P extends Record<string, string | number>>(params: P, typed: string, known: Iterable<string>): P & { suggestion?: string } {
  const close = suggest(typed, known);
  return close === undefined ? params : { ...params, suggestion: close };
}

/** The parameters of an id that is not among the known ones: the id, the known ids, the one it may have meant. */
export function unknownIdParams(id: string, known: readonly string[]) {
  return withSuggestion({ id, known: known.join(', ') }, id, known);
}
