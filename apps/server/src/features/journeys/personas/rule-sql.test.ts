import { matchesPersonaRule, ZPersonaRule, type PersonaCustomer, type PersonaRule } from '@footprint/core';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/database.js';
import { customers } from '../../../db/schema.js';
import { newId } from '../../../platform/ids.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { createUser, createWorkspace } from '../../workspace/index.js';
import { personaCustomerFilter } from './index.js';

/**
 * The rule's SQL equals core's matchesPersonaRule: random customers (Vietnamese text with and
 * without marks, NFD and NFC, numbers as JSON and as digits, odd birthdays) against random rules
 * drawn from the same words, on PGlite and PostgreSQL.
 */

const WORDS = ['Hà Nội', 'ha noi', 'HÀ NỘI', 'Hà  Nội ', 'TP. Hồ Chí Minh', 'Đà Nẵng', 'da nang', 'female', 'Nữ', 'nu', 'male', 'Nam', 'vàng', 'VIP', 'vip', '35', '35.0', '-2.5', '1e3', '', ' ', 'Bình Dương', 'đồng', 'dong'];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...WORDS).map((w) => w.normalize('NFD')));
const KEYS = ['tier', 'age', 'spend', 'Thành phố', 'vip'];
const NUMBERS = [0, 1, 18, 25, 30, 35, 45, 60, -2.5, 0.1, 1e-7, 1e21, 1_500_000];
const BIRTHDAYS = ['1990-05-12', '2000-02-29', '1985-12-31T10:00:00Z', '12/05/1990', '1/1/2001', '31/12/1975', '1899-01-01', '2099-01-01', '1990-13-01', 'không rõ', '1990', ''];

const NOW = new Date('2026-06-15T03:00:00.000Z');
const instant = fc.integer({ min: -400, max: 5 }).chain((d) => fc.integer({ min: 0, max: 86_399_999 }).map((ms) => new Date(NOW.getTime() + d * 86_400_000 - ms)));

const traitValue = fc.oneof(word, fc.constantFrom(...NUMBERS), fc.boolean(), fc.constant(null), fc.constant([1, 2]), fc.constant({ a: 'Hà Nội' }));
const customerArb = fc.record({
  province: fc.option(word, { nil: null }),
  gender: fc.option(word, { nil: null }),
  birthday: fc.option(fc.constantFrom(...BIRTHDAYS), { nil: null }),
  email: fc.option(fc.constantFrom('lan@example.vn', '', ' '), { nil: null }),
  phone: fc.option(fc.constantFrom('0912345678', ''), { nil: null }),
  firstSeen: instant,
  lastSeen: instant,
  traits: fc.dictionary(fc.constantFrom(...KEYS), traitValue, { maxKeys: 4 }).map((d) => ({ ...d })),
});

const textValue = (op: string) => (op === 'in' ? fc.array(word.filter((w) => w.trim() !== ''), { minLength: 1, maxLength: 3 }) : word.filter((w) => w.trim() !== ''));
const conditionArb = fc.oneof(
  fc.record({ field: fc.constantFrom('province', 'gender'), op: fc.constantFrom('eq', 'neq', 'in', 'contains') }).chain((c) => textValue(c.op).map((value) => ({ ...c, value }))),
  fc.record({ field: fc.constantFrom('province', 'gender', 'email', 'phone', 'age'), op: fc.constant('exists'), value: fc.boolean() }),
  fc.record({ field: fc.constant('age'), op: fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), value: fc.constantFrom(0, 18, 25, 25.5, 36, 50, 126) }),
  fc.record({ field: fc.constantFrom('firstSeen', 'lastSeen'), op: fc.constantFrom('gt', 'gte', 'lt', 'lte'), value: fc.constantFrom(-1, 0, 1, 7, 30, 30.5, 90, 365) }),
  fc.record({ field: fc.constant('trait'), key: fc.constantFrom(...KEYS), op: fc.constantFrom('eq', 'neq', 'in', 'contains') }).chain((c) => textValue(c.op).map((value) => ({ ...c, value }))),
  fc.record({ field: fc.constant('trait'), key: fc.constantFrom(...KEYS), op: fc.constantFrom('gt', 'gte', 'lt', 'lte'), value: fc.constantFrom(...NUMBERS, 35, 2) }),
  fc.record({ field: fc.constant('trait'), key: fc.constantFrom(...KEYS), op: fc.constant('exists'), value: fc.boolean() }),
);
const ruleArb = fc.record({ match: fc.constantFrom('all', 'any'), conditions: fc.array(conditionArb, { maxLength: 3 }) }).map((r) => ZPersonaRule.parse(r));

describe.each(ENGINES)('persona rules in SQL on $name', (engine) => {
  let t: TestDatabase;
  let workspaceId: string;
  let other: string;

  beforeAll(async () => {
    t = await engine.create();
    const owner = await createUser(t.database.db, { name: 'Chủ', email: 'chu@example.vn', password: 'mật-khẩu-dài-đủ' }, 10);
    workspaceId = (await createWorkspace(t.database.db, { name: 'Cửa hàng A', ownerId: owner.id })).id;
    other = (await createWorkspace(t.database.db, { name: 'Cửa hàng B', ownerId: owner.id })).id;
  });
  afterAll(async () => {
    await t.drop();
  });

  const covered = async (ws: string, rule: PersonaRule) =>
    new Set((await queryRows<{ id: string }>(t.database.db, sql`${personaCustomerFilter(ws, rule, NOW)}`)).map((r) => r.id));

  it('covers exactly the customers core matches', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(customerArb, { minLength: 1, maxLength: 12 }), fc.array(ruleArb, { minLength: 1, maxLength: 6 }), async (people, rules) => {
        const db = t.database.db;
        await db.delete(customers);
        const rows = people.map((p, i) => ({ ...p, workspaceId, id: newId(), userId: `kh-${i}` }));
        await db.insert(customers).values(rows);
        // Another tenant's identical customers are never covered.
        await db.insert(customers).values(rows.map((r) => ({ ...r, workspaceId: other, id: newId() })));
        for (const rule of rules) {
          const expected = new Set(rows.filter((r) => matchesPersonaRule(rule, r as PersonaCustomer, NOW)).map((r) => r.id));
          expect(await covered(workspaceId, rule), JSON.stringify({ rule, people })).toEqual(expected);
        }
      }),
      { numRuns: engine.name === 'pglite' ? 60 : 80 },
    );
  });

  it('reads "ha noi" as Hà Nội, and a trait key is data, not SQL', async () => {
    const db = t.database.db;
    await db.delete(customers);
    const base = { workspaceId, firstSeen: NOW, lastSeen: NOW };
    await db.insert(customers).values([
      { ...base, id: newId(), userId: 'lan', province: 'Hà Nội', traits: { "x') or true --": 'vàng' } },
      { ...base, id: newId(), userId: 'minh', province: 'TP. Hồ Chí Minh', traits: {} },
    ]);
    const rule = (conditions: unknown[]) => ZPersonaRule.parse({ match: 'all', conditions });
    expect((await covered(workspaceId, rule([{ field: 'province', op: 'eq', value: 'ha noi' }]))).size).toBe(1);
    expect((await covered(workspaceId, rule([{ field: 'trait', key: "x') or true --", op: 'eq', value: 'VANG' }]))).size).toBe(1);
    expect((await covered(workspaceId, rule([{ field: 'trait', key: "tier' or '1'='1", op: 'exists', value: true }]))).size).toBe(0);
  });
});
