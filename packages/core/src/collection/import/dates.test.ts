import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessTimestampFormat, parseWallTime, wallTimeToDate, type TimestampFormat } from './dates.js';

const HCM = 'Asia/Ho_Chi_Minh';
const at = (s: string, f: TimestampFormat, tz = HCM) => {
  const w = parseWallTime(s, f);
  return w ? wallTimeToDate(w, tz).toISOString() : null;
};

describe('timestamps in spreadsheets', () => {
  it('reads dd/MM/yyyy HH:mm as wall-clock time in the workspace time zone', () => {
    expect(at('20/11/2026 09:30', 'dmy')).toBe('2026-11-20T02:30:00.000Z');
    expect(at('5/1/2026', 'dmy')).toBe('2026-01-04T17:00:00.000Z');
    expect(at('20-11-2026 9h30', 'dmy')).toBe('2026-11-20T02:30:00.000Z');
    expect(at('20.11.2026 23:59:59', 'dmy')).toBe('2026-11-20T16:59:59.000Z');
    expect(at('11/20/2026 09:30', 'mdy')).toBe('2026-11-20T02:30:00.000Z');
    expect(at('20/11/2026 09:30', 'dmy', 'Europe/Berlin')).toBe('2026-11-20T08:30:00.000Z');
  });

  it('keeps an ISO 8601 zone and reads one without a zone in the workspace zone; every format accepts ISO', () => {
    expect(at('2026-11-20T09:30:00+07:00', 'iso')).toBe('2026-11-20T02:30:00.000Z');
    expect(at('2026-11-20T02:30:00Z', 'dmy')).toBe('2026-11-20T02:30:00.000Z');
    expect(at('2026-11-20 09:30', 'iso')).toBe('2026-11-20T02:30:00.000Z');
    expect(at('2026-11-20', 'excel')).toBe('2026-11-19T17:00:00.000Z');
  });

  it('reads Excel serial dates', () => {
    expect(at('46346', 'excel')).toBe('2026-11-19T17:00:00.000Z'); // 20/11/2026 00:00
    expect(at('46346.5', 'excel')).toBe('2026-11-20T05:00:00.000Z');
  });

  it('refuses impossible dates and wrong formats', () => {
    for (const [s, f] of [['31/02/2026', 'dmy'], ['20/13/2026', 'dmy'], ['20/11/2026 24:00', 'dmy'], ['hôm qua', 'dmy'], ['20/11/26', 'dmy'], ['46346', 'dmy'], ['20/11/2026', 'iso'], ['2026-02-30', 'iso'], ['', 'iso'], ['-1', 'excel']] as const) {
      expect(parseWallTime(s, f), s).toBeNull();
    }
  });

  it('round-trips any minute written dd/MM/yyyy HH:mm in any zone (property)', () => {
    const zones = ['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Kolkata'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2090, 0, 1) / 60_000 }), fc.constantFrom(...zones), (minute, tz) => {
        const d = new Date(minute * 60_000);
        const p = Object.fromEntries(
          new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
            .formatToParts(d)
            .map((x) => [x.type, x.value]),
        );
        const text = `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
        const back = at(text, 'dmy', tz);
        // A wall time that occurs twice (the hour DST repeats) may name either instant; it must show the same text.
        const shown = back && new Intl.DateTimeFormat('en-GB', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(back));
        expect(shown?.replace(',', '')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom<TimestampFormat>('dmy', 'mdy', 'iso', 'excel'), (s, f) => {
        const w = parseWallTime(s, f);
        if (w) expect(Number.isFinite(wallTimeToDate(w, HCM).getTime())).toBe(true);
      }),
    );
  });

  it('guesses the format from samples', () => {
    expect(guessTimestampFormat(['20/11/2026 09:30', '01/12/2026'])).toBe('dmy');
    expect(guessTimestampFormat(['11/20/2026'])).toBe('mdy');
    expect(guessTimestampFormat(['2026-11-20T09:30:00+07:00'])).toBe('iso');
    expect(guessTimestampFormat(['46346.5', '46347'])).toBe('excel');
    expect(guessTimestampFormat(['01/02/2026'])).toBe('dmy');
  });
});
