import { dayOfJulian, julianOf, lunarToSolar } from './lunar.js';
import type { Holiday } from './sla-contracts.js';

/**
 * Vietnam's public holidays of a Gregorian year (Labour Code 2019, art. 112). Solar: New Year (1/1),
 * Reunification Day (30/4), Labour Day (1/5), National Day (2/9 and one adjacent day, 1/9 here).
 * The lunar ones (Tết and Hùng Kings' day) are added by `lunarHolidays`.
 */
export function vnPublicHolidays(year: number): Holiday[] {
  const d = (m: number, day: number) => `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const solar: Holiday[] = [
    { day: d(1, 1), name: { vi: 'Tết Dương lịch', en: "New Year's Day" }, source: 'vn' },
    { day: d(4, 30), name: { vi: 'Ngày Giải phóng miền Nam', en: 'Reunification Day' }, source: 'vn' },
    { day: d(5, 1), name: { vi: 'Ngày Quốc tế Lao động', en: 'Labour Day' }, source: 'vn' },
    { day: d(9, 1), name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' }, source: 'vn' },
    { day: d(9, 2), name: { vi: 'Quốc khánh', en: 'National Day' }, source: 'vn' },
  ];
  return [...solar, ...lunarHolidays(year)].sort((a, b) => a.day.localeCompare(b.day));
}

/** How many days Tết closes: the last day of the lunar year and days 1–4 of month 1. */
export const TET_DAYS_BEFORE = 1;
export const TET_DAYS_AFTER = 4;

/**
 * Tết (the last day of the lunar year and the first four of the new one) and Hùng Kings' day (10/3
 * lunar), by the Vietnamese lunar calendar. The lunar year that starts in Gregorian year Y has its Tết
 * between 21/1 and 20/2 of Y, so all of these days fall in Y.
 */
export function lunarHolidays(year: number): Holiday[] {
  const tet = julianOf(lunarToSolar(1, 1, year));
  const days: Holiday[] = [
    { day: dayOfJulian(tet - TET_DAYS_BEFORE), name: { vi: 'Tết Nguyên đán (ngày cuối năm Âm lịch)', en: 'Lunar New Year (New Year’s Eve)' }, source: 'vn' },
  ];
  for (let i = 0; i < TET_DAYS_AFTER; i++) {
    days.push({ day: dayOfJulian(tet + i), name: { vi: `Tết Nguyên đán (mùng ${i + 1})`, en: `Lunar New Year (day ${i + 1})` }, source: 'vn' });
  }
  days.push({ day: lunarToSolar(10, 3, year), name: { vi: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)', en: 'Hùng Kings’ Commemoration Day' }, source: 'vn' });
  return days;
}

const cache = new Map<number, Set<string>>();
/** The holiday days of a year, for the clock. */
export function vnHolidayDays(year: number): Set<string> {
  let s = cache.get(year);
  if (!s) {
    s = new Set(vnPublicHolidays(year).map((h) => h.day));
    cache.set(year, s);
  }
  return s;
}
