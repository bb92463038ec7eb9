import { closeSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { error, UserError } from '../model/diagnostic.js';

export interface OutputRules {
  /** The file the output is made from: never written over, however it is spelt. */
  input?: string;
  /** Write over an existing regular file that is not one of ours. */
  force?: boolean;
  /** Recognises an earlier output of the same kind (last month's report), replaced without --force. */
  isOurs?: (file: string) => boolean;
}

/**
 * Where an output may be written, by one rule for the report, the questionnaire's JSON and
 * `init`: only a regular file is ever written over (never a device, a FIFO, a folder: `-o
 * /dev/null --force` as root would have replaced the system's /dev/null); a symlink is followed
 * and its target written, so the link stays a link; an existing file that is not an earlier output
 * of ours needs --force; the input itself never. Returns the path to write.
 */
export function outputTarget(file: string, rules: OutputRules = {}): string {
  if (rules.input !== undefined && samePath(file, rules.input)) throw new UserError([error('REPORT_OVERWRITES_INPUT', {}, { file })]);
  let link: Stats;
  try {
    link = lstatSync(file);
  } catch {
    return file; // nothing there yet (or a folder we cannot see into: the write will say so)
  }
  let target = file;
  let info = link;
  if (link.isSymbolicLink()) {
    try {
      target = realpathSync(file);
      info = statSync(target);
    } catch {
      throw new UserError([error('OUTPUT_NOT_REGULAR', { kind: 'link to nothing' }, { file })]);
    }
  }
  if (!info.isFile()) throw new UserError([error('OUTPUT_NOT_REGULAR', { kind: fileKind(info) }, { file })]);
  if (!rules.force && !(rules.isOurs?.(target) ?? false)) throw new UserError([error('OUTPUT_EXISTS', {}, { file })]);
  return target;
}

/** What a path that is not a regular file is, in words the error messages use. */
export function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'directory';
  if (info.isFIFO()) return 'FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'special file';
}

/** The first bytes of a regular file, for recognising what it is without reading all of it. */
export function fileHead(file: string, bytes: number): string {
  try {
    const handle = openSync(file, 'r');
    try {
      const head = Buffer.alloc(bytes);
      const read = readSync(handle, head, 0, bytes, 0);
      return head.subarray(0, read).toString('latin1');
    } finally {
      closeSync(handle);
    }
  } catch {
    return '';
  }
}

/** Same file, however it is spelt: relative or absolute, through a link, in another case on Windows. */
export function samePath(a: string, b: string): boolean {
  const resolve = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return path.resolve(file);
    }
  };
  const left = resolve(a);
  const right = resolve(b);
  return process.platform === 'win32' || process.platform === 'darwin' ? left.toLowerCase() === right.toLowerCase() : left === right;
}

/**
 * The file a path stands for once symlinks are followed (even a link to a file not yet made), so
 * that a lock and a save through a link act on its target and the link stays a link. Shown
 * relative to the current folder when it is below it.
 */
export function linkTarget(file: string): string {
  let current = file;
  for (let hops = 0; hops < 40; hops++) {
    let info: Stats;
    try {
      info = lstatSync(current);
    } catch {
      break; // not there (yet): this is the file
    }
    if (!info.isSymbolicLink()) break;
    current = path.resolve(path.dirname(current), readlinkSync(current));
  }
  if (current === file) return file;
  const relative = path.relative(process.cwd(), current);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : current;
}
