import { z } from 'zod';
import { todayIn } from '../feedback/periods.js';
import { foldForSearch, nfc } from '../text/normalize.js';
import { zCleanString } from '../workspace/contracts.js';

/**
 * A persona's rule: which real customers it stands for. Conditions read the customer's columns
 * (province, gender, age from the birthday, whether an email or phone is known, days since first
 * and last seen) or any trait in `customers.traits`. The same rule runs here, in memory
 * (`matchesPersonaRule`, used by tests and the dashboard), and as SQL on the server
 * (`personaCustomerFilter`); a property test keeps the two equal.
 *
 * Text compares folded (core's foldForSearch): "ha noi" equals "Hà Nội". Numbers compare as
 * numbers: a trait that is a JSON number, or a string of plain decimal digits ("35", "-2.5").
 */
export const PERSONA_FIELDS = ['province', 'gender', 'age', 'email', 'phone', 'firstSeen', 'lastSeen', 'trait'] as const;
export type PersonaField = (typeof PERSONA_FIELDS)[number];
export const PERSONA_OPS = ['eq', 'neq', 'in', 'contains', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;
export type PersonaOp = (typeof PERSONA_OPS)[number];

const TEXT_OPS: readonly PersonaOp[] = ['eq', 'neq', 'in', 'contains', 'exists'];
const NUMBER_OPS: readonly PersonaOp[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'];
/** What each field can be asked. `age` and the seen-fields are numbers (years; whole days ago). */
export const PERSONA_FIELD_OPS: Readonly<Record<PersonaField, readonly PersonaOp[]>> = {
  province: TEXT_OPS,
  gender: TEXT_OPS,
  age: NUMBER_OPS,
  email: ['exists'],
  phone: ['exists'],
  firstSeen: ['gt', 'gte', 'lt', 'lte'],
  lastSeen: ['gt', 'gte', 'lt', 'lte'],
  trait: PERSONA_OPS,
};
export const NUMERIC_OPS: readonly PersonaOp[] = ['gt', 'gte', 'lt', 'lte'];
/** Fields whose value is a number, so `eq`/`neq` compare numbers too. */
export const NUMERIC_FIELDS: readonly PersonaField[] = ['age', 'firstSeen', 'lastSeen'];

export const PERSONA_RULE_MAX_CONDITIONS = 20;

const zRuleText = zCleanString()
  .transform((s) => nfc(s).trim())
  .pipe(z.string().min(1).max(200));
/** A trait's key as the tracking API stored it (case and spelling kept). */
export const zTraitKey = zCleanString().pipe(z.string().min(1).max(100));

export const ZPersonaCondition = z
  .object({
    field: z.enum(PERSONA_FIELDS),
    /** The trait's key; only (and always) with `field: 'trait'`. */
    key: zTraitKey.optional(),
    op: z.enum(PERSONA_OPS),
    /** `exists`: true (has it) or false (has not); `in`: a list; numeric ops: a number; text ops: text. */
    value: z.union([z.boolean(), z.number().finite(), zRuleText, z.array(zRuleText).min(1).max(50)]),
  })
  .superRefine((c, ctx) => {
    if ((c.field === 'trait') !== (c.key !== undefined)) ctx.addIssue({ code: 'custom', path: ['key'], message: 'A trait condition names its key; others have none' });
    if (!PERSONA_FIELD_OPS[c.field].includes(c.op)) ctx.addIssue({ code: 'custom', path: ['op'], message: `${c.field} cannot be compared with ${c.op}` });
    const numeric = NUMERIC_OPS.includes(c.op) || (NUMERIC_FIELDS.includes(c.field) && (c.op === 'eq' || c.op === 'neq'));
    const ok =
      c.op === 'exists' ? typeof c.value === 'boolean' : c.op === 'in' ? Array.isArray(c.value) : numeric ? typeof c.value === 'number' : typeof c.value === 'string';
    if (!ok) ctx.addIssue({ code: 'custom', path: ['value'], message: `The value does not fit ${c.op}` });
  });
export type PersonaCondition = z.infer<typeof ZPersonaCondition>;

export const ZPersonaRule = z.object({
  /** all: every condition holds (none → everyone); any: at least one holds (none → nobody). */
  match: z.enum(['all', 'any']).default('all'),
  conditions: z.array(ZPersonaCondition).max(PERSONA_RULE_MAX_CONDITIONS).default([]),
});
export type PersonaRule = z.infer<typeof ZPersonaRule>;
export type PersonaRuleInput = z.input<typeof ZPersonaRule>;

/** What the rule reads of a customer (the `customers` row). */
export interface PersonaCustomer {
  province: string | null;
  gender: string | null;
  birthday: string | null;
  email: string | null;
  phone: string | null;
  firstSeen: Date | string;
  lastSeen: Date | string;
  traits: Record<string, unknown>;
}

/** The days the rule counts in: Vietnam's by default; the server passes the workspace's zone. */
export const PERSONA_RULE_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;

/** A string a trait may hold that counts as a number: plain decimal digits, at most 15 each side. */
export const NUMERIC_TEXT = /^-?[0-9]{1,15}(\.[0-9]{1,15})?$/;
/** Birthdays read: ISO "1990-05-12" (a timestamp after it is fine) or "12/05/1990". */
export const BIRTHDAY_ISO = /^([0-9]{4})-([0-9]{2})-([0-9]{2})/;
export const BIRTHDAY_DMY = /^([0-9]{1,2})\/([0-9]{1,2})\/([0-9]{4})$/;
export const BIRTH_YEAR_MIN = 1900;

/** A number written out without an exponent, as PostgreSQL prints a jsonb number ("1e-7" → "0.0000001"). */
export function plainNumber(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = `${lead}${frac}`;
  if (exp >= 0) return `${sign}${digits.padEnd(exp + 1, '0').slice(0, exp + 1)}${digits.length > exp + 1 ? `.${digits.slice(exp + 1)}` : ''}`;
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/** A trait's value as text: strings, numbers and booleans have one; null, lists and objects none. */
export function traitText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return plainNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return null;
}

/** A trait's value as a number: a JSON number, or a string of plain decimal digits. */
export function traitNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && NUMERIC_TEXT.test(v)) return Number(v);
  return null;
}

/** The day (y, m, d) the rule counts ages from, in a time zone. */
export function ruleToday(now: Date, timeZone: string = PERSONA_RULE_TIME_ZONE): { y: number; m: number; d: number } {
  const [y, m, d] = todayIn(timeZone, now).split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Whole years since a birthday, on a day; null when the birthday is unreadable or after that day. */
export function ageOn(birthday: string | null, today: { y: number; m: number; d: number }): number | null {
  if (birthday === null) return null;
  const iso = BIRTHDAY_ISO.exec(birthday);
  const dmy = iso ? null : BIRTHDAY_DMY.exec(birthday);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  if (y < BIRTH_YEAR_MIN || y > today.y || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const age = today.y - y - (m > today.m || (m === today.m && d > today.d) ? 1 : 0);
  return age >= 0 ? age : null;
}

/** Whole days from an instant to now (negative for the future). */
export function daysSince(t: Date | string, now: Date): number {
  return Math.floor((now.getTime() - new Date(t).getTime()) / DAY_MS);
}

function compareNumber(op: PersonaOp, a: number | null, b: number): boolean {
  if (op === 'neq') return a === null || a !== b;
  if (a === null) return false;
  switch (op) {
    case 'eq':
      return a === b;
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    default:
      return false;
  }
}

function compareText(op: PersonaOp, text: string | null, value: PersonaCondition['value']): boolean {
  const folded = text === null ? null : foldForSearch(text);
  switch (op) {
    case 'exists':
      return (folded !== null && folded !== '') === value;
    case 'eq':
      return folded !== null && folded === foldForSearch(String(value));
    case 'neq':
      return folded === null || folded !== foldForSearch(String(value));
    case 'in':
      return folded !== null && Array.isArray(value) && value.some((v) => foldForSearch(v) === folded);
    case 'contains':
      return folded !== null && folded.includes(foldForSearch(String(value)));
    default:
      return false;
  }
}

/** One condition against one customer. */
export function matchesPersonaCondition(c: PersonaCondition, customer: PersonaCustomer, now: Date, timeZone: string = PERSONA_RULE_TIME_ZONE): boolean {
  switch (c.field) {
    case 'province':
    case 'gender':
    case 'email':
    case 'phone':
      return compareText(c.op, customer[c.field], c.value);
    case 'age': {
      const age = ageOn(customer.birthday, ruleToday(now, timeZone));
      return c.op === 'exists' ? (age !== null) === c.value : compareNumber(c.op, age, Number(c.value));
    }
    case 'firstSeen':
    case 'lastSeen':
      return compareNumber(c.op, daysSince(customer[c.field], now), Number(c.value));
    case 'trait': {
      const v = Object.prototype.hasOwnProperty.call(customer.traits, c.key!) ? customer.traits[c.key!] : undefined;
      if (NUMERIC_OPS.includes(c.op)) return compareNumber(c.op, traitNumber(v), Number(c.value));
      return compareText(c.op, traitText(v), c.value);
    }
  }
}

/** Whether a customer is one the rule covers, at `now` (ages and days counted in `timeZone`). */
export function matchesPersonaRule(rule: PersonaRule, customer: PersonaCustomer, now: Date, timeZone: string = PERSONA_RULE_TIME_ZONE): boolean {
  const test = (c: PersonaCondition) => matchesPersonaCondition(c, customer, now, timeZone);
  return rule.match === 'all' ? rule.conditions.every(test) : rule.conditions.some(test);
}
