import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addOffset } from '../../src/plan/dates.js';
import { loadTimeline, scheduleTimeline } from '../../src/plan/timeline.js';

describe('calendar arithmetic', () => {
  it('when a month has no such day, then the date is its last day', () => {
    expect(addMonths('2027-05-31', -3)).toBe('2027-02-28');
    expect(addMonths('2028-05-31', -3)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-11-30', 14)).toBe('2028-01-30');
  });

  it('counts weeks and days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addOffset('2027-09-30', { weeks: -6 })).toBe('2027-08-19');
    expect(addOffset('2027-03-01', { months: -1, weeks: 1 })).toBe('2027-02-08');
  });
});

describe('the timeline scheduled back from the audit date', () => {
  it('puts the application before the audit, three months of the system running before the application, and the surveillance and re-certification after', async () => {
    const steps = scheduleTimeline(await loadTimeline(), '2027-09-30', { starReview: false });
    const byId = Object.fromEntries(steps.map((step) => [step.id, step]));
    expect(byId['audit']!.date).toBe('2027-09-30');
    expect(byId['application']!.date < byId['audit']!.date).toBe(true);
    expect(byId['system-running']).toMatchObject({ date: byId['application']!.date, start: addMonths(byId['application']!.date, -3), basis: 'standard' });
    expect(byId['surveillance-1']!.date).toBe('2028-09-30');
    expect(byId['surveillance-2']!.date).toBe('2029-09-30');
    expect(byId['recertification']!.date).toBe('2030-09-30');
    // Every duration that is not a rule of certification is marked as ours; every rule names its source.
    for (const step of steps) expect(step.basis === 'ours' || (step.source ?? '').length > 0).toBe(true);
    expect(
      steps
        .filter((step) => step.basis === 'ours')
        .map((step) => step.id)
        .sort(),
    ).toEqual(['application', 'documents', 'manager-training', 'self-evaluation']);
    // In date order.
    const starts = steps.map((step) => step.start ?? step.date);
    expect(starts).toEqual([...starts].sort());
  });

  it('marks the first surveillance as the star review when a first certification aims above the lowest level', async () => {
    const steps = scheduleTimeline(await loadTimeline(), '2027-09-30', { starReview: true });
    expect(steps.filter((step) => step.starReview).map((step) => step.id)).toEqual(['surveillance-1']);
  });
});
