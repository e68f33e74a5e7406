/**
 * The Vietnamese lunar calendar (âm lịch), by Hồ Ngọc Đức's astronomical algorithm: months start on
 * the day of the new moon and the solar terms decide month 11 and the leap month, both reckoned in
 * Vietnam's time zone (UTC+7). That is why it differs from the Chinese calendar (UTC+8) in some years,
 * e.g. Tết 1985 (21/1 here, 20/2 in China) and 2007 (17/2 here, 18/2 in China).
 */

const VN_ZONE_HOURS = 7;
const SYNODIC_MONTH = 29.530588853;
/** Julian day number of the new moon of 1900-01-01, the series' origin. */
const NEW_MOON_EPOCH = 2415021.076998695;
const dr = Math.PI / 180;

/** Julian day number of a Gregorian date. */
export function julianDay(d: number, m: number, y: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
}

/** The Gregorian date (yyyy-MM-dd) of a Julian day number. */
export function dayOfJulian(jd: number): string {
  const a = jd + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instant (Julian day, UT) of the k-th new moon after 1900-01-01 (Meeus, simplified). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c += -0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr) - 0.0004 * Math.sin(dr * 3 * Mpr);
  c += 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr)) - 0.0074 * Math.sin(dr * (M - Mpr));
  c += 0.0004 * Math.sin(dr * (2 * F + M)) - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c += 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/** The sun's ecliptic longitude (radians, 0..2π) at a Julian day (UT). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M) + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI));
}

/** The local day (Julian day number) of the k-th new moon. */
const newMoonDay = (k: number): number => Math.floor(newMoon(k) + 0.5 + VN_ZONE_HOURS / 24);
/** Which of the 12 thirty-degree sectors the sun is in at the start of a local day (0 = from the spring equinox). */
const sunSector = (day: number): number => Math.floor((sunLongitude(day - 0.5 - VN_ZONE_HOURS / 24) / Math.PI) * 6);

/** The first day of lunar month 11 (the month holding the winter solstice) of a Gregorian year. */
function month11(year: number): number {
  const k = Math.floor((julianDay(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** Which month after month 11 is the leap one (the first with no solar term starting in it). */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The Gregorian date (yyyy-MM-dd) of a day of the Vietnamese lunar calendar (not a leap month). */
export function lunarToSolar(lunarDay: number, lunarMonth: number, lunarYear: number): string {
  const [a11, b11] = lunarMonth < 11 ? [month11(lunarYear - 1), month11(lunarYear)] : [month11(lunarYear), month11(lunarYear + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  // A lunar year of 13 months: months from the leap one on are one month later.
  if (b11 - a11 > 365 && off >= leapMonthOffset(a11)) off += 1;
  return dayOfJulian(newMoonDay(k + off) + lunarDay - 1);
}

/** The Julian day number of a yyyy-MM-dd day. */
export const julianOf = (day: string): number => julianDay(Number(day.slice(8, 10)), Number(day.slice(5, 7)), Number(day.slice(0, 4)));
