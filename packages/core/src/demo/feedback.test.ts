import { describe, expect, it } from 'vitest';
import { answerProblem, missingAnswers, visibleQuestions, ZSurveyDefinition } from '../feedback/survey.js';
import { SURVEY_TEMPLATES } from '../feedback/templates.js';
import { customerResponses, DEMO_SURVEYS, demoStores, demoUuid } from './feedback.js';
import { customerFootprints } from './footprints.js';
import { DEMO_TOUCHPOINTS } from './touchpoints.js';

const NOW = new Date('2026-11-20T00:00:00Z');
const all = (seed: number, n: number) => Array.from({ length: n }, (_, i) => customerResponses(seed, i, customerFootprints(seed, i, NOW), NOW)).flat();

describe('demo feedback', () => {
  const responses = all(11, 3000);

  it('is deterministic, with unique time-ordered UUIDs', () => {
    expect(all(11, 200)).toEqual(all(11, 200));
    expect(new Set(responses.map((r) => r.id)).size).toBe(responses.length);
    for (const r of responses.slice(0, 500)) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(parseInt(r.id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(r.completedAt));
    }
    expect(demoUuid(1, 'a')).not.toBe(demoUuid(1, 'b'));
  });

  it('answers every survey validly: visible questions only, every required one, each on its scale', () => {
    const defs = new Map(SURVEY_TEMPLATES.map((t) => [t.key, ZSurveyDefinition.parse(t.definition)]));
    for (const r of responses) {
      const d = defs.get(r.survey)!;
      const visible = new Set(visibleQuestions(d, r.answers).map((q) => q.id));
      for (const [id, a] of Object.entries(r.answers)) {
        expect(visible.has(id), `${r.survey}.${id}`).toBe(true);
        expect(answerProblem(d.questions.find((q) => q.id === id)!, a)).toBeNull();
      }
      expect(missingAnswers(d, r.answers)).toEqual([]);
      expect(Date.parse(r.completedAt)).toBeLessThan(NOW.getTime());
    }
  });

  it('lands on the demo’s touchpoints and stores, through every channel, and late deliveries hurt', () => {
    const touchpoints = new Set(DEMO_TOUCHPOINTS.map((t) => t.name));
    const stores = new Set(demoStores().map((s) => s.name));
    for (const s of DEMO_SURVEYS) for (const t of s.touchpoints) expect(touchpoints.has(t)).toBe(true);
    for (const r of responses) {
      expect(DEMO_SURVEYS.find((s) => s.template === r.survey)!.touchpoints).toContain(r.touchpoint);
      if (r.store) expect(stores.has(r.store), r.store).toBe(true);
    }
    expect(new Set(responses.map((r) => r.channel))).toEqual(new Set(['email', 'qr', 'link', 'kiosk']));
    expect(new Set(responses.map((r) => r.survey)).size).toBe(DEMO_SURVEYS.length);
    const delivery = responses.filter((r) => r.survey === 'delivery_csat');
    const mean = (xs: typeof delivery) => xs.reduce((s, r) => s + (r.answers.csat as number), 0) / xs.length;
    const late = delivery.filter((r) => (r.answers.issue as string[] | undefined)?.includes('late'));
    expect(late.length).toBeGreaterThan(10);
    expect(mean(late)).toBeLessThan(mean(delivery) - 0.5);
  });
});
