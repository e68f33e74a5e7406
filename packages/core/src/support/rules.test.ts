import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZCaseConditions, type CaseConditionsInput, type CaseFacts } from './rule-contracts.js';
import { firstMatch, matchConditions, pickAgent, type AgentLoad } from './rules.js';

const TP = '0190a000-0000-7000-8000-000000000001';
const TP2 = '0190a000-0000-7000-8000-000000000002';
const SV = '0190a000-0000-7000-8000-000000000003';
const cond = (c: CaseConditionsInput) => ZCaseConditions.parse(c);
const facts = (f: Partial<CaseFacts> = {}): CaseFacts => ({ scores: {}, touchpointId: null, surveyId: null, channel: null, comment: '', traits: {}, ...f });

describe('matchConditions', () => {
  it('empty conditions match anything', () => {
    expect(matchConditions(cond({}), facts())).toBe(true);
  });
  it('score cut-offs: NPS ≤ 6 holds for 6, not 7; CES ≥ 5 holds for 5; a missing metric fails', () => {
    const nps = cond({ score: { metric: 'nps', op: 'lte', value: 6 } });
    expect(matchConditions(nps, facts({ scores: { nps: 6 } }))).toBe(true);
    expect(matchConditions(nps, facts({ scores: { nps: 7 } }))).toBe(false);
    expect(matchConditions(nps, facts({ scores: { csat: 1 } }))).toBe(false);
    const ces = cond({ score: { metric: 'ces', op: 'gte', value: 5 } });
    expect(matchConditions(ces, facts({ scores: { ces: 5 } }))).toBe(true);
    expect(matchConditions(ces, facts({ scores: { ces: 4 } }))).toBe(false);
  });
  it('lists are OR within, AND across', () => {
    const c = cond({ touchpointIds: [TP, TP2], surveyIds: [SV], channels: ['kiosk'] });
    expect(matchConditions(c, facts({ touchpointId: TP2, surveyId: SV, channel: 'kiosk' }))).toBe(true);
    expect(matchConditions(c, facts({ touchpointId: TP2, surveyId: SV, channel: 'link' }))).toBe(false);
    expect(matchConditions(c, facts({ touchpointId: null, surveyId: SV, channel: 'kiosk' }))).toBe(false);
  });
  it('words ignore case and diacritics, and match whole words or phrases', () => {
    const c = cond({ words: ['hết hàng', 'lỗi'] });
    expect(matchConditions(c, facts({ comment: 'Cửa hàng HET HANG rồi!' }))).toBe(true);
    expect(matchConditions(c, facts({ comment: 'Máy bị loi, đổi giúp' }))).toBe(true);
    expect(matchConditions(c, facts({ comment: 'Nhân viên rất giỏi' }))).toBe(false);
    expect(matchConditions(c, facts({ comment: 'hết, hàng' }))).toBe(true); // punctuation is a word break
    expect(matchConditions(cond({ words: ['đổi trả'] }), facts({ comment: 'muốn doi tra hàng' }))).toBe(true);
  });
  it('segment: a trait equal or containing, folded; dotted paths; missing fails', () => {
    const eq = cond({ segment: { trait: 'tier', op: 'eq', value: 'Vàng' } });
    expect(matchConditions(eq, facts({ traits: { tier: 'VANG' } }))).toBe(true);
    expect(matchConditions(eq, facts({ traits: { tier: 'Vàng Plus' } }))).toBe(false);
    expect(matchConditions(eq, facts({ traits: {} }))).toBe(false);
    const contains = cond({ segment: { trait: 'address.city', op: 'contains', value: 'hà nội' } });
    expect(matchConditions(contains, facts({ traits: { address: { city: 'TP Hà Nội' } } }))).toBe(true);
    expect(matchConditions(cond({ segment: { trait: 'orders', op: 'eq', value: '7' } }), facts({ traits: { orders: 7 } }))).toBe(true);
  });
  it('property: adding a condition never turns a non-match into a match', () => {
    const arbFacts = fc.record({
      scores: fc.record({ nps: fc.integer({ min: 0, max: 10 }), csat: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: [] }),
      touchpointId: fc.constantFrom(TP, TP2, null),
      surveyId: fc.constantFrom(SV, null),
      channel: fc.constantFrom('link', 'kiosk', null),
      comment: fc.constantFrom('', 'Giao hàng chậm quá', 'hết hàng', 'lỗi máy'),
      traits: fc.constantFrom({}, { tier: 'Vàng' }),
    });
    fc.assert(
      fc.property(arbFacts, fc.integer({ min: 0, max: 10 }), fc.constantFrom('lte' as const, 'gte' as const), (f, v, op) => {
        const base = cond({ touchpointIds: [TP] });
        const more = cond({ touchpointIds: [TP], score: { metric: 'nps', op, value: v } });
        if (!matchConditions(base, f)) expect(matchConditions(more, f)).toBe(false);
      }),
    );
  });
});

describe('firstMatch', () => {
  it('takes the lowest position among enabled matching rules', () => {
    const rules = [
      { id: 'c', enabled: true, position: 3, conditions: cond({}) },
      { id: 'a', enabled: false, position: 1, conditions: cond({}) },
      { id: 'b', enabled: true, position: 2, conditions: cond({ words: ['kho'] }) },
    ];
    expect(firstMatch(rules, facts({ comment: 'hỏi kho' }))?.id).toBe('b');
    expect(firstMatch(rules, facts({ comment: 'khác' }))?.id).toBe('c');
    expect(firstMatch(rules.slice(1, 2), facts())).toBeNull();
  });
});

describe('pickAgent', () => {
  const t = (m: number) => new Date(Date.UTC(2026, 0, 5, 2, m));
  const agents: AgentLoad[] = [
    { id: 'an', onShift: true, lastAssignedAt: t(10), openCases: 1 },
    { id: 'binh', onShift: true, lastAssignedAt: t(5), openCases: 4 },
    { id: 'chi', onShift: false, lastAssignedAt: null, openCases: 0 },
    { id: 'dung', onShift: true, lastAssignedAt: t(20), openCases: 1 },
  ];
  it('manual assigns nobody', () => expect(pickAgent('manual', agents)).toBeNull());
  it('round robin: on shift, assigned longest ago (never assigned first)', () => {
    expect(pickAgent('round_robin', agents)).toBe('binh');
    expect(pickAgent('round_robin', [...agents, { id: 'em', onShift: true, lastAssignedAt: null, openCases: 9 }])).toBe('em');
  });
  it('least loaded: fewest open cases, ties by turn', () => expect(pickAgent('least_loaded', agents)).toBe('an'));
  it('nobody on shift: nobody', () => expect(pickAgent('round_robin', agents.map((a) => ({ ...a, onShift: false })))).toBeNull());
  it('property: round robin over n cases gives each on-shift agent its turn', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 30 }), (n, cases) => {
        const pool: AgentLoad[] = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, onShift: true, lastAssignedAt: null, openCases: 0 }));
        const counts = new Map<string, number>();
        for (let k = 0; k < cases; k++) {
          const id = pickAgent('round_robin', pool)!;
          counts.set(id, (counts.get(id) ?? 0) + 1);
          pool.find((a) => a.id === id)!.lastAssignedAt = new Date(1_000 + k);
        }
        const values = pool.map((a) => counts.get(a.id) ?? 0);
        expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
