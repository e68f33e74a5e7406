import { CES_MAX, CES_MIN, CSAT_MAX, CSAT_MIN, NPS_MAX, NPS_MIN, parseAggregate, ZMetric, type MetricAggregate } from '@footprint/core';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/database.js';
import { scoreRollups } from '../../../db/schema.js';

export interface RollupSum {
  /** The group's key (a touchpoint, store or survey id, a channel), or null when not grouped. */
  key: string | null;
  /** The bucket the rows were summed into (a day, or "now" / "before"). */
  bucket: string;
  agg: MetricAggregate;
}

/** How many counts each counted metric keeps (answers min..max). */
const LENGTH = { nps: NPS_MAX - NPS_MIN + 1, csat: CSAT_MAX - CSAT_MIN + 1, ces: CES_MAX - CES_MIN + 1 } as const;
const WIDEST = Math.max(...Object.values(LENGTH));

type Row = { k: string | null; b: string; metric: string } & Record<`c${number}`, number | null>;

/**
 * The rollup rows matching `where`, summed per key, bucket and metric in the database. The NPS,
 * CSAT and CES counts add position by position (integers, so exactly): one plain aggregate over the
 * rows, no unnesting, which sends a few hundred sums instead of thousands of rows. CSI rows come
 * back as they are (their weights apply when read; the caller adds them with core's merge). Every
 * sum is parsed, never cast.
 */
export async function sumRollups(db: Db, where: SQL, by: { key: SQL | null; bucket: SQL }, withCsi: boolean): Promise<RollupSum[]> {
  const key = by.key ?? sql`null`;
  const sums = sql.join(
    Array.from({ length: WIDEST }, (_, i) => sql`sum((${scoreRollups.counts} -> 'counts' ->> ${sql.raw(String(i))})::float8) as ${sql.raw(`c${i}`)}`),
    sql`, `,
  );
  const counted = await queryRows<Row>(
    db,
    sql`select ${key}::text as k, ${by.bucket} as b, ${scoreRollups.metric} as metric, ${sums}
        from ${scoreRollups} where ${where} and ${scoreRollups.metric} <> 'csi'
        group by 1, 2, 3`,
  );
  const out = counted.map((r) => {
    const metric = ZMetric.exclude(['csi']).parse(r.metric);
    const counts = Array.from({ length: LENGTH[metric] }, (_, i) => Number(r[`c${i}`] ?? 0));
    return { key: r.k, bucket: r.b, agg: parseAggregate(metric, { counts }) };
  });
  if (withCsi) {
    const csi = await queryRows<{ k: string | null; b: string; counts: unknown }>(
      db,
      sql`select ${key}::text as k, ${by.bucket} as b, ${scoreRollups.counts} as counts from ${scoreRollups} where ${where} and ${scoreRollups.metric} = 'csi'`,
    );
    for (const r of csi) out.push({ key: r.k, bucket: r.b, agg: parseAggregate('csi', typeof r.counts === 'string' ? JSON.parse(r.counts) : r.counts) });
  }
  return out;
}
