/**
 * The YAML library writes a whole document back in its own style ([a] becomes [ a ], quotes and
 * spacing change), so saving after one change would touch lines nobody changed. This keeps every
 * line the change did not touch exactly as the person wrote it: the library's rendering before
 * and after the change are compared line by line, and only the lines that differ between those
 * two are taken from the new rendering. When the library's rendering of the untouched file does
 * not line up with the file (a different number of lines), the new rendering is used as it is.
 */
export function keepUntouchedLines(original: string, before: string, after: string): string {
  const source = original.split('\n');
  const old = before.split('\n');
  const next = after.split('\n');
  if (source.length !== old.length) return after;
  // Longest common subsequence of lines, from the end, so the walk below goes forward.
  const n = old.length;
  const m = next.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) table[i]![j] = old[i] === next[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (old[i] === next[j]) {
      out.push(source[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else out.push(next[j++]!);
  }
  while (j < m) out.push(next[j++]!);
  return out.join('\n');
}
