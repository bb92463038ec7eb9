import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exists } from '../../src/source/exists.js';
import { isProcessRunning } from '../../src/source/process-running.js';
import { unknownIdParams, withSuggestion } from '../../src/source/suggest.js';

describe('did you mean', () => {
  it('when a known name is close then it is added as the suggestion, the other parameters kept', () => {
    expect(withSuggestion({ level: '4stra' }, '4stra', ['3star', '4star', '5star'])).toEqual({ level: '4stra', suggestion: '4star' });
  });

  it('when nothing known is close then no suggestion key is there at all', () => {
    expect(Object.keys(withSuggestion({ level: 'platinum' }, 'platinum', ['3star', '4star']))).toEqual(['level']);
  });

  it('when an id is unknown then its parameters name it, list the known ones and suggest the close one', () => {
    expect(unknownIdParams('busines-license', ['business-license', 'tax'])).toEqual({ id: 'busines-license', known: 'business-license, tax', suggestion: 'business-license' });
  });
});

describe('small checks of the system', () => {
  it('when a path holds a file or a folder then it exists, and a missing one does not', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-exists-'));
    writeFileSync(path.join(dir, 'a.yaml'), '');
    expect(await exists(path.join(dir, 'a.yaml'))).toBe(true);
    expect(await exists(dir)).toBe(true);
    expect(await exists(path.join(dir, 'b.yaml'))).toBe(false);
  });

  it('when a process has ended then it is not running, and this one is', () => {
    const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    expect(isProcessRunning(Number(child.stdout.trim()))).toBe(false);
    expect(isProcessRunning(process.pid)).toBe(true);
  });
});
