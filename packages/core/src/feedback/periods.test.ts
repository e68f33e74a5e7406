import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, defaultGranularity, nextPeriod, periodOf, periodsInRange, presetRange, previousRange, rangeLength, todayIn } from './periods.js';

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('periods', () => {
  it('starts weeks on Mondays and months on the 1st, across year ends and leap days', () => {
    expect(periodOf('2026-11-26', 'week')).toBe('2026-11-23');
    expect(periodOf('2026-11-23', 'week')).toBe('2026-11-23');
    expect(periodOf('2026-11-22', 'week')).toBe('2026-11-16');
    expect(periodOf('2027-01-01', 'week')).toBe('2026-12-28');
    expect(periodOf('2024-02-29', 'month')).toBe('2024-02-01');
    expect(nextPeriod('2024-01-01', 'month')).toBe('2024-02-01');
    expect(nextPeriod('2026-12-01', 'month')).toBe('2027-01-01');
    expect(nextPeriod('2026-12-28', 'week')).toBe('2027-01-04');
    expect(periodsInRange({ from: '2026-10-30', to: '2026-11-03' }, 'day')).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03']);
    expect(periodsInRange({ from: '2026-10-30', to: '2026-12-01' }, 'month')).toEqual(['2026-10-01', '2026-11-01', '2026-12-01']);
  });

  it('compares with the range of equal length just before', () => {
    expect(previousRange({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(previousRange({ from: '2026-03-01', to: '2026-03-01' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
    expect(previousRange({ from: '2024-03-01', to: '2024-03-07' })).toEqual({ from: '2024-02-23', to: '2024-02-29' });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (from, extra) => {
        const r = { from, to: addDays(from, extra) };
        const p = previousRange(r);
        expect(rangeLength(p)).toBe(rangeLength(r));
        expect(addDays(p.to, 1)).toBe(r.from);
      }),
    );
  });

  it('covers every day of a range with its periods, each day in exactly the period periodOf names', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 120 }), fc.constantFrom('day', 'week', 'month' as const), (from, extra, by) => {
        const r = { from, to: addDays(from, extra) };
        const periods = periodsInRange(r, by);
        expect([...periods].sort()).toEqual(periods);
        for (let d = r.from; d <= r.to; d = addDays(d, 1)) expect(periods).toContain(periodOf(d, by));
        expect(periods[0]! <= r.from && periods.at(-1)! <= r.to).toBe(true);
      }),
    );
  });

  it('reads presets against today in the workspace’s time zone', () => {
    // 23:30 on 31/10 in Hanoi is still the 31st in UTC's 16:30; 00:30 on 1/11 in Hanoi is 31/10 17:30 UTC.
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2026-10-31T16:30:00Z'))).toBe('2026-10-31');
    expect(todayIn('Asia/Ho_Chi_Minh', new Date('2026-10-31T17:30:00Z'))).toBe('2026-11-01');
    expect(presetRange('7d', '2026-11-01')).toEqual({ from: '2026-10-26', to: '2026-11-01' });
    expect(presetRange('30d', '2026-11-01')).toEqual({ from: '2026-10-03', to: '2026-11-01' });
    expect(presetRange('90d', '2026-11-01')).toEqual({ from: '2026-08-04', to: '2026-11-01' });
    expect(presetRange('thisMonth', '2026-11-01')).toEqual({ from: '2026-11-01', to: '2026-11-01' });
    expect(presetRange('lastMonth', '2026-11-01')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('lastMonth', '2024-03-31')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(defaultGranularity(presetRange('30d', '2026-11-01'))).toBe('day');
    expect(defaultGranularity(presetRange('90d', '2026-11-01'))).toBe('week');
    expect(defaultGranularity({ from: '2026-01-01', to: '2026-12-31' })).toBe('month');
  });
});
