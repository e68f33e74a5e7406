import { describe, expect, it } from 'vitest';
import { ZJourneyDoc } from './contracts.js';
import { liveReference, type ReferenceEvent } from './live-reference.js';
import { funnelSteps } from './live-score.js';
import { journeyTemplate } from './templates.js';

const A = '0190a0b0-0000-7000-8000-00000000000a';
const C = '0190a0b0-0000-7000-8000-00000000000c';

// ACC: Awareness (touchpoint A), Consideration (nothing linked), Conversion (touchpoint C).
const base = journeyTemplate('acc', 'current');
const linked = (id: string, tp: string) => ({ 'ln-touchpoints': { touchpoints: [{ id, touchpointId: tp, channel: 'web' as const, mode: 'online' as const }] } });
const doc = ZJourneyDoc.parse({ ...base, stages: base.stages.map((s, i) => (i === 0 ? { ...s, cells: linked('a', A) } : i === 2 ? { ...s, cells: linked('c', C) } : s)) });

const at = (hour: number) => Date.UTC(2026, 2, 2, hour);
const ev = (person: string, touchpointId: string, hour: number): ReferenceEvent => ({ touchpointId, person, customerId: null, at: at(hour), day: '2026-03-02' });

describe('the funnel across stages', () => {
  it('numbers only the stages with linked touchpoints', () => {
    expect(funnelSteps(doc)).toEqual({ steps: [0, null, 1], count: 2 });
  });

  it('leaves a stage without touchpoints out, instead of showing everyone dropping off there', () => {
    const live = liveReference(doc, { from: '2026-03-01', to: '2026-03-03' }, [ev('p1', A, 8), ev('p2', A, 9), ev('p1', C, 12)], []);
    const [aware, consider, convert] = live.stages;
    expect(aware).toMatchObject({ customers: 2, toNext: 1, conversion: 0.5, dropOff: 0.5, medianHoursToNext: 4 });
    expect(consider).toMatchObject({ customers: 0, toNext: null, conversion: null, dropOff: null });
    expect(convert).toMatchObject({ customers: 1, toNext: null, conversion: null });
  });
});
