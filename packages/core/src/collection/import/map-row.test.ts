import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZImportMapping, type ImportMapping } from './contracts.js';
import { issueMessage } from './issues.js';
import { KIND_TEMPLATES } from './kinds.js';
import { mapRow, missingColumns } from './map-row.js';
import { suggestMapping } from './suggest.js';

const opts = { timeZone: 'Asia/Ho_Chi_Minh', latest: new Date('2027-01-01T00:00:00Z') };

describe('suggested mapping', () => {
  it('finds Vietnamese and English headers without diacritics', () => {
    const t = KIND_TEMPLATES.pos_sale;
    const m = suggestMapping({ columns: t.headers, samples: t.rows });
    expect(m).toMatchObject({ kind: 'pos_sale', userId: 0, name: 1, phone: 2, timestamp: 3, timestampFormat: 'dmy', email: null, eventColumn: null });
    expect(m.properties).toEqual([
      { column: 4, name: 'store', type: 'text' },
      { column: 5, name: 'orderId', type: 'text' },
      { column: 6, name: 'total', type: 'money' },
      { column: 7, name: 'payment', type: 'text' },
    ]);
    const en = suggestMapping({ columns: ['Customer ID', 'Phone', 'E-mail', 'Date', 'Carrier', 'Order ID'], samples: [['a', '1', 'x@y.vn', '2026-11-20', 'GHN', 'D1']] });
    expect(en).toMatchObject({ kind: 'delivery', userId: 0, phone: 1, email: 2, timestamp: 3, timestampFormat: 'iso' });
    const decomposed = suggestMapping({ columns: ['SỐ ĐIỆN THOẠI'.normalize('NFD'), 'Thời gian gọi', 'Lý do', 'Cột lạ'], samples: [] });
    expect(decomposed).toMatchObject({ kind: 'hotline_call', phone: 0, timestamp: 1 });
    expect(decomposed.properties.map((p) => p.name)).toEqual(['reason', 'Cột lạ']);
  });

  it('suggests a valid mapping for every template', () => {
    for (const [kind, t] of Object.entries(KIND_TEMPLATES)) {
      const m = suggestMapping({ columns: t.headers, samples: t.rows });
      expect(m.kind).toBe(kind);
      expect(ZImportMapping.safeParse(m).success).toBe(true);
      for (const cells of t.rows) expect(mapRow({ row: 2, cells }, m, opts)).toMatchObject({ ok: true });
    }
  });

  it('keeps property names unique whatever the headers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('Tổng tiền', 'Thành tiền', 'Ghi chú', 'note', 'Cửa hàng', ''), fc.string()), { maxLength: 12 }), (columns) => {
        const names = suggestMapping({ columns, samples: [] }).properties.map((p) => p.name);
        expect(new Set(names).size).toBe(names.length);
      }),
    );
  });
});

const mapping: ImportMapping = ZImportMapping.parse({
  kind: 'pos_sale',
  userId: 0,
  name: 1,
  phone: 2,
  email: 3,
  timestamp: 4,
  timestampFormat: 'dmy',
  properties: [
    { column: 5, name: 'store', type: 'text' },
    { column: 6, name: 'total', type: 'money' },
  ],
});

describe('a row becomes an event', () => {
  it('maps identity, time in the workspace zone, NFC text and VND money', () => {
    const r = mapRow({ row: 2, cells: ['KH1', ' Nguyễn Văn An '.normalize('NFD'), '+84 912 345 678', 'An@Example.vn', '20/11/2026 09:30', 'Cửa hàng Quận 1', '1.290.000 ₫'] }, mapping, opts);
    expect(r).toEqual({
      ok: true,
      value: {
        row: 2,
        userId: 'KH1',
        name: 'Nguyễn Văn An',
        phone: '0912345678',
        email: 'an@example.vn',
        event: 'Đặt hàng',
        channel: 'store',
        timestamp: '2026-11-20T02:30:00.000Z',
        properties: { store: 'Cửa hàng Quận 1', total: 1_290_000, currency: 'VND' },
      },
    });
  });

  it('names every reason a row is bad', () => {
    const r = mapRow({ row: 7, cells: ['', '', '12ab', 'not-mail', '31/02/2026', 'x\u0000', 'nhiều tiền'] }, mapping, opts);
    expect(r.ok).toBe(false);
    const codes = r.ok ? [] : r.issues.map((i) => [i.code, i.column]);
    expect(codes).toEqual([['invalid_text', 5], ['invalid_phone', 2], ['invalid_email', 3], ['invalid_timestamp', 4], ['invalid_number', 6]]);
    expect(mapRow({ row: 3, cells: ['', 'An', '', '', '20/11/2026'] }, mapping, opts)).toMatchObject({ ok: false, issues: [{ code: 'missing_customer' }] });
    expect(mapRow({ row: 3, cells: ['KH1', '', '', '', ''] }, mapping, opts)).toMatchObject({ ok: false, issues: [{ code: 'missing_timestamp' }] });
    expect(mapRow({ row: 3, cells: ['KH1', '', '', '', '20/11/2030'] }, mapping, opts)).toMatchObject({ ok: false, issues: [{ code: 'future_timestamp' }] });
    const custom = ZImportMapping.parse({ kind: 'custom', userId: 0, eventColumn: 1, timestamp: 2, timestampFormat: 'iso' });
    expect(mapRow({ row: 3, cells: ['KH1', '', '2026-11-20'] }, custom, opts)).toMatchObject({ ok: false, issues: [{ code: 'missing_event', column: 1 }] });
    expect(mapRow({ row: 3, cells: ['KH1', 'Hội thảo', '2026-11-20'] }, custom, opts)).toMatchObject({ ok: true, value: { event: 'Hội thảo', channel: 'offline' } });
  });

  it('explains issues in Vietnamese and English', () => {
    const issue = { code: 'invalid_phone' as const, column: 2, value: '12ab' };
    expect(issueMessage(issue, 'Số điện thoại', 'vi')).toBe('Cột “Số điện thoại”: “12ab” không phải số điện thoại hợp lệ.');
    expect(issueMessage(issue, 'Số điện thoại', 'en')).toBe('Column “Số điện thoại”: “12ab” is not a valid phone number.');
  });

  it('refuses incomplete mappings and finds columns the file lacks', () => {
    expect(ZImportMapping.safeParse({ kind: 'store_visit', timestamp: 0, timestampFormat: 'dmy' }).success).toBe(false);
    expect(ZImportMapping.safeParse({ kind: 'custom', userId: 0, timestamp: 1, timestampFormat: 'dmy' }).success).toBe(false);
    expect(ZImportMapping.safeParse({ ...mapping, properties: [{ column: 5, name: 'a', type: 'text' }, { column: 6, name: 'a', type: 'text' }] }).success).toBe(false);
    expect(missingColumns(mapping, 6)).toEqual([6]);
    expect(missingColumns(mapping, 7)).toEqual([]);
  });

  it('never throws, and what it accepts is complete (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 9 }), (cells) => {
        const r = mapRow({ row: 2, cells }, mapping, opts);
        if (r.ok) {
          expect(r.value.userId ?? r.value.phone ?? r.value.email).not.toBeNull();
          expect(Number.isFinite(Date.parse(r.value.timestamp))).toBe(true);
        } else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });
});
