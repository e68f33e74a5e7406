import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { openDatabase } from '../apps/server/src/db/database.js';
import { insertEventsCount, type EventRow } from '../apps/server/src/features/collection/index.js';
import { newId } from '../apps/server/src/platform/ids.js';

const BATCH = 100;

function message(run: string, n: number, i: number) {
  return {
    type: 'track',
    messageId: `${run}-${n}-${i}`,
    anonymousId: `anon-${n % 5000}`,
    userId: i % 3 === 0 ? `kh-${n % 2000}` : undefined,
    event: i % 2 ? 'Xem sản phẩm' : 'Thêm vào giỏ',
    properties: { sku: `SP-${i}`, price: 199000 + i, currency: 'VND', category: 'Điện thoại' },
    context: { page: { url: 'https://shop.vn/dien-thoai', referrer: 'https://zalo.me' }, campaign: { source: 'zalo' }, locale: 'vi-VN' },
    timestamp: new Date().toISOString(),
  };
}

/**
 * A batch body as a template: the request number, the visitor, the customer and the time are the
 * only parts that change (as message() varies them), so each request's body is a few string joins.
 * The load generator shares the machine's two cores with the server and the database; building 100
 * objects and stringifying them per request cost it more CPU than the server spends on a batch, and
 * that is not what this bench measures.
 */
function batchBodies(run: string): (k: number) => string {
  const batch = Array.from({ length: BATCH }, (_, i) => {
    const m = message(run, 0, i);
    return { ...m, messageId: `${run}-@@K@@-${i}`, anonymousId: 'anon-@@A@@', ...(m.userId ? { userId: 'kh-@@U@@' } : {}), timestamp: '@@T@@' };
  });
  const parts = JSON.stringify({ sentAt: '@@T@@', batch }).split(/(@@[KAUT]@@)/);
  return (k) => {
    const values: Record<string, string> = { '@@K@@': String(k), '@@A@@': String(k % 5000), '@@U@@': String(k % 2000), '@@T@@': new Date().toISOString() };
    return parts.map((p) => values[p] ?? p).join('');
  };
}

/** Events per second through HTTP: concurrent clients each posting /v1/batch of 100 events. */
export async function httpIngestRate(url: string, writeKey: string, seconds: number, connections: number): Promise<number> {
  const body = batchBodies(randomUUID().slice(0, 8));
  let n = 0;
  const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
  const r = await autocannon({
    url: `${url}/v1/batch`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: auth },
    requests: [{ setupRequest: (req) => ({ ...req, body: body(n++) }) }],
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`/v1/batch: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.requests.average * BATCH;
}

/** The limit: the same multi-row insert of 100-event batches, straight into the same database. */
export async function rawInsertRate(cfg: { url?: string | undefined; dataDir?: string | undefined }, workspaceId: string, seconds: number, connections: number): Promise<number> {
  const database = await openDatabase({ ...cfg, poolSize: Math.min(connections, 10) });
  const run = randomUUID().slice(0, 8);
  let n = 0;
  const rows = (): EventRow[] => {
    const k = n++;
    const now = new Date().toISOString();
    return Array.from({ length: BATCH }, (_, i) => {
      const m = message(run, k, i);
      return {
        workspaceId, id: newId(), messageId: m.messageId, type: m.type, event: m.event, anonymousId: m.anonymousId, userId: m.userId ?? null,
        properties: JSON.stringify(m.properties), traits: null, context: JSON.stringify(m.context), timestamp: now, originalTimestamp: now, sentAt: now, receivedAt: now, sourceKeyId: null, touchpointId: null,
      };
    });
  };
  try {
    let done = 0;
    const started = performance.now();
    const until = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          await insertEventsCount(database.query, rows());
          done += BATCH;
        }
      }),
    );
    return done / ((performance.now() - started) / 1000);
  } finally {
    await database.close();
  }
}
