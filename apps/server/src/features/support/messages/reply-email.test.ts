import type { Case, CaseMessage } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailer } from '../../../platform/mailer.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, startTestServer } from '../../../test/server.js';
import { addCustomer } from '../../../test/support-fixture-customers.js';
import { supportTeam, type SupportTeam } from '../../../test/support-fixture.js';
import { REPLY_EMAIL_ATTEMPTS } from './messages.js';
import { customerLanguage, replyEmailJob } from './reply-email.js';

describe('customerLanguage', () => {
  it('takes a vi/en locale trait, else the workspace’s', () => {
    expect(customerLanguage({ locale: 'en-US' }, 'vi')).toBe('en');
    expect(customerLanguage({ language: 'VI' }, 'en')).toBe('vi');
    expect(customerLanguage({ locale: 'fr' }, 'vi')).toBe('vi');
    expect(customerLanguage(null, 'en')).toBe('en');
  });
});

describe.each(ENGINES)('a reply whose email cannot be sent on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let team: SupportTeam;
  let sends = 0;
  const broken: Mailer = {
    kind: 'smtp',
    async send() {
      sends++;
      throw new Error('550 mailbox unavailable');
    },
    async close() {},
  };

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database, { mailer: broken });
    team = await supportTeam(server);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('stays queued with the error while retries remain, and is marked failed after the last attempt', async () => {
    const customerId = await addCustomer(server, team.ws.workspaceId, { userId: 'kh-loi', name: 'Trần Văn Lỗi', email: 'loi@example.vn' });
    const c = (await call(server, 'POST', '/api/v1/cases', { cookie: team.ws.cookie }, { subject: 'Hoàn tiền', customerId })).data as Case;
    const m = (await call(server, 'POST', `/api/v1/cases/${c.id}/messages`, { cookie: team.ws.cookie }, { kind: 'reply', body: 'Đã hoàn tiền' })).data as CaseMessage;
    const read = async () => ((await call(server, 'GET', `/api/v1/cases/${c.id}/messages`, { cookie: team.ws.cookie })).data as { items: CaseMessage[] }).items.find((x) => x.id === m.id)!;
    for (const until = Date.now() + 15_000; (await read()).delivery?.error === null; ) {
      if (Date.now() > until) throw new Error('no attempt');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await read()).delivery).toEqual({ status: 'queued', error: '550 mailbox unavailable' });
    const job = await t.database.query<{ status: string; attempts: number }>(`select status, attempts from jobs where kind = 'support.reply-email' and payload->>'messageId' = $1`, [m.id]);
    expect(job.rows[0]).toMatchObject({ status: 'queued', attempts: 1 });
    // The last attempt (run here directly rather than waiting out the back-off).
    const handler = replyEmailJob(broken, async () => {});
    await expect(
      handler({
        db: server.ctx.database.db,
        job: { id: 'x', workspaceId: team.ws.workspaceId, kind: 'support.reply-email', payload: { caseId: c.id, messageId: m.id }, attempts: REPLY_EMAIL_ATTEMPTS },
        progress: async () => {},
      }),
    ).rejects.toThrow('550');
    expect((await read()).delivery).toEqual({ status: 'failed', error: '550 mailbox unavailable' });
    expect(sends).toBe(2);
  });
});
