import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePhone, parseNumber } from './values.js';

describe('numbers and money as spreadsheets write them', () => {
  it('reads Vietnamese and English money', () => {
    expect(parseNumber('1.290.000 ₫')).toBe(1_290_000);
    expect(parseNumber('1.290.000đ')).toBe(1_290_000);
    expect(parseNumber('22,990,000 VND')).toBe(22_990_000);
    expect(parseNumber('1 290 000 đồng')).toBe(1_290_000);
    expect(parseNumber('1\u00a0290\u00a0000\u00a0₫')).toBe(1_290_000);
    expect(parseNumber('1290000')).toBe(1_290_000);
    expect(parseNumber('1.290,5')).toBe(1290.5);
    expect(parseNumber('1,290.5')).toBe(1290.5);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('-150.000')).toBe(-150_000);
    expect(parseNumber('(150.000)')).toBe(-150_000);
  });

  it('refuses what is not a number', () => {
    for (const s of ['', 'abc', '1.2.3', '12.34.567', '1,,000', '.', '₫', '1.290,000.5', '12a', '1 2x']) expect(parseNumber(s), s).toBeNull();
  });

  it('reads back any amount written the Vietnamese way, the English way or plain (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumber(new Intl.NumberFormat('vi-VN').format(n))).toBe(n);
        expect(parseNumber(new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' }).format(n))).toBe(n);
        expect(parseNumber(new Intl.NumberFormat('en-US').format(n))).toBe(n);
        expect(parseNumber(String(n))).toBe(n);
      }),
    );
  });

  it('never throws and returns a finite number or null on any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = parseNumber(s);
        expect(n === null || Number.isFinite(n)).toBe(true);
      }),
    );
  });
});

describe('phone numbers', () => {
  it('puts numbers in the national form', () => {
    expect(normalizePhone('0912 345 678')).toBe('0912345678');
    expect(normalizePhone('+84 912 345 678')).toBe('0912345678');
    expect(normalizePhone('84912345678')).toBe('0912345678');
    expect(normalizePhone('912345678')).toBe('0912345678'); // a number cell dropped the zero
    expect(normalizePhone('091.234.5678')).toBe('0912345678');
    expect(normalizePhone('(028) 3812 3456')).toBe('02838123456');
    for (const s of ['12ab', '12345', '', '+1 555 0100', '09123456789012']) expect(normalizePhone(s), s).toBeNull();
  });

  it('is idempotent and yields only 0-prefixed digits (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 +.-()84'.split('')) }), (s) => {
        const p = normalizePhone(s);
        if (p !== null) {
          expect(p).toMatch(/^0\d{9,10}$/);
          expect(normalizePhone(p)).toBe(p);
        }
      }),
    );
  });

  it('reads emails case-insensitively', () => {
    expect(normalizeEmail(' An@Example.VN ')).toBe('an@example.vn');
    expect(normalizeEmail('an@example')).toBeNull();
    expect(normalizeEmail('not an email')).toBeNull();
  });
});
