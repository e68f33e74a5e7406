import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatVnd } from './format.js';

describe('formatting for Vietnam', () => {
  it('writes dates dd/MM/yyyy in the workspace time zone', () => {
    // 20:30 UTC on 31 Dec is already 1 Jan in Hồ Chí Minh City (UTC+7).
    expect(formatDate('2025-12-31T20:30:00Z', 'vi')).toBe('01/01/2026');
    expect(formatDate('2025-12-31T20:30:00Z', 'en')).toBe('01/01/2026');
    expect(formatDate('2025-12-31T20:30:00Z', 'vi', 'UTC')).toBe('31/12/2025');
    expect(formatDateTime('2025-12-31T20:30:00Z', 'vi')).toContain('03:30');
  });

  it('writes VND without decimals', () => {
    expect(formatVnd(1250000, 'vi').replace(/\s/g, ' ')).toBe('1.250.000 ₫');
  });
});
