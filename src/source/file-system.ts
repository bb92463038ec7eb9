import { readFile as readFileThen, readdir as readdirThen, stat as statThen } from 'node:fs';
import { promisify } from 'node:util';

/*
 * The asynchronous file calls of every run (reading the files it was given, looking at what they
 * are), as promises over node:fs's callback functions. node:fs comes up with Node itself, where
 * node:fs/promises brings readline, file watchers and folder streams along (its FileHandle's
 * readLines, watch, opendir): ~1 ms of every start. Where a FileHandle is needed (writing a file
 * safely), node:fs/promises is imported when the write happens (write-file-atomic.ts).
 */

export const readFile = promisify(readFileThen);
export const stat = promisify(statThen);
export const readdir = promisify(readdirThen);
