import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { responseScore, scoreOfAnswer, type ResponseScore } from './response-score.js';
import { ZSurveyDefinition, type Question } from './survey.js';

const title = { vi: 'Câu hỏi' };
const q = (extra: Record<string, unknown>) => ZSurveyDefinition.parse({ questions: [{ id: 'x', title, ...extra }], thankYou: { title } }).questions[0]!;
const nps = q({ type: 'nps' });
const csat = q({ type: 'csat' });
const ces = q({ type: 'ces' });
const stars10 = q({ type: 'rating', max: 10 });
const csi = q({
  type: 'csi',
  attributes: [
    { key: 'service', label: { vi: 'Phục vụ' }, weight: 3 },
    { key: 'price', label: { vi: 'Giá' }, weight: 1 },
  ],
});
const groupOf = (question: Question, a: number) => scoreOfAnswer(question, a)?.group;

describe('a response’s score group', () => {
  it('puts NPS answers in Bain’s groups, and those in negative/neutral/positive', () => {
    expect([0, 6, 7, 8, 9, 10].map((v) => scoreOfAnswer(nps, v)?.npsGroup)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
    expect([6, 7, 9].map((v) => groupOf(nps, v))).toEqual(['negative', 'neutral', 'positive']);
  });

  it('reads CSAT (smileys too) and CES on their own scales', () => {
    expect([1, 2, 3, 4, 5].map((v) => groupOf(csat, v))).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
    expect([1, 3, 4, 5, 7].map((v) => groupOf(ces, v))).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
    expect(scoreOfAnswer(csat, 4)).toMatchObject({ metric: 'csat', value: 4, min: 1, max: 5, normalised: 75, npsGroup: null });
  });

  it('weighs CSI attributes it was given, and normalises ratings of any length', () => {
    // service 5 → 100 (weight 3), price 1 → 0 (weight 1): 75, positive
    expect(scoreOfAnswer(csi, { ratings: { service: 5, price: 1 } })).toMatchObject({ metric: 'csi', value: 75, group: 'positive' });
    expect(scoreOfAnswer(csi, { ratings: { price: 2 } })).toMatchObject({ value: 25, group: 'negative' });
    expect(scoreOfAnswer(csi, { ratings: {} })).toBeNull();
    expect([1, 5, 6, 8, 10].map((v) => groupOf(stars10, v))).toEqual(['negative', 'negative', 'neutral', 'positive', 'positive']);
  });

  it('ignores answers that do not fit the question', () => {
    expect(scoreOfAnswer(nps, 11)).toBeNull();
    expect(scoreOfAnswer(csat, 0)).toBeNull();
    expect(scoreOfAnswer(nps, 'x')).toBeNull();
    expect(scoreOfAnswer(q({ type: 'text' }), { text: '10' })).toBeNull();
  });

  it('takes the first answered score question, and the NPS group from the NPS question wherever it is', () => {
    const d = ZSurveyDefinition.parse({
      questions: [
        { id: 'why', type: 'text', title },
        { id: 'sat', type: 'csat', title, required: false },
        { id: 'rec', type: 'nps', title },
      ],
      thankYou: { title },
    });
    expect(responseScore(d, { why: { text: 'ok' }, rec: 3 })).toMatchObject({ metric: 'nps', questionId: 'rec', value: 3, group: 'negative', npsGroup: 'detractor' });
    expect(responseScore(d, { sat: 5, rec: 2 })).toMatchObject({ metric: 'csat', value: 5, group: 'positive', npsGroup: 'detractor' });
    expect(responseScore(d, { why: { text: 'ok' } })).toBeNull();
  });

  it('always lands on 0..100 and in one group, for any valid answer (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(nps, csat, ces, stars10), fc.integer({ min: 0, max: 10 }), (question, v) => {
        const s: ResponseScore | null = scoreOfAnswer(question, v);
        if (s === null) return v < (question.type === 'nps' ? 0 : 1) || v > (question.type === 'nps' ? 10 : question.type === 'csat' ? 5 : question.type === 'ces' ? 7 : 10);
        return s.normalised >= 0 && s.normalised <= 100 && ['negative', 'neutral', 'positive'].includes(s.group);
      }),
    );
  });
});
