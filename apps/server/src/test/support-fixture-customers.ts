import { foldForSearch } from '@footprint/core';
import { customerIdentities, customers } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import type { Server } from '../server.js';

/** A known customer written straight to storage (as identify would), for support tests. */
export async function addCustomer(server: Server, workspaceId: string, c: { userId: string; name: string; email?: string | null; traits?: Record<string, unknown> }): Promise<string> {
  const id = newId();
  const now = new Date();
  await server.ctx.database.db.insert(customers).values({
    workspaceId,
    id,
    userId: c.userId,
    name: c.name,
    email: c.email ?? null,
    traits: { name: c.name, ...(c.email ? { email: c.email } : {}), ...c.traits },
    search: foldForSearch([c.name, c.email ?? '', c.userId].join(' ')),
    firstSeen: now,
    lastSeen: now,
  });
  await server.ctx.database.db.insert(customerIdentities).values({ workspaceId, kind: 'user', value: c.userId, customerId: id });
  return id;
}
