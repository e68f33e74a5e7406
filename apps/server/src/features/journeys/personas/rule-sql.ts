import {
  BIRTH_YEAR_MIN, foldForSearch, NUMERIC_OPS, PERSONA_RULE_TIME_ZONE, ruleToday, type PersonaCondition, type PersonaRule,
} from '@footprint/core';
import { sql, type SQL } from 'drizzle-orm';

/**
 * A persona's rule as SQL over `customers c`: the same meaning as core's matchesPersonaRule, kept
 * equal by a property test (rule-sql.test.ts) on both engines. Every value — and a trait's key — is
 * a parameter; nothing the user typed becomes SQL text.
 */

// Combining marks, as core's foldForSearch strips them after NFD (every Vietnamese mark is in this block).
const MARKS = '[\u0300-\u036f]';
const SPACES = '\\s+';

/** core's foldForSearch in SQL, for Vietnamese and ASCII text: NFD, marks dropped, đ → d, lower case, spaces folded. */
export function foldSql(x: SQL): SQL {
  return sql`btrim(regexp_replace(lower(translate(regexp_replace(normalize(${x}, NFD), ${MARKS}, '', 'g'), 'đĐ', 'dd')), ${SPACES}, ' ', 'g'))`;
}

const NUMERIC_TEXT_SQL = '^-?[0-9]{1,15}(\\.[0-9]{1,15})?$';

/** A trait as text (strings, numbers, booleans) or null, like core's traitText. */
const traitText = (key: string) => sql`(case when jsonb_typeof(c.traits -> ${key}::text) in ('string', 'number', 'boolean') then c.traits ->> ${key}::text end)`;
/** A trait as a number (a JSON number, or plain decimal digits), like core's traitNumber. */
const traitNumber = (key: string) =>
  sql`(case when jsonb_typeof(c.traits -> ${key}::text) = 'number' then (c.traits ->> ${key}::text)::float8
            when jsonb_typeof(c.traits -> ${key}::text) = 'string' and (c.traits ->> ${key}::text) ~ ${NUMERIC_TEXT_SQL} then (c.traits ->> ${key}::text)::float8 end)`;

/** Whole years since the birthday on `today`, null when unreadable or in the future (core's ageOn). */
function ageSql(today: { y: number; m: number; d: number }): SQL {
  const part = (iso: string, dmy: string) => sql`coalesce(substring(c.birthday from ${iso}), substring(c.birthday from ${dmy}))::int`;
  const y = part('^([0-9]{4})-[0-9]{2}-[0-9]{2}', '^[0-9]{1,2}/[0-9]{1,2}/([0-9]{4})$');
  const m = part('^[0-9]{4}-([0-9]{2})-[0-9]{2}', '^[0-9]{1,2}/([0-9]{1,2})/[0-9]{4}$');
  const d = part('^[0-9]{4}-[0-9]{2}-([0-9]{2})', '^([0-9]{1,2})/[0-9]{1,2}/[0-9]{4}$');
  return sql`(select case when b.y between ${BIRTH_YEAR_MIN}::int and ${today.y}::int and b.m between 1 and 12 and b.d between 1 and 31
      and ${today.y}::int - b.y - (case when b.m > ${today.m}::int or (b.m = ${today.m}::int and b.d > ${today.d}::int) then 1 else 0 end) >= 0
    then ${today.y}::int - b.y - (case when b.m > ${today.m}::int or (b.m = ${today.m}::int and b.d > ${today.d}::int) then 1 else 0 end) end
    from (select ${y} as y, ${m} as m, ${d} as d) b)`;
}

/** Whole days from a column to now (core's daysSince). */
const daysSql = (col: SQL, now: Date) => sql`floor((extract(epoch from ${now.toISOString()}::timestamptz) - extract(epoch from ${col})) / 86400)`;

function numberCompare(op: PersonaCondition['op'], x: SQL, value: number): SQL {
  const v = sql`${value}::float8`;
  switch (op) {
    case 'eq':
      return sql`coalesce(${x} = ${v}, false)`;
    case 'neq':
      return sql`(${x} is null or ${x} <> ${v})`;
    case 'gt':
      return sql`coalesce(${x} > ${v}, false)`;
    case 'gte':
      return sql`coalesce(${x} >= ${v}, false)`;
    case 'lt':
      return sql`coalesce(${x} < ${v}, false)`;
    case 'lte':
      return sql`coalesce(${x} <= ${v}, false)`;
    default:
      return sql`false`;
  }
}

function textCompare(op: PersonaCondition['op'], text: SQL, value: PersonaCondition['value']): SQL {
  const f = foldSql(text);
  switch (op) {
    case 'exists':
      return value === true ? sql`coalesce(${f} <> '', false)` : sql`coalesce(${f} = '', true)`;
    case 'eq':
      return sql`coalesce(${f} = ${foldForSearch(String(value))}, false)`;
    case 'neq':
      return sql`coalesce(${f} <> ${foldForSearch(String(value))}, true)`;
    case 'in': {
      const list = (Array.isArray(value) ? value : [String(value)]).map(foldForSearch);
      return sql`coalesce(${f} in (${sql.join(list.map((v) => sql`${v}::text`), sql`, `)}), false)`;
    }
    case 'contains':
      return sql`coalesce(strpos(${f}, ${foldForSearch(String(value))}) > 0, false)`;
    default:
      return sql`false`;
  }
}

function conditionSql(c: PersonaCondition, now: Date, timeZone: string): SQL {
  switch (c.field) {
    case 'province':
      return textCompare(c.op, sql`c.province`, c.value);
    case 'gender':
      return textCompare(c.op, sql`c.gender`, c.value);
    case 'email':
      return textCompare(c.op, sql`c.email`, c.value);
    case 'phone':
      return textCompare(c.op, sql`c.phone`, c.value);
    case 'age': {
      const age = ageSql(ruleToday(now, timeZone));
      if (c.op === 'exists') return c.value === true ? sql`(${age} is not null)` : sql`(${age} is null)`;
      return numberCompare(c.op, age, Number(c.value));
    }
    case 'firstSeen':
      return numberCompare(c.op, daysSql(sql`c.first_seen`, now), Number(c.value));
    case 'lastSeen':
      return numberCompare(c.op, daysSql(sql`c.last_seen`, now), Number(c.value));
    case 'trait': {
      const key = c.key!;
      if (NUMERIC_OPS.includes(c.op)) return numberCompare(c.op, traitNumber(key), Number(c.value));
      return textCompare(c.op, traitText(key), c.value);
    }
  }
}

/** The rule's condition on a customer row aliased `c`. */
export function personaRuleCondition(rule: PersonaRule, now: Date = new Date(), timeZone: string = PERSONA_RULE_TIME_ZONE): SQL {
  if (rule.conditions.length === 0) return rule.match === 'all' ? sql`true` : sql`false`;
  const parts = rule.conditions.map((c) => sql`(${conditionSql(c, now, timeZone)})`);
  return sql.join(parts, rule.match === 'all' ? sql` and ` : sql` or `);
}

/**
 * The ids of a workspace's customers a rule covers, as a subquery: `inArray(x.customerId,
 * personaCustomerFilter(...))` or `sql\`c.id in (${personaCustomerFilter(...)})\``. Ages and
 * "days ago" count in `timeZone` at `now`.
 */
export function personaCustomerFilter(workspaceId: string, rule: PersonaRule, now: Date = new Date(), timeZone: string = PERSONA_RULE_TIME_ZONE): SQL {
  return sql`select c.id from customers c where c.workspace_id = ${workspaceId}::uuid and (${personaRuleCondition(rule, now, timeZone)})`;
}
