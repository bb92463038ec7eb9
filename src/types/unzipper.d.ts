/** The part of unzipper (exceljs's own zip reader, bundled with it) that reads a zip by its central directory. */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';
  interface File {
    path: string;
    stream(): Readable;
  }
  const unzipper: { Open: { file(path: string): Promise<{ files: File[] }> } };
  export default unzipper;
}
