import { describe, expect, it } from 'vitest';
import { supportEntries } from './support-entries';

const kase = (id: string, createdAt: string) => ({ id, number: 1, subject: 'Giao hàng trễ', status: 'open' as const, priority: 'normal' as const, department: null, createdAt, resolvedAt: null });
const reply = (id: string, createdAt: string) => ({ id, case: { id: 'c', number: 1, subject: 'Giao hàng trễ' }, body: 'Chào chị', author: null, delivery: 'sent' as const, createdAt });

describe('supportEntries', () => {
  const support = { cases: [kase('c1', '2026-11-20T03:00:00.000Z'), kase('c2', '2026-11-01T03:00:00.000Z')], replies: [reply('r1', '2026-11-21T03:00:00.000Z')] };
  it('keeps only what falls within the loaded events while older pages remain', () => {
    expect(supportEntries(support, '2026-11-10T00:00:00.000Z').map((e) => (e.kind === 'case' ? e.c.id : e.r.id))).toEqual(['c1', 'r1']);
  });
  it('keeps everything once the whole history is loaded, and nothing without support data', () => {
    expect(supportEntries(support, null)).toHaveLength(3);
    expect(supportEntries(undefined, null)).toEqual([]);
  });
});
