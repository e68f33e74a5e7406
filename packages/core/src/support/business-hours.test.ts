import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, businessTimeline, isHoliday, openIntervals, zonedDay, zonedInstant } from './business-hours.js';
import { DEFAULT_BUSINESS_HOURS, type BusinessHours } from './sla-contracts.js';

const MINUTE = 60_000;
const ZONES = ['Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata', 'Australia/Lord_Howe'] as const;
const hhmm = (m: number) => (m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** A day's opening hours: up to three intervals on a 15-minute grid, possibly overlapping, sometimes around the DST hours (01:00–04:00). */
const interval = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 40 }))
  .map(([a, len]) => ({ open: hhmm(a * 15), close: hhmm(Math.min(96, a + len) * 15) }));
const day = fc.array(interval, { maxLength: 3 });
/** A week with at least one open day, so the clock always has somewhere to go. */
const week = fc.tuple(day, day, day, day, day, day, day, interval).map(([a, b, c, d, e, f, g, always]) => {
  const w = [a, b, c, d, e, f, g];
  if (w.every((x) => x.length === 0)) w[3] = [always];
  return w;
});
const calendarDay = fc.integer({ min: Date.UTC(2024, 0, 1) / 86_400_000, max: Date.UTC(2027, 11, 31) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const hoursArb: fc.Arbitrary<BusinessHours> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  week,
  vnHolidays: fc.boolean(),
  extraHolidays: fc.array(calendarDay, { maxLength: 6 }),
  workingDays: fc.array(calendarDay, { maxLength: 3 }),
});
/** Instants from 2024 to 2027 (Tết 2025, 2026 and 2027 and every DST change inside), to the second. */
const instant = fc.integer({ min: Date.UTC(2024, 0, 1) / 1000, max: Date.UTC(2027, 11, 1) / 1000 }).map((s) => new Date(s * 1000));
const minutes = fc.integer({ min: 0, max: 60 * 24 * 20 });
/** Business minutes in a week of the calendar. */
const weekly = (h: BusinessHours) => h.week.flat().reduce((s, i) => s + Number(i.close.slice(0, 2)) * 60 + Number(i.close.slice(3)) - Number(i.open.slice(0, 2)) * 60 - Number(i.open.slice(3)), 0);
/** At most about half a year of the calendar's open time, so sparse calendars stay within the clock's three-year horizon. */
const fit = (h: BusinessHours, m: number) => Math.min(m, weekly(h) * 26);
const runs = { numRuns: 150 };

/** Whether an instant lies in (or at the closing edge of) an open interval of its day. */
function isOpenAt(at: Date, hours: BusinessHours): boolean {
  const d = zonedDay(at, hours.timeZone);
  const prev = zonedDay(new Date(at.getTime() - 86_400_000), hours.timeZone);
  return [d, prev].some((x) => openIntervals(x, hours).some(([o, c]) => at >= o && at <= c));
}

describe('the business-hours clock (properties)', () => {
  it('counts back what it added: between(t, add(t, m)) = m', () => {
    fc.assert(
      fc.property(hoursArb, instant, minutes, (hours, t, mm) => {
        const m = fit(hours, mm);
        const end = addBusinessMinutes(t, m, hours)!;
        expect(end).not.toBeNull();
        expect(businessMinutesBetween(t, end, hours)).toBeCloseTo(m, 6);
      }),
      runs,
    );
  });

  it('is monotonic: more minutes never end earlier', () => {
    fc.assert(
      fc.property(hoursArb, instant, minutes, minutes, (hours, t, x, y) => {
        const [a, b] = [fit(hours, x), fit(hours, y)];
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addBusinessMinutes(t, lo, hours)!.getTime()).toBeLessThanOrEqual(addBusinessMinutes(t, hi, hours)!.getTime());
      }),
      runs,
    );
  });

  it('adds up: add(add(t, a), b) = add(t, a + b) for b ≥ 1', () => {
    fc.assert(
      fc.property(hoursArb, instant, minutes, fc.integer({ min: 1, max: 60 * 24 * 10 }), (hours, t, x, y) => {
        const [a, b] = [fit(hours, x) / 2, Math.max(1, fit(hours, y) / 2)].map(Math.floor) as [number, number];
        expect(addBusinessMinutes(addBusinessMinutes(t, a, hours)!, b, hours)!.getTime()).toBe(addBusinessMinutes(t, a + b, hours)!.getTime());
      }),
      runs,
    );
  });

  it('splits: between(a, b) + between(b, c) = between(a, c), and never more than the wall-clock time', () => {
    fc.assert(
      fc.property(hoursArb, instant, instant, instant, (hours, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const ac = businessMinutesBetween(a, c, hours);
        expect(businessMinutesBetween(a, b, hours) + businessMinutesBetween(b, c, hours)).toBeCloseTo(ac, 6);
        expect(ac).toBeLessThanOrEqual((c.getTime() - a.getTime()) / MINUTE + 1e-9);
        expect(businessMinutesBetween(c, a, hours)).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('counts on a timeline exactly what it counts case by case, inside the timeline\'s span and out of it', () => {
    fc.assert(
      fc.property(hoursArb, fc.array(instant, { minLength: 6, maxLength: 6 }), (hours, xs) => {
        const [s, e, ...rest] = xs as [Date, Date, Date, Date, Date, Date];
        const [spanFrom, spanTo] = s <= e ? [s, e] : [e, s];
        const timeline = businessTimeline(spanFrom, spanTo, hours);
        // Pairs inside the span (between its ends), and pairs reaching outside it.
        const inside = (d: Date) => new Date(spanFrom.getTime() + (d.getTime() % (spanTo.getTime() - spanFrom.getTime() + 1)));
        const pairs: [Date, Date][] = [[spanFrom, spanTo], [inside(rest[0]), inside(rest[1])], [inside(rest[1]), inside(rest[0])], [rest[2], rest[3]], [rest[0], spanTo], [spanFrom, rest[3]]];
        for (const [a, b] of pairs) expect(timeline.minutesBetween(a, b)).toBe(businessMinutesBetween(a, b, hours));
      }),
      { numRuns: 60 },
    );
  });

  it('ends only in open time, never on a holiday', () => {
    fc.assert(
      fc.property(hoursArb, instant, fc.integer({ min: 1, max: 60 * 24 * 20 }), (hours, t, mm) => {
        const m = Math.max(1, fit(hours, mm));
        const end = addBusinessMinutes(t, m, hours)!;
        expect(isOpenAt(end, hours)).toBe(true);
        const lastMinute = new Date(end.getTime() - MINUTE / 2);
        expect(isHoliday(zonedDay(lastMinute, hours.timeZone), hours)).toBe(false);
      }),
      runs,
    );
  });

  it('counts nothing on a closed day, and a whole day’s opening hours on an open one', () => {
    fc.assert(
      fc.property(hoursArb, calendarDay, (hours, d) => {
        const start = zonedInstant(d, 0, hours.timeZone);
        const end = zonedInstant(new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10), 0, hours.timeZone);
        const counted = businessMinutesBetween(start, end, hours);
        if (isHoliday(d, hours)) expect(counted).toBe(0);
        const open = openIntervals(d, hours).reduce((s, [o, c]) => s + (c.getTime() - o.getTime()) / MINUTE, 0);
        expect(counted).toBeCloseTo(open, 6);
        // Intervals never overlap and stay in order.
        const iv = openIntervals(d, hours);
        for (let i = 1; i < iv.length; i++) expect(iv[i]![0].getTime()).toBeGreaterThan(iv[i - 1]![1].getTime() - 1);
      }),
      runs,
    );
  });

  it('maps wall-clock times to instants on the same day in every zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), calendarDay, fc.integer({ min: 0, max: 1439 }), (tz, d, m) => {
        const at = zonedInstant(d, m, tz);
        expect(zonedDay(at, tz)).toBe(d);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the business-hours clock (examples)', () => {
  const vn = DEFAULT_BUSINESS_HOURS;
  const at = (iso: string) => new Date(iso);

  it('skips Tết: a Friday-afternoon case before Tết 2026 is due after the holiday', () => {
    // Thu 2026-02-12 16:30 (+07) + 4 business hours: 1 h on Thursday, Fri 13/2 is open, so 08:00–11:00 on Friday.
    expect(addBusinessMinutes(at('2026-02-12T16:30:00+07:00'), 240, vn)!.toISOString()).toBe(at('2026-02-13T11:00:00+07:00').toISOString());
    // Sat 14/2 08:00–12:00, then Mon 16/2 (eve of Tết) to Fri 20/2 closed, Sat 21/2 08:00–12:00, Mon 23/2.
    const fromSat = at('2026-02-14T10:00:00+07:00');
    expect(addBusinessMinutes(fromSat, 180, vn)!.toISOString()).toBe(at('2026-02-21T09:00:00+07:00').toISOString());
    expect(businessMinutesBetween(fromSat, at('2026-02-23T09:00:00+07:00'), vn)).toBe(120 + 240 + 60);
  });

  it('skips Hùng Kings’ day and 30/4–1/5', () => {
    // Sun 26/4/2026 is Hùng Kings’ day (a Sunday: closed anyway); Thu 30/4 and Fri 1/5 are holidays.
    expect(addBusinessMinutes(at('2026-04-29T17:00:00+07:00'), 60, vn)!.toISOString()).toBe(at('2026-05-02T08:30:00+07:00').toISOString());
    // 2025-04-07 (Monday) is Hùng Kings' day.
    expect(businessMinutesBetween(at('2025-04-07T00:00:00+07:00'), at('2025-04-08T00:00:00+07:00'), vn)).toBe(0);
  });

  it('counts Berlin hours across the spring DST change', () => {
    const berlin: BusinessHours = { ...vn, timeZone: 'Europe/Berlin', vnHolidays: false, week: Array.from({ length: 7 }, () => [{ open: '00:00', close: '24:00' }]) };
    // 2026-03-29 has 23 hours in Berlin.
    expect(businessMinutesBetween(zonedInstant('2026-03-29', 0, 'Europe/Berlin'), zonedInstant('2026-03-30', 0, 'Europe/Berlin'), berlin)).toBe(23 * 60);
    expect(businessMinutesBetween(zonedInstant('2026-10-25', 0, 'Europe/Berlin'), zonedInstant('2026-10-26', 0, 'Europe/Berlin'), berlin)).toBe(25 * 60);
  });

  it('starts zero minutes from a closed moment at the next opening, and refuses a calendar that never opens', () => {
    expect(addBusinessMinutes(at('2026-03-01T10:00:00+07:00'), 0, vn)!.toISOString()).toBe(at('2026-03-02T08:00:00+07:00').toISOString());
    expect(addBusinessMinutes(at('2026-03-01T10:00:00+07:00'), 10, { ...vn, week: [[], [], [], [], [], [], []] })).toBeNull();
  });

  it('counts overlapping intervals once', () => {
    const overlapping: BusinessHours = { ...vn, vnHolidays: false, week: Array.from({ length: 7 }, () => [{ open: '08:00', close: '12:00' }, { open: '10:00', close: '14:00' }]) };
    expect(businessMinutesBetween(at('2026-03-02T00:00:00+07:00'), at('2026-03-03T00:00:00+07:00'), overlapping)).toBe(6 * 60);
    expect(addBusinessMinutes(at('2026-03-02T08:00:00+07:00'), 300, overlapping)!.toISOString()).toBe(at('2026-03-02T13:00:00+07:00').toISOString());
  });
});
