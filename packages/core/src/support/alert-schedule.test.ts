import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_PREFERENCES, type AlertPreferences } from './alert-contracts.js';
import { emailDueAt, inQuietHours, minuteOfDay, nextFullHour } from './alert-schedule.js';

const HCM = 'Asia/Ho_Chi_Minh';
const prefs: AlertPreferences = DEFAULT_ALERT_PREFERENCES; // quiet 21:00–07:00, daily at 08:00
/** An instant given as Hồ Chí Minh wall time (UTC+7, no DST). */
const vn = (s: string) => new Date(`${s}+07:00`);

describe('emailDueAt', () => {
  it('sends an instant alert at once outside quiet hours', () => {
    const t = vn('2026-03-10T10:15:30');
    expect(emailDueAt('instant', t, prefs, HCM)).toEqual(t);
  });
  it('holds an instant alert raised in quiet hours until they end (after midnight and before it)', () => {
    expect(emailDueAt('instant', vn('2026-03-10T22:40:00'), prefs, HCM)).toEqual(vn('2026-03-11T07:00:00'));
    expect(emailDueAt('instant', vn('2026-03-11T03:05:00'), prefs, HCM)).toEqual(vn('2026-03-11T07:00:00'));
    expect(emailDueAt('instant', vn('2026-03-11T07:00:00'), prefs, HCM)).toEqual(vn('2026-03-11T07:00:00'));
  });
  it('quiet hours inside one day (12:00–13:30) hold until 13:30 the same day', () => {
    const p = { ...prefs, quietHours: { from: '12:00', to: '13:30' } };
    expect(emailDueAt('instant', vn('2026-03-10T12:10:00'), p, HCM)).toEqual(vn('2026-03-10T13:30:00'));
    expect(emailDueAt('instant', vn('2026-03-10T13:30:00'), p, HCM)).toEqual(vn('2026-03-10T13:30:00'));
  });
  it('no quiet hours, or equal ends, hold nothing', () => {
    const t = vn('2026-03-10T23:59:00');
    expect(emailDueAt('instant', t, { ...prefs, quietHours: null }, HCM)).toEqual(t);
    expect(emailDueAt('instant', t, { ...prefs, quietHours: { from: '22:00', to: '22:00' } }, HCM)).toEqual(t);
  });
  it('puts hourly alerts in the digest at the next full hour, past quiet hours', () => {
    expect(emailDueAt('hourly', vn('2026-03-10T10:15:00'), prefs, HCM)).toEqual(vn('2026-03-10T11:00:00'));
    expect(emailDueAt('hourly', vn('2026-03-10T11:00:00'), prefs, HCM)).toEqual(vn('2026-03-10T12:00:00'));
    // 20:30 → 21:00 would be quiet: 07:00 next morning.
    expect(emailDueAt('hourly', vn('2026-03-10T20:30:00'), prefs, HCM)).toEqual(vn('2026-03-11T07:00:00'));
    expect(emailDueAt('hourly', vn('2026-03-10T23:30:00'), { ...prefs, quietHours: null }, HCM)).toEqual(vn('2026-03-11T00:00:00'));
  });
  it('puts daily alerts in the digest at the chosen hour, today or tomorrow', () => {
    expect(emailDueAt('daily', vn('2026-03-10T06:00:00'), prefs, HCM)).toEqual(vn('2026-03-10T08:00:00'));
    expect(emailDueAt('daily', vn('2026-03-10T08:00:01'), prefs, HCM)).toEqual(vn('2026-03-11T08:00:00'));
    expect(emailDueAt('daily', vn('2026-03-10T22:00:00'), { ...prefs, dailyDigestHour: 23 }, HCM)).toEqual(vn('2026-03-10T23:00:00'));
  });
  it('never emails what is off', () => {
    expect(emailDueAt('off', vn('2026-03-10T10:00:00'), prefs, HCM)).toBeNull();
  });
  it('counts hours on the local clock of zones with half hours and DST', () => {
    // India is UTC+5:30: the next full local hour after 10:15 IST is 11:00 IST.
    expect(emailDueAt('hourly', new Date('2026-03-10T04:45:00Z'), { ...prefs, quietHours: null }, 'Asia/Kolkata')).toEqual(new Date('2026-03-10T05:30:00Z'));
    // Berlin on the night clocks go forward (29/03/2026 02:00 → 03:00): 01:30 CET → 03:00 CEST.
    expect(emailDueAt('hourly', new Date('2026-03-29T00:30:00Z'), { ...prefs, quietHours: null }, 'Europe/Berlin')).toEqual(new Date('2026-03-29T01:00:00Z'));
  });

  const zones = fc.constantFrom(HCM, 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC');
  const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const prefsArb = fc.record({
    email: fc.constant(prefs.email),
    quietHours: fc.option(fc.record({ from: clock, to: clock }), { nil: null }),
    dailyDigestHour: fc.integer({ min: 0, max: 23 }),
  });
  const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-01-01T00:00:00Z'), noInvalidDate: true });

  it('property: instant and hourly emails are never due before the alert, never inside quiet hours, and within a day and a bit', () => {
    fc.assert(
      fc.property(instant, prefsArb, zones, fc.constantFrom('instant' as const, 'hourly' as const), (at, p, tz, mode) => {
        const due = emailDueAt(mode, at, p, tz)!;
        expect(due.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(inQuietHours(due, p.quietHours, tz)).toBe(false);
        expect(due.getTime() - at.getTime()).toBeLessThanOrEqual(26 * 3_600_000);
        if (mode === 'hourly') {
          // The next full hour of the local clock, or, when that is quiet, the end of the quiet hours.
          const hour = nextFullHour(at, tz);
          expect(minuteOfDay(hour, tz) % 60).toBe(0);
          expect(hour.getTime() - at.getTime()).toBeLessThanOrEqual(2 * 3_600_000);
          if (!inQuietHours(hour, p.quietHours, tz)) expect(due).toEqual(hour);
          else expect(minuteOfDay(due, tz)).toBe(Number(p.quietHours!.to.slice(0, 2)) * 60 + Number(p.quietHours!.to.slice(3)));
        }
      }),
      { numRuns: 500 },
    );
  });
  it('property: the daily digest is due at its hour, within a day (plus a DST hour)', () => {
    fc.assert(
      fc.property(instant, prefsArb, zones, (at, p, tz) => {
        const due = emailDueAt('daily', at, p, tz)!;
        expect(due.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(due.getTime() - at.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
        // In a DST gap the hour may not exist; otherwise it is exactly the chosen hour.
        const m = minuteOfDay(due, tz);
        if (m === p.dailyDigestHour * 60) expect(m % 60).toBe(0);
        else expect(Math.abs(m - p.dailyDigestHour * 60)).toBeLessThanOrEqual(60);
      }),
      { numRuns: 500 },
    );
  });
});
