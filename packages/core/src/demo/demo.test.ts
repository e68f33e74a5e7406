import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../text/normalize.js';
import { makePerson } from './people.js';
import { Rng } from './random.js';
import { generateTeam } from './team.js';
import { customerFootprints } from './footprints.js';

describe('demo generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateTeam(42, 2000, 'x.example')).toEqual(generateTeam(42, 2000, 'x.example'));
    expect(generateTeam(42, 2000, 'x.example')).not.toEqual(generateTeam(43, 2000, 'x.example'));
  });

  it('grows the team with the customer base, every department staffed', () => {
    const small = generateTeam(1, 100, 'x.example');
    const large = generateTeam(1, 100_000, 'x.example');
    expect(large.length).toBeGreaterThan(small.length);
    for (const key of ['sales', 'warehouse', 'shipping', 'technical', 'care']) {
      expect(small.filter((m) => m.departmentKey === key).length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(large.map((m) => m.email)).size).toBe(large.length);
  });

  it('makes Vietnamese people: NFC names with diacritics, ASCII emails, carrier phone numbers', () => {
    const rng = new Rng(7);
    const people = Array.from({ length: 500 }, (_, i) => makePerson(rng, i));
    for (const p of people) {
      expect(p.name).toBe(p.name.normalize('NFC'));
      expect(p.name.split(' ')).toHaveLength(3);
      expect(p.email).toMatch(/^[a-z.]+\d+@[a-z.]+$/);
      expect(p.phone).toMatch(/^0\d{9}$/);
    }
    expect(people.some((p) => foldForSearch(p.name) !== p.name.toLowerCase())).toBe(true);
    // Nguyễn is the most common family name by far, as in Vietnam.
    const nguyen = people.filter((p) => p.name.startsWith('Nguyễn ')).length;
    expect(nguyen / people.length).toBeGreaterThan(0.25);
  });
});

describe('demo footprints', () => {
  const now = new Date('2026-11-20T00:00:00Z');
  it('are deterministic per customer, with unique message ids and no future timestamps', () => {
    expect(customerFootprints(5, 42, now)).toEqual(customerFootprints(5, 42, now));
    const all = Array.from({ length: 300 }, (_, i) => customerFootprints(5, i, now)).flat();
    expect(new Set(all.map((m) => m.messageId)).size).toBe(all.length);
    expect(all.every((m) => Date.parse(m.timestamp) <= now.getTime())).toBe(true);
  });

  it('cover the journey across channels: web and app, stores, delivery, the hotline', () => {
    const all = Array.from({ length: 500 }, (_, i) => customerFootprints(5, i, now)).flat();
    const channels = new Set(all.map((m) => m.context.channel));
    for (const c of ['web', 'app', 'store', 'delivery', 'hotline']) expect(channels).toContain(c);
    const events = new Set(all.map((m) => m.event ?? m.name));
    for (const e of ['Trang chủ', 'Xem sản phẩm', 'Thêm vào giỏ', 'Đặt hàng', 'Giao hàng thành công', 'Ghé cửa hàng']) expect(events).toContain(e);
    expect(all.filter((m) => m.type === 'identify').every((m) => /^KH\d{6}$/.test(m.userId!))).toBe(true);
  });
});
