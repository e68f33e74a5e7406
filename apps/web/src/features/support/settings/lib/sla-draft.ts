import { ZSlaSettings, type BusinessHours, type CasePriority, type Escalation, type Holiday, type SlaSettings } from '@footprint/core';
import { joinMinutes, splitMinutes } from './duration';

/** A target as typed: hours and minutes, possibly empty while being edited. */
export interface TargetDraft {
  hours: number | string;
  minutes: number | string;
}
export interface PolicyDraft {
  priority: CasePriority;
  firstResponse: TargetDraft;
  resolution: TargetDraft;
  escalation: Escalation;
}
export interface SlaDraft {
  hours: BusinessHours;
  policies: PolicyDraft[];
}

export const draftOfSla = (s: SlaSettings): SlaDraft => ({
  hours: s.hours,
  policies: s.policies.map((p) => ({ priority: p.priority, firstResponse: splitMinutes(p.firstResponseMinutes), resolution: splitMinutes(p.resolutionMinutes), escalation: p.escalation })),
});

export type SlaProblem =
  | { kind: 'target'; priority: CasePriority; target: 'firstResponse' | 'resolution' }
  | { kind: 'resolutionBeforeFirst'; priority: CasePriority }
  | { kind: 'interval'; weekday: number }
  | { kind: 'weekClosed' }
  | { kind: 'invalid' };

const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The settings the form describes, or the first thing wrong with them (to show next to it). */
export function slaOf(d: SlaDraft): { ok: true; settings: SlaSettings } | { ok: false; problem: SlaProblem } {
  const policies = [];
  for (const p of d.policies) {
    const firstResponseMinutes = joinMinutes(p.firstResponse.hours, p.firstResponse.minutes);
    if (firstResponseMinutes === null) return { ok: false, problem: { kind: 'target', priority: p.priority, target: 'firstResponse' } };
    const resolutionMinutes = joinMinutes(p.resolution.hours, p.resolution.minutes);
    if (resolutionMinutes === null) return { ok: false, problem: { kind: 'target', priority: p.priority, target: 'resolution' } };
    if (resolutionMinutes < firstResponseMinutes) return { ok: false, problem: { kind: 'resolutionBeforeFirst', priority: p.priority } };
    policies.push({ priority: p.priority, firstResponseMinutes, resolutionMinutes, escalation: p.escalation });
  }
  for (let weekday = 0; weekday < 7; weekday++) {
    // Intervals must be well formed and must not overlap, or the clock would count a minute twice.
    const day = [...(d.hours.week[weekday] ?? [])].sort((a, b) => a.open.localeCompare(b.open));
    for (let i = 0; i < day.length; i++) {
      const iv = day[i]!;
      if (!/^\d{2}:\d{2}$/.test(iv.open) || !/^\d{2}:\d{2}$/.test(iv.close) || clock(iv.open) >= clock(iv.close)) return { ok: false, problem: { kind: 'interval', weekday } };
      if (i > 0 && clock(iv.open) < clock(day[i - 1]!.close)) return { ok: false, problem: { kind: 'interval', weekday } };
    }
  }
  if (d.hours.week.every((day) => day.length === 0)) return { ok: false, problem: { kind: 'weekClosed' } };
  const parsed = ZSlaSettings.safeParse({ hours: d.hours, policies });
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, problem: { kind: 'invalid' } };
}

/** Adds or removes one day of a sorted day list (extra closed days, working days). */
export function toggleDay(days: readonly string[], day: string, on: boolean): string[] {
  const rest = days.filter((d) => d !== day);
  return on ? [...rest, day].sort() : rest;
}

/**
 * The public holidays to list for a year. The server lists the calendar's closed days as saved, so a
 * holiday the team works anyway (or every holiday, while the switch was off when last saved) is
 * missing there; those come from core's calendar (the same one the server uses), so they can be
 * switched back.
 */
export function holidayRows(saved: readonly Holiday[], calendar: readonly Holiday[], workingDays: readonly string[]): Holiday[] {
  const vn = saved.filter((h) => h.source === 'vn');
  const rows = new Map(vn.map((h) => [h.day, h]));
  for (const h of calendar) if (!rows.has(h.day) && (vn.length === 0 || workingDays.includes(h.day))) rows.set(h.day, h);
  return [...rows.values()].sort((a, b) => a.day.localeCompare(b.day));
}
