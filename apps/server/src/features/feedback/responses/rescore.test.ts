import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RESPONSE_SCORE_VERSION } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../../db/database.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { waitForIdleJobs } from '../../../test/isolation.js';
import { makeResponsesFixture, type ResponsesFixture } from '../../../test/responses-fixture.js';
import { startTestServer } from '../../../test/server.js';

const COLUMNS = 'id, score_metric, score_value, score_norm, score_group, nps_group, score_version';

describe.each(ENGINES)('scoring responses saved before scores were kept, on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let f: ResponsesFixture;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    f = await makeResponsesFixture(server);
    await f.respond(f.nps, { rec: 2, why_low: { text: 'chậm' } });
    await f.respond(f.nps, { rec: 9, csi: { ratings: { service: 4, price: 3 } } });
    await f.respond(f.csat, { smile: 3 });
    await f.respond(f.csat, { note: { text: 'chưa chấm' } }, { complete: false });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('the upgrade queues a job that gives old responses exactly the scores a new save gives', async () => {
    const q = server.ctx.database.query;
    const saved = (await q(`select ${COLUMNS} from responses order by id`)).rows;
    expect(saved.every((r) => r.score_version === RESPONSE_SCORE_VERSION)).toBe(true);
    expect(saved.filter((r) => r.score_group !== null)).toHaveLength(3);
    // As a database upgraded from before the score columns looks.
    await q('update responses set score_metric = null, score_value = null, score_norm = null, score_group = null, nps_group = null, score_version = 0');
    const migration = readFileSync(path.join(MIGRATIONS_DIR, '0009_response_scores.sql'), 'utf8');
    const enqueue = migration.split('--> statement-breakpoint').map((s) => s.trim()).find((s) => s.includes('responses.rescore'));
    expect(enqueue).toBeDefined();
    await q(enqueue!);
    await waitForIdleJobs(server);
    expect((await q(`select ${COLUMNS} from responses order by id`)).rows).toEqual(saved);
    const [job] = (await q<{ status: string; result: unknown }>(`select status, result from jobs where kind = 'responses.rescore'`)).rows;
    expect(job).toEqual({ status: 'done', result: { rescored: 4 } });
  });
});
