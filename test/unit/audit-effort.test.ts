import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { estimateAuditEffort, loadAuditEffortTable } from '../../src/report/audit-effort.js';
import { reportText } from '../../src/i18n/report-text.js';
import { repoRoot } from '../helpers/run-cli.js';

const table = await loadAuditEffortTable();
const bands = table.historical.bands;

describe('the historical audit-effort table', () => {
  it('has initial, surveillance and re-certification man-days for every band, one band after another', () => {
    expect(bands).toHaveLength(21);
    expect(bands[0]!.employees[0]).toBe(1);
    bands.forEach((band, index) => {
      if (index > 0) expect(band.employees[0], `band ${index}`).toBe(bands[index - 1]!.employees[1] + 1);
      expect(band.employees[1]).toBeGreaterThanOrEqual(band.employees[0]);
      expect(band.initial.documents + band.initial.onSite, `${band.employees}`).toBe(band.initial.total);
      for (const audit of [band.surveillance, band.recertification]) {
        if (audit.total !== null && audit.onSite !== null) expect(audit.onSite).toBeLessThan(audit.total);
        if (audit.total !== null) expect(audit.total).toBeLessThan(band.initial.total);
      }
    });
  });

  it('holds the figures read from the source, e.g. the first and the last complete rows', () => {
    expect(bands[0]).toEqual({ employees: [1, 10], initial: { total: 3, documents: 1, onSite: 2 }, surveillance: { total: 1.5, onSite: 1 }, recertification: { total: 2, onSite: 1.5 } });
    expect(bands[19]).toEqual({ employees: [6801, 8500], initial: { total: 24, documents: 3, onSite: 21 }, surveillance: { total: 8, onSite: 7 }, recertification: { total: 15, onSite: 14 } });
  });

  it('says in the data which figures no source gives, instead of guessing them', () => {
    const missing = bands.filter((band) => [band.surveillance, band.recertification].some((audit) => audit.total === null || audit.onSite === null));
    expect(missing.map((band) => band.employees)).toEqual([[8501, 10700]]);
    expect(table.historical.notFound.zh).toContain('8501–10700');
    expect(table.historical.notFound.en).toContain('8501–10700');
    // Every other band's surveillance comes from the table, not from a third of the initial audit:
    // in these bands a third, rounded to half days, would be 0.5 man-day short.
    const short = bands.filter((band) => band.surveillance.total !== null && Math.round((band.initial.total / 3) * 2) / 2 < band.surveillance.total);
    expect(short.length).toBeGreaterThanOrEqual(8);
  });

  it('labels every fee historical or example: 3000 CNY per man-day then, 5000 at one body now', () => {
    expect(table.historical.fees).toEqual({ application: 1000, approvalAndRegistration: 2000, annualPerYear: 2000, perManDay: 3000 });
    expect(table.example.fees).toEqual({ application: 1000, approvalAndRegistration: 2000, annualPerYear: 2000, perManDay: 5000 });
    expect(table.historical.source.en).toMatch(/historical/);
    expect(table.example.source.en).toMatch(/example/);
    expect(table.outlets.minimumPerOutlet).toBe(0.5);
  });
});

describe('estimateAuditEffort', () => {
  it('when a company has 320 employees then it gives the 276–425 band of all three audits and their fees', () => {
    const effort = estimateAuditEffort(table, 320)!;
    expect(effort.band).toEqual([276, 425]);
    expect(effort.initial).toEqual({ total: 11.5, documents: 1.5, onSite: 10 });
    expect(effort.surveillance).toEqual({ total: 4.5, onSite: 3.5 });
    expect(effort.recertification).toEqual({ total: 7.5, onSite: 6.5 });
    expect([effort.historical.initial, effort.historical.surveillance, effort.historical.recertification]).toEqual([11.5 * 3000, 4.5 * 3000, 7.5 * 3000]);
    expect([effort.example.initial, effort.example.surveillance, effort.example.recertification]).toEqual([11.5 * 5000, 4.5 * 5000, 7.5 * 5000]);
    expect(effort.notFound).toBeNull();
    expect(effort.outlets).toBeNull();
  });

  it('when outlets are given then each adds at least half a man-day to an audit that visits it', () => {
    const effort = estimateAuditEffort(table, 320, 4)!;
    expect(effort.outlets).toEqual({ count: 4, minimumDays: 2 });
    expect(effort.historical.outlets).toBe(6000);
    expect(effort.example.outlets).toBe(10000);
    expect(estimateAuditEffort(table, 320, 0)!.outlets).toEqual({ count: 0, minimumDays: 0 });
  });

  it('when a figure is missing from every source then it stays null and the reason comes along', () => {
    const effort = estimateAuditEffort(table, 9000)!;
    expect(effort.surveillance).toEqual({ total: 8.5, onSite: null });
    expect(effort.recertification).toEqual({ total: null, onSite: null });
    expect(effort.historical.recertification).toBeNull();
    expect(effort.notFound).toEqual(table.historical.notFound);
  });

  it('band edges are inclusive; no employees or beyond the table gives no estimate', () => {
    expect(estimateAuditEffort(table, 10)!.band).toEqual([1, 10]);
    expect(estimateAuditEffort(table, 11)!.band).toEqual([11, 25]);
    expect(estimateAuditEffort(table, 10700)!.band).toEqual([8501, 10700]);
    expect(estimateAuditEffort(table, 10701)).toBeNull();
    expect(estimateAuditEffort(table, null)).toBeNull();
  });
});

describe('no report calls a figure unreadable', () => {
  it('neither the data nor the words of any report', () => {
    const files = ['indicators/audit-effort.yaml', 'src/i18n/report-text.ts', 'src/i18n/messages-zh.ts', 'src/i18n/messages-en.ts', 'README.md'];
    for (const file of files) {
      const text = readFileSync(path.join(repoRoot, file), 'utf8');
      expect(text, file).not.toMatch(/unreadable in the source|figure is unreadable|无法辨认/);
    }
    for (const lang of ['zh', 'en'] as const) expect(JSON.stringify(reportText(lang))).not.toMatch(/unreadable|无法辨认/);
    // The shipped YAML parses to the same table the tool loads (nothing hidden in a build step).
    expect(parse(readFileSync(path.join(repoRoot, 'indicators/audit-effort.yaml'), 'utf8')).historical.fees.perManDay).toBe(3000);
  });
});
