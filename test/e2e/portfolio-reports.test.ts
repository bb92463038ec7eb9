import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blackPng } from '../helpers/make-png.js';
import { hasPoppler, inkIn, pdfText, rasterise } from '../helpers/pdf-tools.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

function clients(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gbt-clients-'));
  mkdirSync(path.join(dir, 'clients', 'east'), { recursive: true });
  for (let index = 1; index <= count; index++) {
    copyFileSync(path.join(repoRoot, 'examples', index % 2 ? 'producer-4star.yaml' : 'seller-compliant.yaml'), path.join(dir, 'clients', index % 3 ? '' : 'east', `client-${index}.yaml`));
  }
  return dir;
}

describe('report for a folder of clients', () => {
  it('when one client file is broken, then the others get their PDF, in the -o folder with subfolders kept, and the broken one is named with its error', () => {
    const dir = clients(5);
    writeFileSync(path.join(dir, 'clients', 'broken.yaml'), 'format: gbt27922-assessment/1\ncatalogue: producer\ncompany: { name: 坏文件 }\nanswers: { culture.philosophy: maybe }\n');
    const run = runCli(['report', 'clients', '-o', 'reports'], { cwd: dir });
    expect(run.status).toBe(2);
    for (const name of ['client-1.pdf', 'client-2.pdf', 'east/client-3.pdf', 'client-4.pdf', 'client-5.pdf']) expect(existsSync(path.join(dir, 'reports', name)), name).toBe(true);
    expect(existsSync(path.join(dir, 'reports', 'broken.pdf'))).toBe(false);
    expect(run.stderr).toContain('✗ clients/broken.yaml：未能生成报告');
    expect(run.stderr).toContain('错误[INVALID_ANSWER] clients/broken.yaml:4:32');
    expect(run.stderr).toContain('6 个文件，已生成 5 份报告；1 个失败：clients/broken.yaml');
    // Without a terminal, a line per report instead of a progress bar.
    expect(run.stdout).toContain(`clients/client-1.yaml → ${path.join('reports', 'client-1.pdf')}`);
    expect(run.stderr).not.toContain('█');
  }, 120_000);

  it.skipIf(!hasPoppler)(
    'when --prepared-by and --logo are given, then the cover and every footer carry them',
    () => {
      const dir = clients(1);
      writeFileSync(path.join(dir, 'logo.png'), blackPng(90, 30));
      const run = runCli(['report', 'clients/client-1.yaml', '-o', 'r.pdf', '--prepared-by', '某某管理咨询有限公司', '--logo', 'logo.png'], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const text = pdfText(path.join(dir, 'r.pdf'));
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      expect(pages[0]).toMatch(/编制\s+某某管理咨询有限公司/);
      for (const page of pages) expect(page).toContain('编制：某某管理咨询有限公司');
      // The logo: black ink in the cover's top-right card and in the footer's left corner; none without it.
      const cover = rasterise(path.join(dir, 'r.pdf'), 1);
      expect(inkIn(cover, { x: 420, y: 50, width: 110, height: 50 })).toBeGreaterThan(0.3);
      const second = rasterise(path.join(dir, 'r.pdf'), 2);
      expect(inkIn(second, { x: 50, y: 806, width: 40, height: 12 })).toBeGreaterThan(0.5);
      expect(runCli(['report', 'clients/client-1.yaml', '-o', 'plain.pdf'], { cwd: dir }).status).toBe(0);
      expect(inkIn(rasterise(path.join(dir, 'plain.pdf'), 2), { x: 50, y: 806, width: 40, height: 12 })).toBeLessThan(0.05);
    },
    60_000,
  );

  it.skipIf(!hasPoppler)(
    'when gbt27922-settings.yaml is in the folder, then its name and logo are used; a flag wins over it',
    () => {
      const dir = clients(1);
      writeFileSync(path.join(dir, 'brand.png'), blackPng(60, 20));
      writeFileSync(path.join(dir, 'gbt27922-settings.yaml'), 'preparedBy: 设置文件咨询\nlogo: ./brand.png\n');
      expect(runCli(['report', 'clients/client-1.yaml', '-o', 'a.pdf'], { cwd: dir }).status).toBe(0);
      expect(pdfText(path.join(dir, 'a.pdf'))).toContain('编制：设置文件咨询');
      expect(runCli(['report', 'clients/client-1.yaml', '-o', 'b.pdf', '--prepared-by', 'Flag Co.'], { cwd: dir }).status).toBe(0);
      expect(pdfText(path.join(dir, 'b.pdf'))).toContain('编制：Flag Co.');
    },
    60_000,
  );

  it('when the logo is not a PNG or JPEG, missing, or the settings file has an unknown key, then it refuses with a code and writes nothing', () => {
    const dir = clients(1);
    writeFileSync(path.join(dir, 'logo.png'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const notPng = runCli(['report', 'clients/client-1.yaml', '-o', 'a.pdf', '--logo', 'logo.png'], { cwd: dir });
    expect(notPng.status).toBe(2);
    expect(notPng.stderr).toContain('错误[LOGO_UNSUPPORTED] logo.png');
    expect(runCli(['report', 'clients/client-1.yaml', '-o', 'a.pdf', '--logo', 'missing.png'], { cwd: dir }).stderr).toContain('FILE_NOT_FOUND');
    writeFileSync(path.join(dir, 'settings.yaml'), 'preparedBy: 某咨询\nlogoo: x.png\n');
    const bad = runCli(['report', 'clients/client-1.yaml', '-o', 'a.pdf', '--settings', 'settings.yaml'], { cwd: dir });
    expect(bad.stderr).toContain('错误[SETTINGS_INVALID] settings.yaml:2:1');
    expect(existsSync(path.join(dir, 'a.pdf'))).toBe(false);
  }, 60_000);
});
