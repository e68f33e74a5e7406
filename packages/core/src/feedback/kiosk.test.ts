import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canManageKiosks, canManageStores } from '../workspace/permissions.js';
import { ROLES } from '../workspace/roles.js';
import { ZStoreInput, ZStorePatch } from '../workspace/stores.js';
import { formatPairCode, kioskOnline, normalizePairCode, PAIR_CODE_ALPHABET, PAIR_CODE_LENGTH, ZKioskSync } from './kiosk.js';

describe('pairing codes', () => {
  it('reads a code however it is typed, and refuses what cannot be one', () => {
    expect(normalizePairCode('k7p4-xq9m')).toBe('K7P4XQ9M');
    expect(normalizePairCode(' K7P4 XQ9M ')).toBe('K7P4XQ9M');
    expect(formatPairCode('K7P4XQ9M')).toBe('K7P4-XQ9M');
    // 0, O, 1, I and L are left out of the alphabet: they are misread.
    for (const bad of ['K7P4XQ90', 'K7P4XQ9O', 'K7P4XQ9', 'K7P4XQ9MM', '', 'K7P4XQ9Ị']) expect(normalizePairCode(bad)).toBeNull();
  });

  it('round-trips every code made of the alphabet (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PAIR_CODE_ALPHABET), { minLength: PAIR_CODE_LENGTH, maxLength: PAIR_CODE_LENGTH }), (chars) => {
        const code = chars.join('');
        expect(normalizePairCode(formatPairCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});

describe('kiosk state and contracts', () => {
  it('is online only while heard from within the threshold', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(kioskOnline(null, now)).toBe(false);
    expect(kioskOnline('2026-11-23T09:58:00Z', now, 180)).toBe(true);
    expect(kioskOnline('2026-11-23T09:57:00Z', now, 180)).toBe(false);
  });

  it('takes answer times with an offset, and refuses empty or oversized batches', () => {
    const one = { responseId: '0190f5c2-7c1a-7b3e-8a52-3f0e5b2c9d41', surveyId: '0190f5c2-7c1a-7b3e-8a52-3f0e5b2c9d42', answers: { csat: 2 }, answeredAt: '2026-11-23T17:05:00+07:00' };
    expect(ZKioskSync.safeParse({ responses: [one] }).success).toBe(true);
    expect(ZKioskSync.safeParse({ responses: [{ ...one, answeredAt: 'hôm qua' }] }).success).toBe(false);
    expect(ZKioskSync.safeParse({ responses: [] }).success).toBe(false);
    expect(ZKioskSync.safeParse({ responses: Array.from({ length: 51 }, () => one) }).success).toBe(false);
  });

  it('keeps store texts in NFC and lets address and province be empty', () => {
    const decomposed = 'Chi nhánh Hà Nội'.normalize('NFD');
    expect(ZStoreInput.parse({ name: `  ${decomposed} ` })).toEqual({ name: 'Chi nhánh Hà Nội', address: '', province: '' });
    expect(ZStoreInput.safeParse({ name: '   ' }).success).toBe(false);
    expect(ZStorePatch.parse({ province: '' })).toEqual({ province: '' });
  });

  it('lets the CX team (owner, admin, analyst) and full keys manage stores and kiosks', () => {
    for (const can of [canManageStores, canManageKiosks]) {
      expect(ROLES.filter((r) => can({ kind: 'member', role: r }))).toEqual(['owner', 'admin', 'analyst']);
      expect(can({ kind: 'key', scope: 'full' })).toBe(true);
      expect(can({ kind: 'key', scope: 'read' })).toBe(false);
    }
  });
});
