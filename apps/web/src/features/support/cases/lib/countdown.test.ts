import { describe, expect, it } from 'vitest';
import { countdown, formatSpan } from './countdown';

describe('formatSpan', () => {
  it('says minutes, hours and days the way agents read them', () => {
    expect(formatSpan(35, 'vi')).toBe('35 phút');
    expect(formatSpan(80, 'vi')).toBe('1 giờ 20 phút');
    expect(formatSpan(120, 'vi')).toBe('2 giờ');
    expect(formatSpan(24 * 60 * 2 + 180 + 7, 'vi')).toBe('2 ngày 3 giờ');
    expect(formatSpan(24 * 60, 'vi')).toBe('1 ngày');
    expect(formatSpan(80, 'en')).toBe('1 h 20 min');
    expect(formatSpan(0, 'vi')).toBe('0 phút');
    expect(formatSpan(-5, 'vi')).toBe('0 phút');
  });
});

describe('countdown', () => {
  const due = '2026-03-02T10:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);
  it('counts down while the target runs, amber in its last hour', () => {
    expect(countdown(due, null, at('2026-03-02T08:40:00Z'))).toEqual({ tone: 'ok', minutes: 80 });
    expect(countdown(due, null, at('2026-03-02T09:30:30Z'))).toEqual({ tone: 'soon', minutes: 29 });
  });
  it('counts past due once breached', () => {
    expect(countdown(due, null, at('2026-03-02T10:35:00Z'))).toEqual({ tone: 'breached', minutes: -35 });
  });
  it('is met when done in time, breached when done late, and nothing without a target', () => {
    expect(countdown(due, '2026-03-02T09:59:00Z', at('2026-03-03T00:00:00Z'))).toEqual({ tone: 'met', minutes: null });
    expect(countdown(due, '2026-03-02T10:10:00Z', at('2026-03-03T00:00:00Z'))).toEqual({ tone: 'breached', minutes: -10 });
    expect(countdown(null, null, at(due))).toEqual({ tone: 'none', minutes: null });
  });
});
