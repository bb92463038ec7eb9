/** The one helper of cli-table3's internals the tool uses: the display width of a cell's widest line. */
declare module 'cli-table3/src/utils.js' {
  export function strlen(text: string): number;
}
