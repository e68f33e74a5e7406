import { describe, expect, it } from 'vitest';
import { dayOfJulian, julianDay, julianOf, lunarToSolar } from './lunar.js';
import { lunarHolidays, TET_DAYS_AFTER, TET_DAYS_BEFORE, vnHolidayDays, vnPublicHolidays } from './vn-holidays.js';

/** Tết (mùng 1) by the published Vietnamese calendars. */
const TET: Record<number, string> = {
  1985: '1985-01-21', // China: 1985-02-20 (the UTC+7 / UTC+8 difference)
  1990: '1990-01-27',
  2000: '2000-02-05',
  2007: '2007-02-17', // China: 2007-02-18
  2010: '2010-02-14',
  2020: '2020-01-25',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2030: '2030-02-02', // China: 2030-02-03 (the new moon is at 23:07 in Hà Nội)
};
/** Giỗ Tổ Hùng Vương (10/3 âm lịch). */
const HUNG: Record<number, string> = { 2019: '2019-04-14', 2023: '2023-04-29', 2024: '2024-04-18', 2025: '2025-04-07', 2026: '2026-04-26' };

const plusDays = (day: string, n: number) => dayOfJulian(julianOf(day) + n);

describe('the Vietnamese lunar calendar', () => {
  it('puts Tết on the known days, including the years it differs from the Chinese calendar', () => {
    for (const [year, day] of Object.entries(TET)) expect(lunarToSolar(1, 1, Number(year)), year).toBe(day);
  });

  it("puts Hùng Kings' day on 10/3 lunar", () => {
    for (const [year, day] of Object.entries(HUNG)) expect(lunarToSolar(10, 3, Number(year)), year).toBe(day);
  });

  it('converts Julian day numbers both ways', () => {
    expect(julianDay(1, 1, 2000)).toBe(2451545);
    for (let jd = 2440000; jd < 2480000; jd += 97) expect(julianOf(dayOfJulian(jd))).toBe(jd);
  });

  it('has sane years from 1990 to 2050', () => {
    let previousTet = julianOf(lunarToSolar(1, 1, 1989));
    for (let y = 1990; y <= 2050; y++) {
      const tet = lunarToSolar(1, 1, y);
      // Tết falls between 21 January and 20 February.
      expect(tet >= `${y}-01-21` && tet <= `${y}-02-20`, `${y}: ${tet}`).toBe(true);
      const jd = julianOf(tet);
      // A lunar year has 12 or 13 months of 29 or 30 days: 353–355 or 383–385 days.
      const len = jd - previousTet;
      expect([353, 354, 355, 383, 384, 385], `${y}: ${len}`).toContain(len);
      previousTet = jd;
      // Months are 29 or 30 days long; a leap month (in 13-month years only) sits between two of them.
      const gaps = Array.from({ length: 11 }, (_, m) => julianOf(lunarToSolar(1, m + 2, y)) - julianOf(lunarToSolar(1, m + 1, y)));
      const leapYear = julianOf(lunarToSolar(1, 1, y + 1)) - jd > 360;
      expect(gaps.every((g) => g === 29 || g === 30 || (leapYear && g >= 58 && g <= 60)), `${y}: ${gaps}`).toBe(true);
      expect(gaps.filter((g) => g > 30).length, `${y}`).toBeLessThanOrEqual(leapYear ? 1 : 0);
      // Hùng Kings' day is 10/3: between late March and early May.
      const hung = lunarToSolar(10, 3, y);
      expect(hung >= `${y}-03-28` && hung <= `${y}-05-08`, `${y}: ${hung}`).toBe(true);
    }
  });
});

describe("Vietnam's public holidays", () => {
  it('closes five days at Tết (the last day of the old year and days 1–4) and Hùng Kings’ day', () => {
    expect(TET_DAYS_BEFORE + TET_DAYS_AFTER).toBe(5);
    expect(lunarHolidays(2025).map((h) => h.day)).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-04-07']);
    expect(lunarHolidays(2026).map((h) => h.day)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-26']);
    const days = vnHolidayDays(2024);
    for (const d of ['2024-01-01', '2024-02-09', '2024-02-10', '2024-02-13', '2024-04-18', '2024-04-30', '2024-05-01', '2024-09-01', '2024-09-02']) expect(days.has(d), d).toBe(true);
    expect(days.has('2024-02-14')).toBe(false);
    expect(days.has('2024-02-08')).toBe(false);
  });

  it('lists 11 days a year, in order, named in both languages, with full diacritics', () => {
    for (let y = 1990; y <= 2050; y++) {
      const list = vnPublicHolidays(y);
      expect(list).toHaveLength(11);
      expect(new Set(list.map((h) => h.day)).size).toBe(11);
      expect(list.map((h) => h.day)).toEqual([...list.map((h) => h.day)].sort());
      expect(list.every((h) => h.day.startsWith(`${y}-`) && h.name.vi && h.name.en && h.source === 'vn')).toBe(true);
      // The eve of Tết is the day before mùng 1.
      const tet = lunarToSolar(1, 1, y);
      expect(list.some((h) => h.day === plusDays(tet, -1))).toBe(true);
    }
    expect(lunarHolidays(2025)[1]!.name.vi).toBe('Tết Nguyên đán (mùng 1)');
    expect(lunarHolidays(2025)[5]!.name.vi.normalize('NFC')).toBe(lunarHolidays(2025)[5]!.name.vi);
  });
});
