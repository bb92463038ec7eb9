import { execFileSync } from 'node:child_process';
import { closeSync, lstatSync, mkdtempSync, openSync, readFileSync, readlinkSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/run-cli.js';
import { hasTmux, TmuxSession } from '../helpers/tmux.js';

/**
 * A file from a pull request is hostile input: these are the attacks of issue 10, each a
 * reproduction that failed before its fix.
 */
const temp = () => mkdtempSync(path.join(tmpdir(), 'gbt27922-hostile-'));
const example = path.join(repoRoot, 'examples', 'seller-compliant.yaml');

describe('fonts get the checks assessment files get', () => {
  it('refuses a device, a FIFO and a huge file as --font, at once and with a code', () => {
    const dir = temp();
    const fifo = path.join(dir, 'font.ttf');
    execFileSync('mkfifo', [fifo]);
    const huge = path.join(dir, 'huge.ttf');
    const handle = openSync(huge, 'w');
    ftruncateSync(handle, 200 * 1024 * 1024); // sparse: takes no disk
    closeSync(handle);
    for (const [font, code] of [
      ['/dev/zero', 'FONT_NOT_A_FILE'],
      [fifo, 'FONT_NOT_A_FILE'],
      [dir, 'FONT_NOT_A_FILE'],
      [huge, 'FONT_TOO_LARGE'],
    ] as const) {
      const started = Date.now();
      const run = runCli(['report', example, '-o', path.join(dir, 'out.pdf'), '--font', font]);
      expect(run.stderr, font).toContain(code);
      expect(run.status, font).toBe(2);
      expect(Date.now() - started, font).toBeLessThan(15_000);
    }
  });
});

describe('--force writes only over regular files, and follows symlinks', () => {
  it('never replaces a device or a FIFO, and does not suggest --force for them', () => {
    const dir = temp();
    const fifo = path.join(dir, 'report.pdf');
    execFileSync('mkfifo', [fifo]);
    for (const target of ['/dev/null', fifo]) {
      const run = runCli(['report', example, '-o', target, '--force', '--lang', 'en']);
      expect(run.status, target).toBe(2);
      expect(run.stderr, target).toContain('OUTPUT_NOT_REGULAR');
      expect(run.stderr, target).not.toContain('--force');
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    const init = runCli(['init', '--type', 'seller', '-o', fifo, '--force']);
    expect(init.stderr).toContain('OUTPUT_NOT_REGULAR');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes through a symlink to its target, and the link stays a link', () => {
    const dir = temp();
    const real = path.join(dir, 'real.pdf');
    const link = path.join(dir, 'link.pdf');
    writeFileSync(real, '%PDF-1.4 old report');
    symlinkSync(real, link);
    expect(runCli(['report', example, '-o', link]).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real).length).toBeGreaterThan(1000);

    // A link to someone's spreadsheet: refused without --force, its target written with it.
    const sheet = path.join(dir, 'sheet.xlsx');
    const sheetLink = path.join(dir, 'sheet-link.pdf');
    writeFileSync(sheet, 'PK spreadsheet');
    symlinkSync(sheet, sheetLink);
    expect(runCli(['report', example, '-o', sheetLink]).stderr).toContain('OUTPUT_EXISTS');
    expect(readFileSync(sheet, 'utf8')).toBe('PK spreadsheet');
    expect(runCli(['report', example, '-o', sheetLink, '--force']).status).toBe(0);
    expect(lstatSync(sheetLink).isSymbolicLink()).toBe(true);
    expect(readFileSync(sheet, 'latin1').startsWith('%PDF-')).toBe(true);

    // A link to nothing is refused, not replaced.
    const dangling = path.join(dir, 'dangling.pdf');
    symlinkSync(path.join(dir, 'missing', 'x.pdf'), dangling);
    expect(runCli(['report', example, '-o', dangling, '--force']).stderr).toContain('OUTPUT_NOT_REGULAR');
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
  });
});

describe.skipIf(!hasTmux && !process.env.CI)('the questionnaire through a symlink', () => {
  const sessions: TmuxSession[] = [];
  afterEach(() => sessions.splice(0).forEach((session) => session.stop()));
  const bin = path.join(repoRoot, 'bin', 'gbt27922.cjs');

  it('locks and saves the target: a second questionnaire on the target is refused, and the link stays a link', async () => {
    const dir = temp();
    const target = path.join(dir, 'target.yaml');
    const link = path.join(dir, 'link.yaml');
    symlinkSync(target, link); // a link to a file not made yet: the first save makes the target
    const first = TmuxSession.start(`node ${bin} assess --lang en --type seller -o ${link}`);
    sessions.push(first);
    await first.waitFor('? Company name');
    first.type('Link Co');
    first.keys('Enter');
    await first.waitFor('? Number of employees');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('Link Co');

    const second = TmuxSession.start(`node ${bin} assess --lang en -o ${target}`);
    sessions.push(second);
    const refused = await second.waitFor('EXIT=');
    expect(refused).toContain('FILE_LOCKED');
    expect(refused).toContain('EXIT=2');

    first.keys('C-c');
    await first.waitFor('EXIT=130');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
  }, 60_000);
});
