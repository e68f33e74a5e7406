import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, ENGINES } from './test/databases.js';
import { startServerProcess, type ServerProcess } from './test/processes.js';

const onPostgres = ENGINES.filter((e) => e.name === 'postgres');

/** Reads server-sent events from a running server until `pred` matches one. */
async function waitForEvent(url: string, cookie: string, pred: (e: { type: string }) => boolean, trigger: () => Promise<void>): Promise<{ type: string }> {
  const ctrl = new AbortController();
  const res = await fetch(url, { headers: { cookie }, signal: ctrl.signal });
  if (res.status !== 200 || !res.body) throw new Error(`SSE status ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  const first = await reader.read(); // ": connected": the subscription is in place
  buf += decoder.decode(first.value);
  await trigger();
  const timeout = setTimeout(() => ctrl.abort(), 10_000);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buf += decoder.decode(value);
      for (const line of buf.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        const e = JSON.parse(line.slice(6)) as { type: string };
        if (pred(e)) return e;
      }
    }
  } finally {
    clearTimeout(timeout);
    ctrl.abort();
  }
}

describe.each(onPostgres)('two server processes on one $name database', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop: () => Promise<void>;
  let cookie = '';

  beforeAll(async () => {
    const pgdb = await createPostgresDatabase();
    drop = pgdb.drop;
    // Both start at once: migrations must serialise between them.
    [a, b] = await Promise.all([startServerProcess({ DATABASE_URL: pgdb.url }), startServerProcess({ DATABASE_URL: pgdb.url })]);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await drop?.();
  });

  const json = (method: string, body?: unknown) => ({
    method,
    headers: { 'content-type': 'application/json', cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

  it('shares sessions: signed in through one process, recognised by the other', async () => {
    const setup = await fetch(`${a.url}/api/v1/setup`, json('POST', { workspaceName: 'Ngân hàng Số Việt', name: 'Hoàng Minh Tuấn', email: 'tuan@nganhang.vn', password: 'mật-khẩu-dài-dài' }));
    expect(setup.status).toBe(201);
    cookie = setup.headers.getSetCookie()[0]!.split(';')[0]!;
    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { name: string } }).user.name).toBe('Hoàng Minh Tuấn');
    expect((await fetch(`${b.url}/api/v1/setup`)).status).toBe(200);
    expect(await (await fetch(`${b.url}/api/v1/setup`)).json()).toEqual({ needsSetup: false });
  });

  it('delivers a change made through one process to a live dashboard on the other', async () => {
    const event = await waitForEvent(`${b.url}/api/v1/live`, cookie, (e) => e.type === 'departments.changed', async () => {
      const r = await fetch(`${a.url}/api/v1/departments`, json('POST', { nameVi: 'Thẩm định', nameEn: 'Appraisal' }));
      expect(r.status).toBe(201);
    });
    expect(event.type).toBe('departments.changed');
  });

  it('runs each background job once across both processes', async () => {
    const emails = Array.from({ length: 20 }, (_, i) => `nhan.vien${i}@nganhang.vn`);
    for (const email of emails) {
      const r = await fetch(`${a.url}/api/v1/invitations`, json('POST', { email, role: 'agent' }));
      expect(r.status).toBe(201);
    }
    // Without SMTP configured, each process logs the mail it sent: every invitation exactly once.
    const sentLines = () => (a.output() + b.output()).split('\n').filter((l) => l.includes('email to nhan.vien'));
    const until = Date.now() + 20_000;
    while (sentLines().length < emails.length && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    for (const email of emails) {
      expect(sentLines().filter((l) => l.includes(`email to ${email}:`))).toHaveLength(1);
    }
  });

  it('keeps serving from one process while the other is gone', async () => {
    await a.stop();
    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
  });
});
