import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tableCellWithoutWaste } from '../../src/build/bundle.js';

/** cli-table3's Cell as the library ships it, and as the bundles hold it (tableCellsWithoutWaste). */
const require = createRequire(import.meta.url);
const file = require.resolve('cli-table3/src/cell.js');
type CellClass = new (options: object) => { mergeTableOptions(table: object, cells: unknown[]): void; x: number; y: number } & Record<string, unknown>;
const Shipped = require(file) as CellClass;
const Lean = (() => {
  const lean = new Module(file) as Module & { _compile(source: string, filename: string): void };
  lean.filename = file;
  lean.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file));
  lean._compile(tableCellWithoutWaste(readFileSync(file, 'utf8')), file);
  return lean.exports as CellClass;
})();

const NAMES = ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid', 'middle'];
const camel = (name: string) => name.replace(/-(.)/, (_, first: string) => first.toUpperCase());
/** Some of the names, written either way, each with a character, an empty string, null or undefined. */
const someChars = fc.dictionary(fc.constantFrom(...NAMES.flatMap((name) => [name, camel(name)])), fc.oneof(fc.constantFrom('─', '│', '', '*'), fc.constant(null), fc.constant(undefined)));
const padding = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(undefined));

describe("cli-table3's cell as the bundles hold it", () => {
  it('when a cell and its table give borders and padding in any mix then it takes exactly what the shipped cell takes', () => {
    fc.assert(
      fc.property(someChars, someChars, padding, padding, padding, (cellChars, tableChars, cellLeft, tableLeft, tableRight) => {
        const table = {
          chars: { ...Object.fromEntries(NAMES.map((name) => [name, '+'])), ...tableChars },
          style: { 'padding-left': tableLeft ?? 1, paddingRight: tableRight, head: [], border: [] },
          colWidths: [],
          rowHeights: [],
          truncate: '…',
        };
        const options = { content: 'A 单元格', chars: cellChars, style: cellLeft === undefined ? {} : { paddingLeft: cellLeft } };
        const [shipped, lean] = [new Shipped(structuredClone(options)), new Lean(structuredClone(options))];
        for (const cell of [shipped, lean]) {
          cell.x = 0;
          cell.y = 0;
        }
        shipped.mergeTableOptions(structuredClone(table), []);
        lean.mergeTableOptions(structuredClone(table), []);
        for (const key of ['chars', 'paddingLeft', 'paddingRight', 'truncate', 'lines', 'desiredWidth']) expect(lean[key], key).toEqual(shipped[key]);
      }),
    );
  });

  it('when cli-table3 changes the code this rewrites then the build stops and says where', () => {
    expect(() => tableCellWithoutWaste('module.exports = class Cell {};', 'cell.js')).toThrow(/cell\.js: .* is gone; check the cli-table3 upgrade/);
  });
});
