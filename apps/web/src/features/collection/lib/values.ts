/** Readable text for the free-form values of properties and traits: never a raw JSON blob. */
export interface ValueFormat {
  number: (n: number) => string;
  dateTime: (iso: string) => string;
  yes: string;
  no: string;
  none: string;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Ids, codes and phone numbers read wrongly with thousands separators. */
const PLAIN_NUMBER_KEY = /(id|code|phone|zip|postal|year|số)$/i;
const MAX_ITEMS = 5;
export const MAX_TEXT = 80;

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
export const truncate = (s: string, n = MAX_TEXT) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function valueText(v: unknown, f: ValueFormat, key = '', depth = 0): string {
  if (v === null || v === undefined || v === '') return f.none;
  if (typeof v === 'string') {
    if (ISO_DATETIME.test(v) && !Number.isNaN(Date.parse(v))) return f.dateTime(v);
    const d = ISO_DATE.exec(v);
    return d ? `${d[3]}/${d[2]}/${d[1]}` : v;
  }
  if (typeof v === 'number') return Number.isFinite(v) && !PLAIN_NUMBER_KEY.test(key) ? f.number(v) : String(v);
  if (typeof v === 'boolean') return v ? f.yes : f.no;
  const more = (n: number) => (n > MAX_ITEMS ? ', …' : '');
  if (Array.isArray(v)) {
    if (depth >= 2) return `[${v.length}]`;
    return v.slice(0, MAX_ITEMS).map((x) => valueText(x, f, key, depth + 1)).join(', ') + more(v.length);
  }
  if (isRecord(v)) {
    const entries = Object.entries(v);
    if (depth >= 2) return entries.length ? '{…}' : f.none;
    const inner = entries.slice(0, MAX_ITEMS).map(([k, x]) => `${k}: ${valueText(x, f, k, depth + 1)}`);
    return depth === 0 ? inner.join(', ') + more(entries.length) : `(${inner.join(', ')}${more(entries.length)})`;
  }
  return String(v);
}

/** An object as one `key: value` line per entry (nested objects stay on their own line). */
export function valueLines(v: unknown, f: ValueFormat, key = ''): string[] {
  if (isRecord(v)) return Object.entries(v).map(([k, x]) => `${k}: ${valueText(x, f, k, 1)}`);
  return [valueText(v, f, key)];
}

const filled = (v: unknown) => v !== null && v !== undefined && v !== '' && !(isRecord(v) && Object.keys(v).length === 0);

/** The first `max` entries as `key: value · key: value`, and how many were left out. */
export function summarize(bag: Record<string, unknown>, f: ValueFormat, skip: readonly string[] = [], max = 3): { text: string; more: number } {
  const entries = Object.entries(bag).filter(([k, v]) => !skip.includes(k) && filled(v));
  const shown = entries.slice(0, max).map(([k, v]) => `${k}: ${truncate(valueText(v, f, k), 60)}`);
  return { text: shown.join(' · '), more: Math.max(0, entries.length - max) };
}
