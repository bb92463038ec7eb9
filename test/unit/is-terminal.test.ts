import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTerminal } from '../../src/cli/output.js';

describe('isTerminal', () => {
  it('when a descriptor is a file, /dev/null or closed then it is no terminal', () => {
    const file = openSync(path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-tty-')), 'out.txt'), 'w');
    const nothing = openSync(process.platform === 'win32' ? '\\\\.\\NUL' : '/dev/null', 'w');
    try {
      expect(isTerminal(file)).toBe(false);
      expect(isTerminal(nothing)).toBe(false);
    } finally {
      closeSync(file);
      closeSync(nothing);
    }
    expect(isTerminal(file)).toBe(false);
  });
});
