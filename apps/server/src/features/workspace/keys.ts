import type { ApiKey, KeyScope, KeyType } from '@footprint/core';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { apiKeys, users } from '../../db/schema.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';

export const KEY_PREFIX = { write: 'fp_w_', secret: 'fp_s_' } as const;

type Row = { k: typeof apiKeys.$inferSelect; creator: string | null };
const toApiKey = ({ k, creator }: Row): ApiKey => ({
  id: k.id,
  name: k.name,
  type: k.type,
  scope: k.scope,
  prefix: k.prefix,
  createdBy: creator,
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revokedAt: k.revokedAt?.toISOString() ?? null,
  createdAt: k.createdAt.toISOString(),
});

export async function createKey(
  db: Db,
  workspaceId: string,
  input: { name: string; type: KeyType; scope?: KeyScope | undefined; createdBy: string | null },
): Promise<ApiKey & { key: string }> {
  const key = `${KEY_PREFIX[input.type]}${randomToken(40)}`;
  const id = newId();
  await db.insert(apiKeys).values({
    workspaceId,
    id,
    name: input.name,
    type: input.type,
    scope: input.type === 'secret' ? (input.scope ?? 'full') : null,
    prefix: key.slice(0, 12),
    keyHash: sha256(key),
    createdBy: input.createdBy,
  });
  const [row] = await db
    .select({ k: apiKeys, creator: users.name })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id)));
  return { ...toApiKey(row!), key };
}

export async function listKeys(db: Db, workspaceId: string): Promise<ApiKey[]> {
  const rows = await db
    .select({ k: apiKeys, creator: users.name })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdBy))
    .where(eq(apiKeys.workspaceId, workspaceId))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(toApiKey);
}

export async function revokeKey(db: Db, workspaceId: string, id: string): Promise<void> {
  const r = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (r.length === 0) throw notFound('Key not found');
}

const lastTouched = new Map<string, number>();

export interface KeyInfo {
  id: string;
  workspaceId: string;
  type: KeyType;
  scope: KeyScope | null;
}

export async function resolveKey(db: Db, key: string): Promise<KeyInfo | null> {
  if (key.length > 100 || !(key.startsWith(KEY_PREFIX.write) || key.startsWith(KEY_PREFIX.secret))) return null;
  const hash = sha256(key);
  const [k] = await db
    .select({ id: apiKeys.id, workspaceId: apiKeys.workspaceId, type: apiKeys.type, scope: apiKeys.scope })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)));
  if (!k) return null;
  // "Last used" to the minute is enough: at most one write a minute per key and process.
  const now = Date.now();
  if ((lastTouched.get(k.id) ?? 0) > now - 60_000) return k;
  lastTouched.set(k.id, now);
  if (lastTouched.size > 10_000) lastTouched.clear();
  const minuteAgo = new Date(now - 60_000);
  void db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.workspaceId, k.workspaceId), eq(apiKeys.id, k.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, minuteAgo))))
    .catch(() => {});
  return k;
}
