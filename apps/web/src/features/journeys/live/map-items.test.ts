import { ZJourneyDoc, type JourneyLive } from '@footprint/core';
import { describe, expect, it } from 'vitest';
import { isLiveEmpty, itemName, stageName, touchpointItems } from './map-items';

const TP = '0190a0b0-0000-7000-8000-000000000001';
const doc = ZJourneyDoc.parse({
  lanes: [
    { id: 'tp', kind: 'touchpoints' },
    { id: 'pn', kind: 'pains' },
  ],
  stages: [
    { id: 's1', name: { vi: 'Mua hàng', en: 'Purchase' }, cells: { tp: { touchpoints: [{ id: 'a', touchpointId: TP, channel: 'store', mode: 'offline' }] } } },
    { id: 's2', name: { vi: 'Giao hàng' }, cells: { tp: { touchpoints: [{ id: 'b', channel: 'delivery', mode: 'offline', name: 'Giao tận nhà' }] } } },
  ],
});
const fallback = { deleted: 'Điểm chạm đã xoá', unnamed: 'Chưa đặt tên' };

describe('map items', () => {
  it('finds every touchpoint item with its stage', () => {
    const items = touchpointItems(doc);
    expect([...items.keys()]).toEqual(['a', 'b']);
    expect(items.get('b')?.stageId).toBe('s2');
  });
  it('names a linked item by its touchpoint, an unlinked one by its own name, a gone one as deleted', () => {
    const names = new Map([[TP, 'Quầy thu ngân']]);
    const items = touchpointItems(doc);
    expect(itemName(items.get('a')!.item, names, fallback)).toBe('Quầy thu ngân');
    expect(itemName(items.get('b')!.item, names, fallback)).toBe('Giao tận nhà');
    expect(itemName(items.get('a')!.item, new Map(), fallback)).toBe('Điểm chạm đã xoá');
    expect(itemName({ touchpointId: null, name: '' }, names, fallback)).toBe('Chưa đặt tên');
  });
  it('names stages in the reader language, English falling back to Vietnamese', () => {
    expect(stageName(doc.stages[0]!, 'en')).toBe('Purchase');
    expect(stageName(doc.stages[1]!, 'en')).toBe('Giao hàng');
    expect(stageName(doc.stages[0]!, 'vi')).toBe('Mua hàng');
  });
});

describe('isLiveEmpty', () => {
  const base: JourneyLive = {
    from: '2026-01-01',
    to: '2026-01-31',
    persona: null,
    touchpoints: [{ itemId: 'a', touchpointId: TP, customers: 0, events: 0, nps: null, csat: null, ces: null, changes: [], negativeShare: null, responses: 0, target: 'none' }],
    stages: [{ stageId: 's1', customers: 0, toNext: 0, conversion: null, dropOff: null, medianHoursToNext: null, measuredEmotion: null, responses: 0 }],
    weakest: [],
  };
  it('is empty only when nothing at all was measured', () => {
    expect(isLiveEmpty(base)).toBe(true);
    expect(isLiveEmpty({ ...base, touchpoints: [{ ...base.touchpoints[0]!, events: 3 }] })).toBe(false);
    expect(isLiveEmpty({ ...base, stages: [{ ...base.stages[0]!, responses: 1 }] })).toBe(false);
  });
});
