import { describe, expect, it } from 'vitest';
import { formatDayTime, wallClockDate } from './day-time.js';

describe('day and time in the workspace’s zone', () => {
  it('writes dd/MM/yyyy HH:mm on the local calendar', () => {
    // 17:05 UTC on 31 Dec is already 00:05 on 1 Jan in Hồ Chí Minh City (UTC+7).
    expect(formatDayTime('2025-12-31T17:05:00Z', 'Asia/Ho_Chi_Minh')).toBe('01/01/2026 00:05');
    expect(formatDayTime(new Date('2026-03-05T07:08:59Z'), 'UTC')).toBe('05/03/2026 07:08');
  });

  it('gives spreadsheets the local wall clock', () => {
    expect(wallClockDate(new Date('2025-12-31T17:05:30Z'), 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-01-01T00:05:30.000Z');
  });
});
