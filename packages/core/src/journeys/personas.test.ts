import { describe, expect, it } from 'vitest';
import { DEMO_PERSONAS } from '../demo/personas.js';
import { ageOn, matchesPersonaRule, plainNumber, ZPersonaRule, type PersonaCustomer } from './persona-rule.js';
import { ZPersonaCreate, ZPersonaProfile } from './personas.js';

const NOW = new Date('2026-06-15T03:00:00Z');
const lan: PersonaCustomer = {
  province: 'Hà Nội',
  gender: 'female',
  birthday: '1992-06-16',
  email: 'lan@example.vn',
  phone: null,
  firstSeen: new Date('2026-03-01T00:00:00Z'),
  lastSeen: new Date('2026-06-14T00:00:00Z'),
  traits: { tier: 'Vàng', orders: '7', spend: 1e21 },
};
const rule = (conditions: unknown[], match = 'all') => ZPersonaRule.parse({ match, conditions });

describe('persona rules', () => {
  it('compares text without case or diacritics', () => {
    expect(matchesPersonaRule(rule([{ field: 'province', op: 'eq', value: 'ha noi' }]), lan, NOW)).toBe(true);
    expect(matchesPersonaRule(rule([{ field: 'province', op: 'in', value: ['da nang', 'HA  NOI'] }]), lan, NOW)).toBe(true);
    expect(matchesPersonaRule(rule([{ field: 'trait', key: 'tier', op: 'contains', value: 'VANG' }]), lan, NOW)).toBe(true);
    expect(matchesPersonaRule(rule([{ field: 'province', op: 'neq', value: 'Hà Nội' }]), lan, NOW)).toBe(false);
  });

  it('treats a missing value as never equal and always different', () => {
    expect(matchesPersonaRule(rule([{ field: 'phone', op: 'exists', value: false }]), lan, NOW)).toBe(true);
    expect(matchesPersonaRule(rule([{ field: 'trait', key: 'city', op: 'eq', value: 'x' }]), lan, NOW)).toBe(false);
    expect(matchesPersonaRule(rule([{ field: 'trait', key: 'city', op: 'neq', value: 'x' }]), lan, NOW)).toBe(true);
  });

  it('counts ages in whole years on the day in Vietnam, and days since seen', () => {
    // 15/06/2026 in Vietnam: the 34th birthday is tomorrow.
    expect(ageOn('1992-06-16', { y: 2026, m: 6, d: 15 })).toBe(33);
    expect(ageOn('15/06/1992', { y: 2026, m: 6, d: 15 })).toBe(34);
    expect(ageOn('1992-13-01', { y: 2026, m: 6, d: 15 })).toBeNull();
    expect(matchesPersonaRule(rule([{ field: 'age', op: 'gte', value: 34 }]), lan, NOW)).toBe(false);
    expect(matchesPersonaRule(rule([{ field: 'lastSeen', op: 'lte', value: 1 }]), lan, NOW)).toBe(true);
    expect(matchesPersonaRule(rule([{ field: 'firstSeen', op: 'gt', value: 100 }]), lan, NOW)).toBe(true);
  });

  it('reads numbers from JSON numbers and plain digits', () => {
    expect(matchesPersonaRule(rule([{ field: 'trait', key: 'orders', op: 'gte', value: 7 }]), lan, NOW)).toBe(true);
    expect(matchesPersonaRule(rule([{ field: 'trait', key: 'tier', op: 'gt', value: 0 }]), lan, NOW)).toBe(false);
    expect(matchesPersonaRule(rule([{ field: 'trait', key: 'spend', op: 'eq', value: '1000000000000000000000' }]), lan, NOW)).toBe(true);
    expect(plainNumber(1.5e-7)).toBe('0.00000015');
    expect(plainNumber(-2.5e22)).toBe('-25000000000000000000000');
  });

  it('matches every condition or any; none means everyone or nobody', () => {
    const c = [{ field: 'gender', op: 'eq', value: 'male' }, { field: 'email', op: 'exists', value: true }];
    expect(matchesPersonaRule(rule(c, 'all'), lan, NOW)).toBe(false);
    expect(matchesPersonaRule(rule(c, 'any'), lan, NOW)).toBe(true);
    expect(matchesPersonaRule(rule([], 'all'), lan, NOW)).toBe(true);
    expect(matchesPersonaRule(rule([], 'any'), lan, NOW)).toBe(false);
  });

  it('refuses conditions that do not fit their field', () => {
    expect(ZPersonaRule.safeParse({ match: 'all', conditions: [{ field: 'province', op: 'gt', value: 1 }] }).success).toBe(false);
    expect(ZPersonaRule.safeParse({ match: 'all', conditions: [{ field: 'trait', op: 'eq', value: 'x' }] }).success).toBe(false);
    expect(ZPersonaRule.safeParse({ match: 'all', conditions: [{ field: 'age', key: 'x', op: 'gt', value: 1 }] }).success).toBe(false);
    expect(ZPersonaRule.safeParse({ match: 'all', conditions: [{ field: 'email', op: 'exists', value: 'yes' }] }).success).toBe(false);
  });
});

describe('persona profiles', () => {
  it('fills defaults, trims, drops repeated channels and keeps ranges in order', () => {
    const p = ZPersonaProfile.parse({ quote: '  Giao đúng hẹn  ', preferredChannels: ['zalo', 'zalo', 'store'] });
    expect(p).toMatchObject({ quote: 'Giao đúng hẹn', preferredChannels: ['zalo', 'store'], goals: [], empathy: { says: [], thinks: [], does: [], feels: [] } });
    expect(ZPersonaProfile.safeParse({ ageMin: 40, ageMax: 30 }).success).toBe(false);
    expect(ZPersonaCreate.safeParse({ name: 'X', avatar: 'robot' }).success).toBe(false);
  });

  it('has demo personas whose rules parse and cover the demo customers they describe', () => {
    expect(DEMO_PERSONAS.map((p) => p.name)).toContain('Chị Lan — mẹ bỉm sữa bận rộn ở Hà Nội');
    const lanRule = ZPersonaRule.parse(DEMO_PERSONAS[0]!.rule);
    expect(matchesPersonaRule(lanRule, lan, NOW)).toBe(true);
    for (const p of DEMO_PERSONAS) expect(ZPersonaCreate.safeParse({ name: p.name, avatar: p.avatar, profile: p.profile, rule: p.rule }).success).toBe(true);
  });
});
