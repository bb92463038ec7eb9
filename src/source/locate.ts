import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { SourcePosition } from '../model/diagnostic.js';
import { positionAt, type ParsedYaml } from './parse-yaml.js';

/**
 * Where the value at `path` (keys and indexes, as in the data) stands in the file. With
 * `at: 'key'` it points at the key itself, which is what a reader wants for an unknown or misspelt
 * key. A path that leads nowhere (a missing key) points at the deepest node that exists.
 */
export function locate(parsed: ParsedYaml, path: readonly (string | number)[], at: 'key' | 'value' = 'value'): SourcePosition | undefined {
  let node: unknown = parsed.document.contents;
  let found: { range?: [number, number, number] | null } | undefined = node as Node | undefined;
  for (let index = 0; index < path.length; index++) {
    const segment = path[index];
    const isLast = index === path.length - 1;
    let pair: Pair | undefined;
    if (isMap(node)) {
      pair = node.items.find((candidate) => isPair(candidate) && keyText(candidate.key) === String(segment));
      if (!pair) break;
      if (isLast && at === 'key') {
        found = pair.key as Node;
        break;
      }
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      break;
    }
    if (node && typeof node === 'object' && 'range' in node) found = node as Node;
    else if (pair) found = pair.key as Node;
  }
  const range = found?.range;
  if (!range) return undefined;
  return positionAt(parsed.source.text, parsed.lineCounter, range[0], range[1]);
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}
