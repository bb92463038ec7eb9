import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/model/diagnostic.js';
import { formatDiagnostic } from '../../src/report/format-diagnostic.js';
import { acquireLock, localTime } from '../../src/questionnaire/file-lock.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the questionnaire lock', () => {
  it('when another questionnaire holds the file, then says since when in local time, not UTC', () => {
    process.env.TZ = 'Asia/Shanghai';
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gbt27922-lock-')), 'a.yaml');
    // A live owner: this very process, on this host.
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-12-01T02:30:00.000Z' }));
    let thrown: unknown;
    try {
      acquireLock(file);
    } catch (cause) {
      thrown = cause;
    }
    expect(thrown).toBeInstanceOf(UserError);
    const text = formatDiagnostic((thrown as UserError).diagnostics[0]!, 'zh');
    expect(text).toContain('开始于 2026-12-01 10:30:00');
    expect(text).not.toContain('T02:30');
  });

  it('leaves a time it cannot read as it is', () => {
    expect(localTime('not a date')).toBe('not a date');
  });
});
