import { describe, expect, it } from 'vitest';
import { durationParts } from './duration';
import { kpiViewFrom } from './view';

describe('the KPI page view', () => {
  const today = '2026-03-10';
  it('defaults to the last 30 days by department, and keeps a shared view', () => {
    expect(kpiViewFrom(new URLSearchParams(), today)).toEqual({ range: '30d', from: '2026-02-09', to: '2026-03-10', group: 'department', metric: 'frt', interval: 'day', sort: 'name', order: 'asc' });
    const v = kpiViewFrom(new URLSearchParams('range=custom&from=2026-01-01&to=2026-02-28&group=agent&metric=sla&by=month&sort=frt&order=desc'), today);
    expect(v).toEqual({ range: 'custom', from: '2026-01-01', to: '2026-02-28', group: 'agent', metric: 'sla', interval: 'month', sort: 'frt', order: 'desc' });
  });
  it('falls back on anything malformed', () => {
    const v = kpiViewFrom(new URLSearchParams('range=custom&from=2026-03-05&to=2026-03-01&group=store&metric=x&sort=y'), today);
    expect(v).toMatchObject({ range: '30d', group: 'department', metric: 'frt', sort: 'name' });
    expect(kpiViewFrom(new URLSearchParams('range=custom&from=2026-03-01&to=2026-04-01'), today).range).toBe('30d');
  });
});

describe('business durations', () => {
  it('splits minutes into hours and minutes, rounded', () => {
    expect(durationParts(135)).toEqual({ h: 2, m: 15 });
    expect(durationParts(44.6)).toEqual({ h: 0, m: 45 });
    expect(durationParts(4140)).toEqual({ h: 69, m: 0 });
    expect(durationParts(-3)).toEqual({ h: 0, m: 0 });
  });
});
