import { correctTimestamp, MAX_MESSAGE_BYTES, overMessageLimit, ZSegmentMessage, type Placer, type SegmentMessage } from '@footprint/core';
import type { Database, RawQuery } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { GroupCommitter } from './group-commit.js';
import { applyIdentity } from './identity-apply.js';
import { IdentityCache } from './identity-cache.js';
import { planIdentity } from './identity-plan.js';
import { insertEvents, insertEventsCount, type EventRow } from './queries/insert-events.js';
import { addVisits, lockVisitsShared } from './queries/touchpoint-visits.js';

export interface Envelope {
  workspaceId: string;
  /** The write key it came through; null for data Footprint made itself (the demo). */
  keyId: string | null;
  receivedAt: Date;
  ip: string;
  /** The batch's own sentAt and context, which each message inherits. */
  sentAt?: string | null | undefined;
  context?: Record<string, unknown> | null | undefined;
}

/**
 * PostgreSQL's jsonb refuses NUL and lone UTF-16 surrogates, which JSON.stringify writes as \u0000
 * and \udXXX escapes (paired surrogates it writes as the character itself). Such a message would
 * fail the whole group commit it shares with other requests, so it is refused on its own, up front.
 */
const JSONB_UNSAFE = /(?:^|[^\\])(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;
/** JSON.stringify writes \u escapes only for control characters and lone surrogates: most text has none. */
const unsafe = (json: string) => json.includes('\\u') && JSONB_UNSAFE.test(json);

/** The column a message's name goes to: the event of a track, the name of a page or screen. */
function nameOf(m: SegmentMessage): string | null {
  if (m.type === 'track') return m.event ?? null;
  if (m.type === 'page' || m.type === 'screen') return m.name ?? null;
  return null;
}

function propertiesOf(m: SegmentMessage): Record<string, unknown> {
  const p = { ...(m.properties ?? {}) };
  if (m.type === 'page' && m.category) p.category = m.category;
  if (m.type === 'alias') p.previousId = m.previousId;
  if (m.type === 'group') p.groupId = m.groupId;
  return p;
}

/**
 * Validates every message (a batch is stored whole or not at all) and turns each into a row, placed
 * on its touchpoint by `place` (the workspace's rules).
 */
export function toRows(raw: readonly unknown[], env: Envelope, place: Placer | null = null): EventRow[] {
  const rows: EventRow[] = [];
  raw.forEach((item, index) => {
    if (overMessageLimit(item)) {
      throw new AppError(400, 'message_too_large', `Message ${index} is larger than 32 KB`, { index, limitBytes: MAX_MESSAGE_BYTES });
    }
    const parsed = ZSegmentMessage.safeParse(item);
    if (!parsed.success) {
      throw new AppError(400, 'validation_failed', `Message ${index} is not valid`, {
        index,
        issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      });
    }
    const m = parsed.data;
    const context = { ...(env.context ?? {}), ...(m.context ?? {}) };
    if (typeof context.ip !== 'string') context.ip = env.ip;
    const props = propertiesOf(m);
    const properties = JSON.stringify(props);
    const traits = m.traits ? JSON.stringify(m.traits) : null;
    const contextJson = JSON.stringify(context);
    if (unsafe(properties) || (traits !== null && unsafe(traits)) || unsafe(contextJson)) {
      throw new AppError(400, 'validation_failed', `Message ${index} holds text that cannot be stored (NUL or invalid Unicode)`, { index });
    }
    const sentAt = m.sentAt ?? env.sentAt ?? null;
    const original = m.timestamp ?? m.originalTimestamp ?? null;
    rows.push({
      workspaceId: env.workspaceId,
      id: newId(),
      messageId: m.messageId ?? newId(),
      type: m.type,
      event: nameOf(m),
      anonymousId: m.anonymousId ?? null,
      userId: m.userId ?? null,
      properties,
      traits,
      context: contextJson,
      timestamp: correctTimestamp(env.receivedAt, original, sentAt).toISOString(),
      originalTimestamp: original,
      sentAt,
      receivedAt: env.receivedAt.toISOString(),
      sourceKeyId: env.keyId,
      touchpointId: place ? place({ type: m.type, event: nameOf(m), properties: props, context }) : null,
    });
  });
  return rows;
}

/**
 * Stores events and applies what they say about identity, in one transaction: both or neither.
 * When `cache` shows the database already holds everything the events say about identity (the
 * usual case: known customers browsing), the insert alone is that transaction. Returns how many
 * were new (a repeated messageId is skipped).
 */
export async function storeEvents(database: Pick<Database, 'transactionRaw' | 'query'>, rows: EventRow[], cache: IdentityCache | null = null): Promise<number> {
  if (cache?.coversAll(planIdentity(rows))) return insertEventsCount(database.query, rows);
  const { stored, written } = await database.transactionRaw((q) => write(q, rows, cache));
  cache?.remember(written);
  return stored;
}

async function write(q: RawQuery, rows: readonly EventRow[], cache: IdentityCache | null) {
  const fresh = await insertEvents(q, rows);
  const stored = rows.filter((r) => fresh.has(r.id));
  // Identity first (it may move visits to a customer), then the new events' visits, resolved by it.
  await lockVisitsShared(q, stored.map((r) => r.workspaceId));
  const written = await applyIdentity(q, planIdentity(stored), cache);
  await addVisits(q, stored);
  return { stored: fresh.size, written };
}

/** The same inside a transaction the caller holds (an import writes a whole file in one). */
export async function writeEvents(q: RawQuery, rows: readonly EventRow[]): Promise<number> {
  return (await write(q, rows, null)).stored;
}

/**
 * Group-commit transactions in flight at once. With the identity cache most groups are a single
 * insert; four overlap the network and commit waits of one with the work of the others (measured:
 * two left the server idle a quarter of the time).
 */
const INGEST_CONCURRENCY = 4;

export class Ingestor {
  readonly committer: GroupCommitter<EventRow>;

  readonly identities = new IdentityCache();

  constructor(
    database: Pick<Database, 'transactionRaw' | 'query'>,
    private readonly placements: { placerFor(workspaceId: string): Promise<Placer> } | null = null,
    opts: { maxPendingRows?: number } = {},
  ) {
    const store = (rows: EventRow[]) => storeEvents(database, rows, this.identities);
    this.committer = new GroupCommitter(
      async (rows) => {
        // PostgreSQL may abort one of two transactions that touch the same customers (deadlock,
        // 40P01); it rolled back whole, so running it again is safe.
        for (let attempt = 1; ; attempt++) {
          try {
            return await store(rows);
          } catch (e) {
            if ((e as { code?: string }).code !== '40P01' || attempt >= 3) throw e;
          }
        }
      },
      { maxPendingRows: opts.maxPendingRows ?? 50_000, concurrency: INGEST_CONCURRENCY },
    );
  }

  /** Resolves with the stored rows once they are committed. */
  async ingest(raw: readonly unknown[], env: Envelope): Promise<EventRow[]> {
    const place = this.placements ? await this.placements.placerFor(env.workspaceId) : null;
    const rows = toRows(raw, env, place);
    await this.committer.submit(rows);
    return rows;
  }
}

const cap = (s: string | null, n = 200) => (s && s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * What the live view shows of a request's events: the first ten, small (a NOTIFY payload must stay
 * under 8 KB), and the count. The dashboard refetches anything it needs in full.
 */
export function liveSample(rows: readonly EventRow[]): { count: number; items: Record<string, unknown>[] } {
  return {
    count: rows.length,
    items: rows.slice(0, 10).map((r) => {
      const page = (JSON.parse(r.context) as { page?: { url?: unknown } }).page;
      return {
        id: r.id,
        type: r.type,
        event: cap(r.event),
        userId: cap(r.userId, 100),
        anonymousId: cap(r.anonymousId, 100),
        timestamp: r.timestamp,
        touchpointId: r.touchpointId,
        url: typeof page?.url === 'string' ? cap(page.url) : null,
      };
    }),
  };
}
