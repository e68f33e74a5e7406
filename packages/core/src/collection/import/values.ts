/**
 * Reading the values people type in spreadsheets: Vietnamese money ("1.290.000 ₫"), phone numbers
 * (with the leading zero Excel drops) and emails. Pure; each returns null when it cannot read one.
 */

const CURRENCY = /₫|vnđ|vnd|đồng|dong|đ/gu;
// Spaces of every kind people and spreadsheets put between digit groups and before the currency.
const SPACES = /[\s\u00a0\u202f]/gu;

/**
 * A number as Vietnamese or English spreadsheets write it. One separator followed by exactly three
 * digits groups thousands ("1.290" and "1,290" are 1290, as money is written in VND); with both,
 * the last one is the decimal mark ("1.290,5" and "1,290.5").
 */
export function parseNumber(raw: string): number | null {
  let s = raw.normalize('NFC').toLowerCase().replace(CURRENCY, '').replace(SPACES, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let plain: string;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [int = '', frac = '', ...rest] = s.split(decimal);
    if (rest.length > 0 || frac.includes(group) || !/^\d{1,3}([.,]\d{3})*$/.test(int) || !/^\d+$/.test(frac)) return null;
    plain = `${int.split(group).join('')}.${frac}`;
  } else if (dots + commas === 0) {
    plain = s;
  } else {
    const sep = dots > 0 ? '.' : ',';
    const count = dots + commas;
    const groups = s.split(sep);
    if (count > 1 || groups[1]!.length === 3) {
      if (!/^\d{1,3}$/.test(groups[0]!) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
      plain = groups.join('');
    } else {
      if (groups[0] === '' || groups[1] === '') return null;
      plain = `${groups[0]}.${groups[1]}`;
    }
  }
  const n = Number(plain);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/**
 * A Vietnamese phone number in its national form, "0912345678": +84 and 84 become 0, and the
 * leading zero that a spreadsheet's number cell dropped is put back.
 */
export function normalizePhone(raw: string): string | null {
  let s = raw.replace(/[\s\u00a0.\-()/]/gu, '');
  if (s.startsWith('+84')) s = `0${s.slice(3)}`;
  else if (/^84\d{9,10}$/.test(s)) s = `0${s.slice(2)}`;
  else if (/^[1-9]\d{8,9}$/.test(s)) s = `0${s}`;
  return /^0\d{9,10}$/.test(s) ? s : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
export function normalizeEmail(raw: string): string | null {
  const s = raw.trim().toLowerCase();
  return s.length <= 254 && EMAIL.test(s) ? s : null;
}
