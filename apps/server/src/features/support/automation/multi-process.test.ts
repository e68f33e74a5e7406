import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../db/database.js';
import { enqueueJob } from '../../../platform/jobs.js';
import { createPostgresDatabase, ENGINES } from '../../../test/databases.js';
import { startServerProcess, type ServerProcess } from '../../../test/processes.js';
import { DASHBOARD_SURVEY } from '../../../test/score-fixtures.js';
import { FEEDBACK_COMPLETED_JOB } from '../../feedback/index.js';

const onPostgres = ENGINES.filter((e) => e.name === 'postgres');

describe.each(onPostgres)('cases from feedback with two server processes on one $name database', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop: () => Promise<void>;
  let database: Database;
  let cookie = '';

  beforeAll(async () => {
    const pgdb = await createPostgresDatabase();
    drop = pgdb.drop;
    [a, b] = await Promise.all([startServerProcess({ DATABASE_URL: pgdb.url }), startServerProcess({ DATABASE_URL: pgdb.url })]);
    database = await openDatabase({ url: pgdb.url, poolSize: 2 });
  }, 120_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await database?.close();
    await drop?.();
  });

  const json = (method: string, body?: unknown) => ({ method, headers: { 'content-type': 'application/json', cookie }, body: body === undefined ? undefined : JSON.stringify(body) });

  it('opens exactly one case per matching response, numbered without gaps or repeats, also when every completion is seen twice', async () => {
    const setup = await fetch(`${a.url}/api/v1/setup`, json('POST', { workspaceName: 'Chuỗi Điện máy Xanh Lá', name: 'Đặng Thu Hà', email: 'ha@dienmay.vn', password: 'mật-khẩu-dài-dài' }));
    expect(setup.status).toBe(201);
    cookie = setup.headers.getSetCookie()[0]!.split(';')[0]!;
    const workspaceId = ((await setup.json()) as { activeWorkspaceId: string }).activeWorkspaceId;
    const survey = (await (await fetch(`${a.url}/api/v1/surveys`, json('POST', { name: 'Sau giao hàng', definition: DASHBOARD_SURVEY }))).json()) as { id: string; publicId: string };
    expect((await fetch(`${a.url}/api/v1/surveys/${survey.id}`, json('PATCH', { status: 'active' }))).status).toBe(200);
    expect((await fetch(`${b.url}/api/v1/support/triggers`, json('POST', { name: 'NPS ≤ 6', conditions: { score: { metric: 'nps', op: 'lte', value: 6 } }, priority: 'high' }))).status).toBe(201);

    // 44 answers at once, half through each process: NPS 0…10 four times over; 0–6 match (28).
    const scores = Array.from({ length: 44 }, (_, i) => i % 11);
    const ids = scores.map(() => randomUUID());
    const answers = await Promise.all(
      scores.map((nps, i) =>
        fetch(`${(i % 2 ? a : b).url}/api/v1/public/surveys/${survey.publicId}/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ responseId: ids[i], answers: { nps, why_low: { text: `Góp ý số ${i}` } }, complete: true }),
        }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(scores.map(() => 200));
    // Every completion seen a second time (a retried or duplicated job), racing the first across both processes.
    for (const responseId of ids) await enqueueJob(database, FEEDBACK_COMPLETED_JOB, { responseId }, { workspaceId });

    const expected = scores.filter((s) => s <= 6).length;
    const until = Date.now() + 60_000;
    for (;;) {
      const busy = await database.query<{ n: number }>(`select count(*)::int as n from jobs where kind = $1 and status in ('queued', 'running')`, [FEEDBACK_COMPLETED_JOB]);
      if (busy.rows[0]!.n === 0) break;
      if (Date.now() > until) throw new Error('feedback jobs still running');
      await new Promise((r) => setTimeout(r, 100));
    }
    const failed = await database.query<{ n: number }>(`select count(*)::int as n from jobs where kind = $1 and status = 'failed'`, [FEEDBACK_COMPLETED_JOB]);
    expect(failed.rows[0]!.n).toBe(0);
    const made = await database.query<{ n: number; responses: number; numbers: number; lo: number; hi: number }>(
      `select count(*)::int as n, count(distinct response_id)::int as responses, count(distinct number)::int as numbers, min(number) as lo, max(number) as hi
       from cases where workspace_id = $1 and source = 'rule'`,
      [workspaceId],
    );
    expect(made.rows[0]).toEqual({ n: expected, responses: expected, numbers: expected, lo: 1, hi: expected });
    const matched = await database.query<{ n: number }>(
      `select count(*)::int as n from cases c join responses r on r.workspace_id = c.workspace_id and r.id = c.response_id where c.workspace_id = $1 and (r.answers->>'nps')::int <= 6`,
      [workspaceId],
    );
    expect(matched.rows[0]!.n).toBe(expected);
    const fired = (await (await fetch(`${a.url}/api/v1/support/triggers`, { headers: { cookie } })).json()) as { items: { fired: number }[] };
    expect(fired.items[0]!.fired).toBe(expected);
  }, 120_000);
});
