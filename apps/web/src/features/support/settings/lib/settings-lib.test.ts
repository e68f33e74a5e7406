import { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_POLICIES, vnPublicHolidays } from '@footprint/core';
import { describe, expect, it } from 'vitest';
import { blankConditions, conditionsOf, draftOfConditions } from './conditions';
import { joinMinutes, splitMinutes } from './duration';
import { moveId } from './order';
import { draftOfSla, holidayRows, slaOf, toggleDay } from './sla-draft';

describe('SLA durations', () => {
  it('splits and joins business minutes', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
    expect(splitMinutes(30)).toEqual({ hours: 0, minutes: 30 });
    expect(joinMinutes(2, 15)).toBe(135);
    expect(joinMinutes('', 45)).toBe(45);
    expect(joinMinutes(24, '')).toBe(1440);
    for (const m of [1, 59, 60, 61, 480, 2400]) expect(joinMinutes(splitMinutes(m).hours, splitMinutes(m).minutes)).toBe(m);
  });
  it('refuses nothing, negatives, fractions and 60+ minutes', () => {
    expect(joinMinutes(0, 0)).toBeNull();
    expect(joinMinutes('', '')).toBeNull();
    expect(joinMinutes(-1, 30)).toBeNull();
    expect(joinMinutes(1.5, 0)).toBeNull();
    expect(joinMinutes(1, 60)).toBeNull();
  });
});

describe('rule order', () => {
  it('moves one rule up or down and nowhere past the ends', () => {
    expect(moveId(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
  });
});

describe('the conditions builder', () => {
  const tp = '0190d7a4-1c2b-7000-8000-000000000001';
  it('makes "NPS ≤ 6 at Giao hàng with words" and reads it back', () => {
    const d = { ...blankConditions(), touchpointIds: [tp], words: [' trễ ', 'hỏng', ' '] };
    const r = conditionsOf(d);
    expect(r).toEqual({
      ok: true,
      conditions: { score: { metric: 'nps', op: 'lte', value: 6 }, touchpointIds: [tp], surveyIds: [], channels: [], words: ['trễ', 'hỏng'], segment: null },
    });
    if (r.ok) expect(conditionsOf(draftOfConditions(r.conditions))).toEqual(r);
  });
  it('keeps switched-off parts out and checks the score against its scale', () => {
    expect(conditionsOf({ ...blankConditions(), score: { on: true, metric: 'csat', op: 'lte', value: 7 } })).toEqual({ ok: false, problem: 'scoreValue' });
    expect(conditionsOf({ ...blankConditions(), score: { on: true, metric: 'ces', op: 'gte', value: '' } })).toEqual({ ok: false, problem: 'scoreValue' });
    const r = conditionsOf({ ...blankConditions(), score: { on: false, metric: 'nps', op: 'lte', value: 99 }, channels: ['kiosk'] });
    expect(r.ok && r.conditions.score).toBeNull();
  });
  it('refuses a rule that would catch everything, and an unfinished or bad segment', () => {
    expect(conditionsOf({ ...blankConditions(), score: { on: false, metric: 'nps', op: 'lte', value: 6 } })).toEqual({ ok: false, problem: 'empty' });
    expect(conditionsOf({ ...blankConditions(), segment: { on: true, trait: 'tier', op: 'eq', value: ' ' } })).toEqual({ ok: false, problem: 'segment' });
    expect(conditionsOf({ ...blankConditions(), segment: { on: true, trait: 'hạng khách', op: 'eq', value: 'vip' } })).toEqual({ ok: false, problem: 'segment' });
    const ok = conditionsOf({ ...blankConditions(), segment: { on: true, trait: 'tier', op: 'eq', value: 'vip' } });
    expect(ok.ok && ok.conditions.segment).toEqual({ trait: 'tier', op: 'eq', value: 'vip' });
  });
});

describe('the SLA form', () => {
  const settings = { hours: DEFAULT_BUSINESS_HOURS, policies: DEFAULT_SLA_POLICIES };
  it('reads the defaults back unchanged', () => {
    expect(slaOf(draftOfSla(settings))).toEqual({ ok: true, settings });
  });
  it('turns hours and minutes into business minutes', () => {
    const d = draftOfSla(settings);
    d.policies[2] = { ...d.policies[2]!, firstResponse: { hours: 1, minutes: 30 }, resolution: { hours: 6, minutes: '' } };
    const r = slaOf(d);
    expect(r.ok && r.settings.policies[2]).toMatchObject({ priority: 'high', firstResponseMinutes: 90, resolutionMinutes: 360 });
  });
  it('points at the target, the day or the week that is wrong', () => {
    const d = draftOfSla(settings);
    d.policies[1] = { ...d.policies[1]!, resolution: { hours: 0, minutes: 0 } };
    expect(slaOf(d)).toEqual({ ok: false, problem: { kind: 'target', priority: 'normal', target: 'resolution' } });
    d.policies[1] = { ...d.policies[1]!, firstResponse: { hours: 5, minutes: 0 }, resolution: { hours: 4, minutes: 0 } };
    expect(slaOf(d)).toEqual({ ok: false, problem: { kind: 'resolutionBeforeFirst', priority: 'normal' } });
    const e = draftOfSla(settings);
    e.hours = { ...e.hours, week: e.hours.week.map((day, i) => (i === 3 ? [{ open: '08:00', close: '12:00' }, { open: '11:00', close: '17:00' }] : day)) };
    expect(slaOf(e)).toEqual({ ok: false, problem: { kind: 'interval', weekday: 3 } });
    e.hours = { ...e.hours, week: e.hours.week.map((day, i) => (i === 3 ? [{ open: '13:00', close: '12:00' }] : day)) };
    expect(slaOf(e)).toEqual({ ok: false, problem: { kind: 'interval', weekday: 3 } });
    e.hours = { ...e.hours, week: e.hours.week.map(() => []) };
    expect(slaOf(e)).toEqual({ ok: false, problem: { kind: 'weekClosed' } });
  });
  it('keeps day lists sorted and free of repeats', () => {
    expect(toggleDay(['2026-09-02'], '2026-01-01', true)).toEqual(['2026-01-01', '2026-09-02']);
    expect(toggleDay(['2026-01-01'], '2026-01-01', true)).toEqual(['2026-01-01']);
    expect(toggleDay(['2026-01-01', '2026-09-02'], '2026-01-01', false)).toEqual(['2026-09-02']);
  });
});

describe('the holidays listed for a year', () => {
  const calendar = vnPublicHolidays(2026);
  const own = { day: '2026-11-18', name: { vi: 'Ngày nghỉ riêng', en: 'Workspace closed day' }, source: 'workspace' as const };
  it('lists what the server says, without the workspace’s own days (they are listed apart)', () => {
    expect(holidayRows([...calendar, own], calendar, [])).toEqual(calendar);
  });
  it('keeps a holiday the team works (the server leaves it out) so it can be switched back', () => {
    const saved = calendar.filter((h) => h.day !== '2026-09-01');
    const rows = holidayRows(saved, calendar, ['2026-09-01']);
    expect(rows.map((h) => h.day)).toEqual(calendar.map((h) => h.day));
    expect(rows.find((h) => h.day === '2026-09-01')?.name.vi).toBe('Quốc khánh (ngày liền kề)');
  });
  it('shows the calendar when the server lists none (holidays were off when last saved)', () => {
    expect(holidayRows([own], calendar, [])).toEqual(calendar);
  });
});
