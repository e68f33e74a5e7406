import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { countCovered } from './coverage.js';
import { personaRule, timeZoneOf } from './personas.js';
import { personaCustomerFilter } from './rule-sql.js';

/**
 * A persona as the journey live layer filters by it: its name, how many customers its rule covers
 * now, and the SQL selecting their ids. A persona without a rule covers nobody; another
 * workspace's persona is a 404 (personaRule throws it).
 */
export async function personaForLive(db: Db, workspaceId: string, personaId: string): Promise<{ id: string; name: string; customers: number; filter: SQL }> {
  const { name, rule } = await personaRule(db, workspaceId, personaId);
  if (!rule) return { id: personaId, name, customers: 0, filter: sql`select null::uuid as id where false` };
  const now = new Date();
  const timeZone = await timeZoneOf(db, workspaceId);
  return { id: personaId, name, customers: await countCovered(db, workspaceId, rule, now, timeZone), filter: personaCustomerFilter(workspaceId, rule, now, timeZone) };
}
