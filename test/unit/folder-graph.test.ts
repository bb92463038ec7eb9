import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ form layers: every arrow between folders points down, towards src/model/,
 * and counts type-only imports too (a type is a dependency a reader must follow). Files at the top
 * of src/ (paths, package version) are leaves anyone may use.
 */
const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The folder directly under src/ that holds a file; '.' for a file at the top. */
function folderOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts.length > 1 ? parts[0]! : '.';
}

/** Relative specifiers of every import, export-from and import() in a file, type-only ones included. */
function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
}

function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Map<string, string[]>();
    graph.set(from, edges);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const target = path.resolve(path.dirname(file), specifier);
      if (!target.startsWith(SRC + path.sep)) continue;
      const to = folderOf(target);
      if (to === from || to === '.') continue;
      edges.set(to, [...(edges.get(to) ?? []), `${path.relative(SRC, file)} → ${specifier}`]);
    }
  }
  return graph;
}

/** A cycle as a list of folders, first repeated at the end, or undefined when there is none. */
function findCycle(graph: Map<string, Map<string, string[]>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the folders of src/', () => {
  const graph = folderGraph();

  it('when imports are read then type-only, re-export and dynamic imports all count', () => {
    const text = [
      "import type { A } from '../model/a.js';",
      "export { b } from './b.js';",
      "const c = await import('../report/c.js');",
      "import './side-effect.js';",
      "import { d } from 'node:fs';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['../model/a.js', './b.js', '../report/c.js', './side-effect.js']);
  });

  it('when a cycle is planted then it is found (the check can fail)', () => {
    const planted = new Map(graph);
    planted.set('model', new Map([['cli', ['planted']]]));
    expect(findCycle(planted)).toBeDefined();
  });

  it('when every import is followed then no chain of folders leads back to where it started', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('when scoring imports anything then it is the model', () => {
    expect(Object.fromEntries(graph.get('scoring') ?? [])).toEqual(Object.fromEntries([...(graph.get('scoring') ?? [])].filter(([to]) => to === 'model')));
    expect(graph.get('scoring')?.has('model')).toBe(true);
  });

  it('when a file at the top of src/ imports anything of ours then it is another top-level file (a leaf anyone may use)', () => {
    expect(Object.fromEntries(graph.get('.') ?? [])).toEqual({});
  });

  it('when the model imports anything then it stays inside the model', () => {
    expect(Object.fromEntries(graph.get('model') ?? [])).toEqual({});
  });
});
