import { addDays, previousRange } from '../feedback/periods.js';
import { stageTouchpoints, type JourneyDoc } from './contracts.js';
import { ANSWER_SCALE, complaintsOf, funnelSteps, median, type ComplaintSource, type LiveMetric } from './live-score.js';
import { assembleLive, type AnswerCounts, type StageFigures, type TouchpointFigures } from './live-assemble.js';
import type { JourneyLive } from './live-contracts.js';

/*
 * The live layer computed the plain way, in memory, from lists of events and responses: the
 * reference the SQL side (apps/server journeys/live, over the touchpoint_visits and score
 * rollups) is tested against. Definitions (docs/journey-live.md):
 * - a customer reaches a stage with any event at one of its touchpoints in the period;
 * - they go on to the next when they have an event there later than their first in this stage;
 * - the time to the next stage is from their first event here to their first there, for those
 *   whose first event there came after their first here (median, interpolated);
 * - scores count every NPS/CSAT/CES answer of completed responses given at the touchpoint in the
 *   period; the negative share is negative responses over scored ones.
 */

export interface ReferenceEvent {
  touchpointId: string;
  /** Who: the customer's id, or `a:` + an anonymous id. */
  person: string;
  customerId: string | null;
  /** Epoch milliseconds. */
  at: number;
  /** The workspace-local day of `at`. */
  day: string;
}

export interface ReferenceResponse extends ComplaintSource {
  touchpointId: string | null;
  /** The workspace-local day it was completed; null when not completed. */
  day: string | null;
  customerId: string | null;
  scoreGroup: 'negative' | 'neutral' | 'positive' | null;
  answers: { metric: LiveMetric; value: number }[];
}

const inRange = (day: string, r: { from: string; to: string }) => day >= r.from && day <= r.to;

function count(answers: ReferenceResponse['answers'], into: AnswerCounts): void {
  for (const a of answers) {
    const { min, max } = ANSWER_SCALE[a.metric];
    const c = (into[a.metric] ??= new Array<number>(max - min + 1).fill(0));
    c[a.value - min]! += 1;
  }
}

/** The live layer of `doc` for the period; with `customers`, only theirs (anonymous visitors left out). */
export function liveReference(
  doc: JourneyDoc,
  range: { from: string; to: string },
  events: readonly ReferenceEvent[],
  responses: readonly ReferenceResponse[],
  customers?: ReadonlySet<string>,
): Omit<JourneyLive, 'persona'> {
  const covered = (c: string | null) => !customers || (c !== null && customers.has(c));
  const before = previousRange(range);
  const evs = events.filter((e) => inRange(e.day, range) && covered(e.customerId));
  const resps = responses.filter((r) => r.day !== null && r.touchpointId !== null && covered(r.customerId));

  const tps = new Map<string, TouchpointFigures>();
  const fig = (id: string) => {
    let f = tps.get(id);
    if (!f) tps.set(id, (f = { customers: 0, events: 0, now: {}, before: {}, responses: 0, negatives: 0 }));
    return f;
  };
  const people = new Map<string, Set<string>>();
  for (const e of evs) {
    fig(e.touchpointId).events++;
    let s = people.get(e.touchpointId);
    if (!s) people.set(e.touchpointId, (s = new Set()));
    s.add(e.person);
  }
  for (const [id, s] of people) fig(id).customers = s.size;
  for (const r of resps) {
    const day = r.day!;
    const f = fig(r.touchpointId!);
    if (inRange(day, range)) {
      count(r.answers, f.now);
      if (r.scoreGroup !== null) {
        f.responses++;
        if (r.scoreGroup === 'negative') f.negatives++;
      }
    } else if (inRange(day, before)) count(r.answers, f.before);
  }

  // Each person's first and last event per stage.
  const perStage = stageTouchpoints(doc);
  const spans = perStage.map(({ touchpointIds }) => {
    const ids = new Set(touchpointIds);
    const m = new Map<string, { first: number; last: number }>();
    for (const e of evs) {
      if (!ids.has(e.touchpointId)) continue;
      const s = m.get(e.person);
      if (!s) m.set(e.person, { first: e.at, last: e.at });
      else {
        s.first = Math.min(s.first, e.at);
        s.last = Math.max(s.last, e.at);
      }
    }
    return m;
  });
  const { steps } = funnelSteps(doc);
  const stages: StageFigures[] = spans.map((here, i) => {
    if (steps[i] === null) return { customers: 0, toNext: null, medianHoursToNext: null };
    const j = steps.findIndex((step, k) => k > i && step !== null);
    const next = j >= 0 ? spans[j] : undefined;
    if (!next) return { customers: here.size, toNext: null, medianHoursToNext: null };
    let toNext = 0;
    const hours: number[] = [];
    for (const [person, s] of here) {
      const n = next.get(person);
      if (!n || n.last <= s.first) continue;
      toNext++;
      if (n.first > s.first) hours.push((n.first - s.first) / 3_600_000);
    }
    return { customers: here.size, toNext, medianHoursToNext: median(hours) };
  });

  const { live, complaintTouchpoints } = assembleLive(doc, range, tps, stages);
  for (const w of live.weakest) {
    if (!complaintTouchpoints.includes(w.touchpointId)) continue;
    w.evidence.complaints = complaintsOf(resps.filter((r) => r.touchpointId === w.touchpointId && r.scoreGroup === 'negative' && inRange(r.day!, range)));
  }
  return live;
}

/** The days of a period, in order (for generators and tests). */
export function daysOf(range: { from: string; to: string }): string[] {
  const out: string[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) out.push(d);
  return out;
}
