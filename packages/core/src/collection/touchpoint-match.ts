import { foldForSearch } from '../text/normalize.js';
import type { MessageType } from './segment.js';
import type { TouchpointCondition, TouchpointRules } from './touchpoints.js';

/**
 * Placing events on touchpoints: the one implementation, run by ingestion, the re-placement job and
 * the SDK's widget (to know where a visitor is when a survey is due). Pure and free of zod.
 */

/** What matching reads of an event: the fields a rule can name. */
export interface MatchableEvent {
  type: MessageType | string;
  /** The event of a track, the name of a page or screen. */
  event: string | null;
  properties: Record<string, unknown>;
  context: Record<string, unknown>;
}

/** The channel an event came through: what the sender said, else what its type implies. */
export function channelOf(e: Pick<MatchableEvent, 'type' | 'context'>): string | null {
  const c = e.context.channel;
  if (typeof c === 'string' && c.length > 0) return c.toLowerCase();
  if (e.type === 'page') return 'web';
  if (e.type === 'screen') return 'app';
  return null;
}

// Not Object.hasOwn (ES2022): the SDK runs this in browsers back to ES2018.
const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

function valueAt(obj: Record<string, unknown>, path: string): unknown {
  if (own(obj, path)) return obj[path];
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !own(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const asNumber = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};
const asText = (v: unknown): string | null =>
  typeof v === 'string' ? foldForSearch(v) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;

function conditionHolds(c: TouchpointCondition, properties: Record<string, unknown>): boolean {
  const actual = valueAt(properties, c.property);
  if (c.op === 'exists') return actual !== undefined && actual !== null;
  if (actual === undefined || actual === null) return c.op === 'neq';
  if (c.op === 'gt' || c.op === 'gte' || c.op === 'lt' || c.op === 'lte') {
    const a = asNumber(actual);
    const b = asNumber(c.value);
    if (a === null || b === null) return false;
    return c.op === 'gt' ? a > b : c.op === 'gte' ? a >= b : c.op === 'lt' ? a < b : a <= b;
  }
  const a = asText(actual);
  const b = asText(c.value);
  if (a === null || b === null) return c.op === 'neq';
  if (c.op === 'contains') return a.includes(b);
  const equal = a === b || (asNumber(actual) !== null && asNumber(actual) === asNumber(c.value));
  return c.op === 'eq' ? equal : !equal;
}

/** `*` is any text; everything else literal; case-insensitive; the whole string must match. */
export function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'iu');
}

function pageOf(context: Record<string, unknown>): { url: string | null; path: string | null } {
  const page = context.page;
  if (page === null || typeof page !== 'object') return { url: null, path: null };
  const p = page as Record<string, unknown>;
  const url = typeof p.url === 'string' ? p.url : null;
  let path = typeof p.path === 'string' ? p.path : null;
  // The path of an absolute URL: what follows scheme and host ('/' when nothing does).
  if (path === null && url !== null) path = url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '') || '/';
  return { url, path };
}

export interface RuledTouchpoint {
  id: string;
  rules: TouchpointRules;
}

/** A touchpoint's rules made ready to test many events quickly. */
export type Matcher = (e: MatchableEvent) => boolean;

/**
 * Event names folded for comparison. A workspace sends few distinct names over and over, so each is
 * folded once and remembered (bounded: a flood of distinct names only costs the folding).
 */
const foldedNames = new Map<string, string>();
function foldedEvent(e: MatchableEvent): string | null {
  if (e.event === null) return null;
  let f = foldedNames.get(e.event);
  if (f === undefined) {
    f = foldForSearch(e.event);
    if (foldedNames.size >= 10_000) foldedNames.clear();
    foldedNames.set(e.event, f);
  }
  return f;
}

export function compileRules(rules: TouchpointRules): Matcher {
  const types = rules.types.length > 0 ? new Set<string>(rules.types) : null;
  const events = rules.events.length > 0 ? new Set(rules.events.map(foldForSearch)) : null;
  const channels = rules.channels.length > 0 ? new Set<string>(rules.channels) : null;
  const url = rules.urlPattern === null ? null : { re: patternToRegExp(rules.urlPattern), onPath: rules.urlPattern.startsWith('/') };
  const conditions = rules.conditions;
  return (e) => {
    if (types && !types.has(e.type)) return false;
    if (events) {
      const name = foldedEvent(e);
      if (name === null || !events.has(name)) return false;
    }
    if (channels) {
      const c = channelOf(e);
      if (c === null || !channels.has(c)) return false;
    }
    if (url) {
      const page = pageOf(e.context);
      let target = url.onPath ? page.path : page.url;
      if (target === null) return false;
      if (url.onPath) target = target.split(/[?#]/)[0] ?? target;
      if (!url.re.test(target)) return false;
    }
    return conditions.every((c) => conditionHolds(c, e.properties));
  };
}

/** Places events: the first touchpoint, in order, whose rules an event meets; null when none does. */
export type Placer = (e: MatchableEvent) => string | null;

export function makePlacer(touchpoints: readonly RuledTouchpoint[]): Placer {
  const compiled = touchpoints.map((t) => ({ id: t.id, test: compileRules(t.rules) }));
  if (compiled.length === 0) return () => null;
  return (e) => {
    for (const t of compiled) if (t.test(e)) return t.id;
    return null;
  };
}
