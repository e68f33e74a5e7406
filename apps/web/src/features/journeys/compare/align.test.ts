import { ZJourneyDoc, type JourneyDocInput } from '@footprint/core';
import { describe, expect, it } from 'vitest';
import { compareMaps } from './align';

const TP = '0190a0b0-0000-7000-8000-000000000001';
const TP2 = '0190a0b0-0000-7000-8000-000000000002';
const lanes: JourneyDocInput['lanes'] = [
  { id: 'tp', kind: 'touchpoints' },
  { id: 'pain', kind: 'pains' },
  { id: 'opp', kind: 'opportunities' },
];
const stage = (id: string, vi: string, cells: Record<string, unknown> = {}) => ({ id, name: { vi }, cells });
const doc = (stages: ReturnType<typeof stage>[]) => ZJourneyDoc.parse({ lanes, stages });

describe('compareMaps', () => {
  const current = doc([
    stage('s1', 'Tìm hiểu', { tp: { touchpoints: [{ id: 'a', touchpointId: TP, channel: 'web', mode: 'online', target: { metric: 'csat', min: 70 } }] } }),
    stage('s2', 'Mua hàng', { pain: { pains: [{ id: 'p1', text: 'Xếp hàng lâu', severity: 'high' }] } }),
    stage('s3', 'Giao hàng', { tp: { touchpoints: [{ id: 'b', touchpointId: TP2, channel: 'store', mode: 'offline' }] } }),
  ]);

  it('pairs stages by id, marks new and removed ones in place, and what changed in each', () => {
    const future = doc([
      stage('s1', 'Tìm hiểu', { tp: { touchpoints: [{ id: 'a', touchpointId: TP, channel: 'web', mode: 'online', target: { metric: 'csat', min: 85 } }] } }),
      stage('s2', 'Mua hàng', { opp: { opportunities: [{ id: 'o1', text: 'Thanh toán tự phục vụ' }] } }),
      stage('n1', 'Theo dõi đơn'),
    ]);
    const pairs = compareMaps(current, future);
    // s3 is not in the future map by id, and n1 takes its position: paired by position.
    expect(pairs.map((p) => [p.current?.id ?? null, p.future?.id ?? null, p.status])).toEqual([
      ['s1', 's1', 'changed'],
      ['s2', 's2', 'changed'],
      ['s3', 'n1', 'changed'],
    ]);
    expect(pairs[0]!.touchpoints.future[0]!.change).toBe('changed');
    expect(pairs[1]!.pains.current[0]!.change).toBe('removed');
    expect(pairs[1]!.opportunities.future[0]!.change).toBe('added');
    expect(pairs[1]!.changes).toBe(2);
    expect(pairs[2]!.renamed).toBe(true);
    expect(pairs[2]!.touchpoints.current[0]!.change).toBe('removed');
  });

  it('marks a stage only the future has as new and one only the current has as removed, in order', () => {
    const future = doc([stage('s1', 'Tìm hiểu', current.stages[0]!.cells), stage('x', 'Mới 1'), stage('y', 'Mới 2'), stage('z', 'Mới 3'), stage('w', 'Mới 4')]);
    const shorter = doc([current.stages[0]!, current.stages[1]!, current.stages[2]!, stage('s4', 'Sau mua')]);
    const pairs = compareMaps(shorter, doc([future.stages[0]!]));
    expect(pairs.map((p) => [p.current?.id ?? null, p.future?.id ?? null, p.status])).toEqual([
      ['s1', 's1', 'same'],
      ['s2', null, 'removed'],
      ['s3', null, 'removed'],
      ['s4', null, 'removed'],
    ]);
    const grown = compareMaps(doc([current.stages[0]!]), future);
    expect(grown.map((p) => p.status)).toEqual(['same', 'new', 'new', 'new', 'new']);
  });

  it('matches items by what they are when their ids differ, and keeps unchanged ones quiet', () => {
    const future = doc([
      stage('s1', 'Tìm hiểu', { tp: { touchpoints: [{ id: 'zz', touchpointId: TP, channel: 'web', mode: 'online', target: { metric: 'csat', min: 70 } }] } }),
      stage('s2', 'Mua hàng', { pain: { pains: [{ id: 'q9', text: '  xếp hàng lâu ', severity: 'high' }] } }),
      stage('s3', 'Giao hàng', current.stages[2]!.cells),
    ]);
    const pairs = compareMaps(current, future);
    expect(pairs.map((p) => p.status)).toEqual(['same', 'same', 'same']);
    expect(pairs.every((p) => p.changes === 0)).toBe(true);
  });
});
