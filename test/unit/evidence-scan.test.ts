import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApplicationRequirements } from '../../src/certification/load-application.js';
import { scanEvidence } from '../../src/questionnaire/evidence-scan.js';

describe('proposing document statuses from an evidence folder', () => {
  it('matches Chinese and English file names, any case and extension, in subfolders, and macOS decomposed names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gbt27922-evidence-'));
    mkdirSync(path.join(dir, '资质'));
    writeFileSync(path.join(dir, '营业执照2026.pdf'), '');
    writeFileSync(path.join(dir, 'Org-Chart_v3.PNG'), '');
    writeFileSync(path.join(dir, '资质', '生产许可证.jpg'), '');
    writeFileSync(path.join(dir, '公司简介'.normalize('NFD') + '.docx'), '');
    writeFileSync(path.join(dir, 'notes.txt'), '');
    const { documents } = await loadApplicationRequirements();
    const found = await scanEvidence(dir, documents);
    const names = (id: string) => (found.get(id) ?? []).map((file) => path.basename(file).normalize('NFC'));
    expect(names('business-license')).toEqual(['营业执照2026.pdf']);
    expect(names('org-chart')).toEqual(['Org-Chart_v3.PNG']);
    expect(names('licences')).toEqual(['生产许可证.jpg']);
    expect(names('company-profile')).toEqual(['公司简介.docx']);
    expect(found.has('certificates')).toBe(false);
    expect([...found.values()].flat().some((file) => file.endsWith('notes.txt'))).toBe(false);
  });
});
