import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMNS, rowsJson, type EventRow } from './insert-events.js';

const row = (o: Partial<EventRow> = {}): EventRow => ({
  workspaceId: '0190a000-0000-7000-8000-000000000001', id: '0190a000-0000-7000-8000-000000000002', messageId: 'm-1', type: 'track',
  event: 'Đặt hàng', anonymousId: 'a-1', userId: null, properties: '{"total":1290000,"note":"\\"quà\\" tặng"}', traits: null, context: '{"channel":"store"}',
  timestamp: '2026-11-20T02:30:00.000Z', originalTimestamp: null, sentAt: null, receivedAt: '2026-11-20T02:30:01.000Z', sourceKeyId: null, touchpointId: null,
  ...o,
});

/** The JSON the insert statement reads, turned back into rows by the column letters it declares. */
function readBack(json: string): Record<string, unknown>[] {
  const letters = COLUMNS.map((_, i) => String.fromCharCode(97 + i));
  return (JSON.parse(json) as Record<string, unknown>[]).map((o) => {
    expect(Object.keys(o).sort()).toEqual(letters);
    return Object.fromEntries(COLUMNS.map(([, , key], i) => [key, o[letters[i]!]]));
  });
}

describe('the rows JSON of the insert statement', () => {
  it('carries every column under its letter, JSON columns as JSON and text escaped', () => {
    const [r] = readBack(rowsJson([row({ userId: 'kh-"1"\\', traits: '{"name":"Lan"}' })]));
    expect(r).toMatchObject({ event: 'Đặt hàng', userId: 'kh-"1"\\', properties: { total: 1290000, note: '"quà" tặng' }, traits: { name: 'Lan' }, context: { channel: 'store' }, sentAt: null, touchpointId: null });
  });

  it('reads back any text exactly (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.option(fc.string()), (messageId, event, userId) => {
        const rows = [row({ messageId, event, userId }), row({ id: '0190a000-0000-7000-8000-000000000003' })];
        const back = readBack(rowsJson(rows));
        expect(back).toHaveLength(2);
        expect(back[0]).toMatchObject({ messageId, event, userId });
      }),
    );
  });

  it('is an empty array for no rows', () => {
    expect(JSON.parse(rowsJson([]))).toEqual([]);
  });
});
