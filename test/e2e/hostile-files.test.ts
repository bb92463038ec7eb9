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

describe('control characters from files and paths reach no terminal and no Markdown page raw', () => {
  const ESC = '\u001b';
  const payload = `${ESC}]0;PWNED\u0007${ESC}[2J`;
  /** Raw controls other than the newline; with colour on, our own SGR colour codes are allowed. */
  const rawControls = (text: string, colour = false) => (colour ? text.replace(/\u001b\[[0-9;]*m/g, '') : text).match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g) ?? [];

  function hostileFolder() {
    const dir = temp();
    const catalogue = readFileSync(path.join(repoRoot, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml'), 'utf8')
      .replace('{ zh: 服务理念, en: Philosophy }', `{ zh: "服务理念\\e]0;PWNED\\a", en: "Philosophy\\e[2J" }`)
      .replace('{ zh: 有书面的服务理念。, en: A written service philosophy. }', `{ zh: "有书面的服务理念。\\x9b31m", en: "written\\x7f\\x1b[5m" }`);
    writeFileSync(path.join(dir, 'catalogue.yaml'), catalogue);
    const assessment = [
      'format: gbt27922-assessment/1',
      'catalogue: ./catalogue.yaml',
      'company: { name: "Evil\\e]0;PWNED\\a\\e[2J Co" }',
      'answers:',
      '  culture.philosophy: unmet',
      '  culture.commitment: 9/10',
      '  delivery.installation: { na: "no\\e[2J" }',
      'specialDeductions: ["\\e]0;PWNED\\a\\e[2J"]',
      'specialBonus: "\\x07bell"',
    ].join('\n');
    writeFileSync(path.join(dir, 'a.yaml'), assessment + '\n');
    writeFileSync(path.join(dir, 'b.yaml'), assessment.replace('culture.philosophy: unmet', 'culture.philosophy: met') + '\n');
    return dir;
  }

  it('score (terminal, Markdown, colour), diff and indicators show them as visible escapes; JSON and JUnit stay clean', () => {
    const dir = hostileFolder();
    const a = path.join(dir, 'a.yaml');
    const b = path.join(dir, 'b.yaml');
    const runs = {
      terminal: runCli(['score', a, '--lang', 'en']),
      colour: runCli(['score', a], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }),
      markdown: runCli(['score', a, '--format', 'markdown']),
      diff: runCli(['diff', a, b]),
      diffMarkdown: runCli(['diff', a, b, '--format', 'markdown', '--lang', 'en']),
      baseline: runCli(['score', a, '--baseline', b]),
      indicators: runCli(['indicators', '--catalogue', path.join(dir, 'catalogue.yaml')]),
      indicatorsMarkdown: runCli(['indicators', '--catalogue', path.join(dir, 'catalogue.yaml'), '--format', 'markdown', '--lang', 'en']),
    };
    for (const [name, run] of Object.entries(runs)) {
      expect(rawControls(run.stdout, name === 'colour'), `${name} stdout`).toEqual([]);
      expect(rawControls(run.stderr), `${name} stderr`).toEqual([]);
    }
    expect(runs.terminal.stdout).toContain('Evil\\x1B]0;PWNED\\x07\\x1B[2J Co');
    expect(runs.colour.stdout).toContain('\u001b['); // our colours survive
    expect(runs.indicators.stdout).toContain('服务理念\\x1B]0;PWNED\\x07');
    expect(runs.indicators.stdout).toContain('\\x9B31m');
    expect(runs.baseline.stderr).toContain('\\x1B');
    const json = runCli(['score', a, '--format', 'json']);
    expect(rawControls(json.stdout)).toEqual([]);
    expect(JSON.parse(json.stdout).company.name).toBe(`Evil${payload} Co`);
    expect(rawControls(runCli(['score', a, '--format', 'junit']).stdout)).toEqual([]);
  });

  it('error excerpts and file names are shown as visible escapes', () => {
    const dir = temp();
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, `format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: X }\nanswers:\n  culture.philosophy: "met${payload}\n`);
    const excerpt = runCli(['score', broken]);
    expect(excerpt.status).toBe(2);
    expect(rawControls(excerpt.stderr)).toEqual([]);
    expect(excerpt.stderr).toContain('\\x1B]0;PWNED');
    const named = path.join(dir, `evil${payload}.yaml`);
    const missing = runCli(['score', named, '--min-level', '3star']);
    expect(missing.stderr).toMatch(/FILE_NOT_FOUND|NO_FILES/);
    expect(rawControls(missing.stderr)).toEqual([]);
    writeFileSync(named, readFileSync(example));
    const below = runCli(['score', named, '--min-level', '5star']);
    expect(below.status).toBe(1);
    expect(rawControls(below.stdout + below.stderr)).toEqual([]);
    expect(rawControls(runCli(['validate', named]).stdout)).toEqual([]);
  });
});

describe("catalogue: reads only inside the assessment's repository or folder", () => {
  it('refuses a catalogue outside, even through a symlink, with a code and without a line of it', () => {
    const root = temp();
    const secret = path.join(root, 'secret', 'config.yml');
    execFileSync('mkdir', ['-p', path.dirname(secret), path.join(root, 'repo', '.git'), path.join(root, 'repo', 'clients')]);
    writeFileSync(secret, 'token: ghp_SECRET_VALUE_1234\npassword: [unclosed\n');
    const repo = path.join(root, 'repo');
    symlinkSync(secret, path.join(repo, 'clients', 'linked.yaml'));
    const references = ['../../secret/config.yml', secret, './linked.yaml'];
    for (const reference of references) {
      const file = path.join(repo, 'clients', 'a.yaml');
      writeFileSync(file, `format: gbt27922-assessment/1\ncatalogue: ${reference}\ncompany: { name: X }\nanswers: {}\n`);
      const run = runCli(['score', file]);
      expect(run.status, reference).toBe(2);
      expect(run.stderr, reference).toContain('CATALOGUE_OUTSIDE');
      expect(run.stderr + run.stdout, reference).not.toContain('ghp_SECRET');
    }
    // Inside the repository a catalogue in another folder is fine; a non-catalogue file there is
    // named but none of its lines are quoted.
    const inside = path.join(repo, 'catalogues', 'body.yaml');
    execFileSync('mkdir', ['-p', path.dirname(inside)]);
    writeFileSync(inside, readFileSync(path.join(repoRoot, 'test', 'fixtures', 'catalogues', 'custom-valid.yaml')));
    writeFileSync(path.join(repo, 'clients', 'b.yaml'), 'format: gbt27922-assessment/1\ncatalogue: ../catalogues/body.yaml\ncompany: { name: X }\nanswers: {}\n');
    expect(runCli(['score', path.join(repo, 'clients', 'b.yaml')]).status).toBe(0);
    writeFileSync(path.join(repo, 'deploy.yml'), 'token: ghp_SECRET_VALUE_1234\npassword: [unclosed\n');
    writeFileSync(path.join(repo, 'clients', 'c.yaml'), 'format: gbt27922-assessment/1\ncatalogue: ../deploy.yml\ncompany: { name: X }\nanswers: {}\n');
    const foreign = runCli(['score', path.join(repo, 'clients', 'c.yaml')]);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).not.toContain('ghp_SECRET');
    // --catalogue on the command line is the user's own choice.
    expect(runCli(['score', path.join(repo, 'clients', 'b.yaml'), '--catalogue', inside]).status).toBe(0);
  });
});

describe('long text in the PDF report', () => {
  it('a 200,000-character company name is cut, said, and the report is drawn in seconds', () => {
    const dir = temp();
    const file = path.join(dir, 'a.yaml');
    writeFileSync(file, `format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: "${'字'.repeat(200_000)}" }\nanswers: {}\nspecialDeductions: ["${'word '.repeat(20_000)}"]\n`);
    const started = Date.now();
    const run = runCli(['report', file, '-o', path.join(dir, 'r.pdf'), '--lang', 'en']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('REPORT_TEXT_SHORTENED');
    expect(run.stderr).toMatch(/\d+ text\(s\) from the file longer than 2000/);
    expect(readFileSync(path.join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
