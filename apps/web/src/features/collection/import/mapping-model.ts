import type { ImportMapping, PropertyType } from '@footprint/core';

/** What one column of the file is used as, in the mapping screen. */
export const COLUMN_ROLES = ['ignore', 'userId', 'phone', 'email', 'name', 'timestamp', 'event', 'property'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
type SingleRole = Exclude<ColumnRole, 'ignore' | 'property'>;
const FIELD: Record<SingleRole, 'userId' | 'phone' | 'email' | 'name' | 'timestamp' | 'eventColumn'> = {
  userId: 'userId',
  phone: 'phone',
  email: 'email',
  name: 'name',
  timestamp: 'timestamp',
  event: 'eventColumn',
};

/** A mapping being edited: the time column may be unset for a moment. */
export type Draft = Omit<ImportMapping, 'timestamp'> & { timestamp: number | null };

export function roleOf(m: Draft, column: number): ColumnRole {
  for (const [role, field] of Object.entries(FIELD) as [SingleRole, (typeof FIELD)[SingleRole]][]) if (m[field] === column) return role;
  return m.properties.some((p) => p.column === column) ? 'property' : 'ignore';
}

/** A name for a column as a property: its header, made unique among the others. */
function freeName(m: Draft, header: string, column: number): string {
  const base = header.normalize('NFC').trim().slice(0, 90) || `Cột ${column + 1}`;
  let name = base;
  for (let n = 2; m.properties.some((p) => p.name === name); n++) name = `${base} ${n}`;
  return name;
}

/** Gives a column a role. A role held by one column (time, phone…) moves from wherever it was, and the column that had it is left with none. */
export function setRole(m: Draft, column: number, role: ColumnRole, header: string): Draft {
  const next: Draft = { ...m, properties: m.properties.filter((p) => p.column !== column) };
  for (const field of Object.values(FIELD)) if (next[field] === column) next[field] = null;
  if (role === 'property') next.properties = [...next.properties, { column, name: freeName(next, header, column), type: 'text' as const }].sort((a, b) => a.column - b.column);
  else if (role !== 'ignore') {
    // The column that held the role before is left with none.
    next[FIELD[role]] = column;
  }
  if (role === 'event' && next.kind !== 'custom') next.kind = 'custom';
  return next;
}

export function setProperty(m: Draft, column: number, patch: { name?: string; type?: PropertyType }): Draft {
  return { ...m, properties: m.properties.map((p) => (p.column === column ? { ...p, ...patch } : p)) };
}
