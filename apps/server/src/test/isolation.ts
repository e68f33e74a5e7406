import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { and, count, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { z } from 'zod';
import type { App } from '../app.js';
import { jobs } from '../db/schema.js';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';

/**
 * The tenant isolation harness: the machinery. What a tenant holds and how each route is attacked
 * lives in isolation-cases.ts; a feature that adds a route adds its case there (the coverage tests
 * in features/workspace/isolation.*.test.ts fail until it does).
 */

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
export type AttackerCredential = 'owner' | 'secret' | 'read' | 'write';
export type Credential = AttackerCredential | 'none';
export const CREDENTIALS: readonly Credential[] = ['owner', 'secret', 'read', 'write', 'none'];

export interface Built {
  url: string;
  body?: unknown;
  /** A raw body (a file upload) with its content type, instead of JSON. */
  payload?: string;
  contentType?: string;
}
type Poke = { type: string; request: (f: Fixtures) => Built & { method: Method } };

export interface RouteCase {
  /** The route as OpenAPI writes it, e.g. 'PATCH /api/v1/members/{userId}'. */
  route: string;
  /** What this variant tries, when one route has several cases. */
  label?: string;
  /**
   * 'victim': the request names the victim's resource (in the path or the body): every credential
   * is refused exactly as for an id that exists nowhere. 'own': the route acts on the caller's own
   * workspace or user; permitted credentials succeed, and only there.
   */
  target: 'victim' | 'own';
  /** Credentials allowed to use the route on their own workspace; the others must get 403. */
  permitted: readonly AttackerCredential[];
  /** Builds the request: `target` owns the resources it names, `self` is the caller. */
  request: (target: Fixtures, self: Fixtures) => Built;
  /** For 'own' cases: the answer is about the caller, so a success is not vacuous. */
  actsOn?: (data: unknown, self: Fixtures) => boolean;
  /** A POST that changes nothing (a preview): read keys may use it like a GET. */
  readOnly?: boolean;
  /** The route legitimately moves the caller's session to another workspace (the harness moves it back). */
  movesSession?: boolean;
  /** Server-sent events: the victim publishes `victimEvent`, the attacker `selfEvent`; only the latter may arrive. */
  stream?: { victimEvent: Poke; selfEvent: Poke };
}

/** What the harness needs to know about tenants: how to make one and how to read all of it. */
export interface Tenancy {
  seed: (server: Server, label: string) => Promise<Fixtures>;
  snapshot: (server: Server, f: Fixtures) => Promise<Record<string, unknown>>;
}

export const methodOf = (c: RouteCase): Method => c.route.split(' ')[0] as Method;
export const titleOf = (c: RouteCase): string => (c.label ? `${c.route} (${c.label})` : c.route);

export interface Auth {
  cookie?: string;
  key?: string;
}

export function credentialOf(f: Fixtures, c: Credential): Auth {
  if (c === 'owner') return { cookie: f.cookie };
  if (c === 'secret') return { key: f.secretKey };
  if (c === 'read') return { key: f.readKey };
  if (c === 'write') return { key: f.writeKey };
  return {};
}

let addresses = 0;
/** A new client address per request, so per-address throttling never decides a test's outcome. */
export function nextAddress(): string {
  const n = ++addresses;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export interface SendOptions {
  method: Method;
  url: string;
  auth?: Auth;
  /** A JSON body; or a raw `payload` with its `contentType`. */
  body?: unknown;
  payload?: string | Buffer;
  contentType?: string;
}

export interface Answer {
  status: number;
  body: string;
  data: unknown;
  setCookie: string[];
}

/** A response body as JSON when it is JSON, else the text itself. */
function parsed(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function send(server: Server, o: SendOptions): Promise<Answer> {
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (o.auth?.cookie) headers.cookie = o.auth.cookie;
  if (o.auth?.key) headers.authorization = `Bearer ${o.auth.key}`;
  let payload = o.payload;
  if (o.body !== undefined) {
    payload = JSON.stringify(o.body);
    headers['content-type'] = 'application/json';
  }
  if (o.contentType) headers['content-type'] = o.contentType;
  const res = await server.app.inject({
    method: o.method,
    url: o.url,
    headers,
    remoteAddress: nextAddress(),
    ...(payload !== undefined ? { payload } : {}),
  });
  const cookies = res.headers['set-cookie'];
  return { status: res.statusCode, body: res.body, data: parsed(res.body), setCookie: Array.isArray(cookies) ? cookies : cookies ? [String(cookies)] : [] };
}

/**
 * Waits until no job is queued or running (in one workspace, when named), so background work cannot
 * move a snapshot under a test. Naming the workspace skips other tenants' delayed jobs.
 */
export async function waitForIdleJobs(server: Server, workspaceId?: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    // Idle: no work this server runs is running or due soon. A job queued for later within the
    // horizon (a touchpoint re-placement a few seconds after a rule change, a retry) is work in
    // progress; one far ahead is not, nor are recurring chains (sweeps), which never end.
    const kinds = server.ctx.jobs.workKinds();
    if (kinds.length === 0) return;
    const busy = and(inArray(jobs.kind, kinds), or(eq(jobs.status, 'running'), and(eq(jobs.status, 'queued'), lte(jobs.runAt, sql`now() + interval '15 seconds'`))));
    const [r] = await server.ctx.database.db.select({ n: count() }).from(jobs).where(workspaceId ? and(busy, eq(jobs.workspaceId, workspaceId)) : busy);
    if (Number(r?.n ?? 0) === 0) return;
    if (Date.now() > until) throw new Error('jobs still running');
    await new Promise((res) => setTimeout(res, 20));
  }
}

/** The victim's values found in a response: ids, emails, names, keys and their prefixes, session tokens. */
export function leaked(text: string, victim: Fixtures): string[] {
  const markers = Object.entries(victim).flatMap(([k, v]: [string, string]) => {
    if (k.toLowerCase().endsWith('cookie')) return [v.split('=')[1] ?? v];
    return v.startsWith('fp_') ? [v, v.slice(0, 12)] : [v];
  });
  return markers.filter((m) => text.includes(m));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The same tenant shape with ids and emails that exist nowhere. */
export function phantomOf(f: Fixtures): Fixtures {
  const ghost = (v: string): string =>
    UUID.test(v)
      ? randomUUID()
      : v.includes(',') && v.split(',').every((x) => UUID.test(x))
        ? v.split(',').map(() => randomUUID()).join(',') // a list of ids (an order of rules)
        : v.includes('@')
          ? `ghost-${randomUUID().slice(0, 8)}@example.vn`
          : `ghost-${randomUUID()}`;
  return Object.fromEntries(Object.entries(f).map(([k, v]: [string, string]) => [k, ghost(v)])) as unknown as Fixtures;
}

/** Every route the router holds (hidden ones too) as 'METHOD /path/{param}', read from printRoutes. */
export function routerRoutes(app: App): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!m) continue;
    stack.length = m[1]!.length / 4;
    stack.push(m[2]!);
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) out.push(`${method} ${path}`);
  }
  return out;
}

/** The routes the OpenAPI document lists, in the same form. */
export function openApiRoutes(app: App): string[] {
  const doc = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) }).parse(app.swagger());
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}

export interface Stream {
  status: number;
  text(): string;
  events(): Array<{ type: string }>;
  waitForEvent(type: string, ms?: number): Promise<void>;
  close(): void;
}

const bases = new WeakMap<Server, Promise<string>>();

/** Opens a server-sent-events route over a real socket (inject would wait for an end that never comes). */
export async function openStream(server: Server, url: string, auth: Auth): Promise<Stream> {
  if (!bases.has(server)) bases.set(server, server.app.listen({ port: 0, host: '127.0.0.1' }));
  const base = await bases.get(server)!;
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.key) headers.authorization = `Bearer ${auth.key}`;
  return new Promise((resolve, reject) => {
    const req = http.get(`${base}${url}`, { headers }, (res) => {
      let text = '';
      const stream: Stream = {
        status: res.statusCode ?? 0,
        text: () => text,
        events: () => [...text.matchAll(/^data: (.*)$/gm)].map((m) => z.object({ type: z.string() }).parse(JSON.parse(m[1]!))),
        async waitForEvent(type, ms = 5000) {
          const until = Date.now() + ms;
          while (!stream.events().some((e) => e.type === type)) {
            if (Date.now() > until) throw new Error(`no ${type} event within ${ms} ms; got: ${text}`);
            await new Promise((r) => setTimeout(r, 10));
          }
        },
        close: () => req.destroy(),
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('error', () => {});
      // A stream answers with its first frame once the server has subscribed; an error answer ends.
      if (stream.status === 200) res.once('data', () => resolve(stream));
      else res.on('end', () => resolve(stream));
    });
    req.on('error', reject);
  });
}

/** One request of a case as one credential; a stream stays open for the caller to read and close. */
export async function probe(server: Server, c: RouteCase, built: Built, auth: Auth): Promise<Answer & { stream?: Stream }> {
  if (!c.stream) {
    const raw = built.payload !== undefined ? { payload: built.payload, ...(built.contentType ? { contentType: built.contentType } : {}) } : {};
    return send(server, { method: methodOf(c), url: built.url, auth, body: built.body, ...raw });
  }
  const stream = await openStream(server, built.url, auth);
  if (stream.status !== 200) stream.close();
  const data = stream.status === 200 ? null : parsed(stream.text());
  return { status: stream.status, body: stream.text(), data, setCookie: [], ...(stream.status === 200 ? { stream } : {}) };
}

export const ZErrorShape = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const codeOf = (data: unknown) => ZErrorShape.safeParse(data).data?.error.code ?? null;
const is2xx = (s: number) => s >= 200 && s < 300;

/** The victim publishes first, the attacker second: the attacker's stream shows only its own event. */
async function checkStream(server: Server, stream: Stream, check: NonNullable<RouteCase['stream']>, attacker: Fixtures, victim: Fixtures, where: string) {
  const v = check.victimEvent.request(victim);
  expect(is2xx((await send(server, { ...v, auth: { cookie: victim.cookie } })).status), `${where}: victim event`).toBe(true);
  const s = check.selfEvent.request(attacker);
  expect(is2xx((await send(server, { ...s, auth: { cookie: attacker.cookie } })).status), `${where}: own event`).toBe(true);
  await stream.waitForEvent(check.selfEvent.type);
  await new Promise((res) => setTimeout(res, 100));
  const types = stream.events().map((e) => e.type);
  expect(types, `${where}: the victim's ${check.victimEvent.type} reached the attacker`).not.toContain(check.victimEvent.type);
  expect(leaked(stream.text(), victim), `${where}: victim data in the stream`).toEqual([]);
}

/**
 * The matrix for one case: each attacker credential (and none) aimed at the victim. Never a 5xx,
 * never the victim's data in the answer, the victim's snapshot unchanged, the attacker still on its
 * own workspace; 'victim' cases answer like a phantom id (no existence oracle), after a control
 * proved the same request works on the caller's own resources.
 */
/** A control tenant that reads cannot change, seeded once per server: seeding is the matrix's dearest step. */
const readControls = new WeakMap<Server, Promise<Fixtures>>();

/**
 * What the victim's jobs (and the workspace-less ones) have done: any run, retry or new job changes
 * it. Only requests and jobs write a tenant's data, and the matrix checks every request it makes.
 */
async function jobsMark(server: Server, workspaceId: string): Promise<string> {
  const [r] = await server.ctx.database.db
    .select({
      n: count(),
      created: sql<string>`max(${jobs.createdAt})::text`,
      finished: sql<string>`max(${jobs.finishedAt})::text`,
      attempts: sql<string>`coalesce(sum(${jobs.attempts}), 0)::text`,
      running: sql<string>`count(*) filter (where ${jobs.status} = 'running')::text`,
    })
    .from(jobs)
    .where(or(eq(jobs.workspaceId, workspaceId), isNull(jobs.workspaceId)));
  return JSON.stringify(r);
}

/**
 * The victim's snapshot as the last case left it (checked equal to the one before it), with the jobs
 * mark taken just before it was read. The next case starts from it instead of reading the tenant
 * again when no job has moved since and it is a few seconds old at most (figures read relative to
 * now stay put): reading a tenant is half of each case's time.
 */
const verified = new WeakMap<Fixtures, { at: number; mark: string; snapshot: Record<string, unknown> }>();
const REUSE_MS = 5000;

export async function checkRouteCase(server: Server, c: RouteCase, attacker: Fixtures, victim: Fixtures, tenancy: Tenancy): Promise<void> {
  const title = titleOf(c);
  if (c.target === 'victim') {
    // A write may change or remove the control's resources, so it gets a fresh one; reads share one.
    let control: Fixtures;
    if (methodOf(c) === 'GET') {
      if (!readControls.has(server)) readControls.set(server, tenancy.seed(server, 'control'));
      control = await readControls.get(server)!;
    } else control = await tenancy.seed(server, 'control');
    const r = await probe(server, c, c.request(control, control), credentialOf(control, c.permitted[0]!));
    expect(is2xx(r.status), `${title}: control on the caller's own resources → ${r.status} ${r.body}`).toBe(true);
  }
  // Only the victim's own jobs can move its snapshot (a fresh control's delayed placement job cannot).
  await waitForIdleJobs(server, victim.workspaceId);
  const last = verified.get(victim);
  verified.delete(victim);
  const before =
    last && Date.now() - last.at < REUSE_MS && last.mark === (await jobsMark(server, victim.workspaceId)) ? last.snapshot : await tenancy.snapshot(server, victim);
  // What each credential got, to tell which one changed the victim's data if any did.
  const answers: string[] = [];
  for (const cred of CREDENTIALS) {
    const built = c.request(victim, attacker);
    const auth = credentialOf(attacker, cred);
    const r = await probe(server, c, built, auth);
    const where = `${title} as the attacker's ${cred}: ${methodOf(c)} ${built.url} ${JSON.stringify(built.body) ?? ''} → ${r.status} ${r.body.slice(0, 300)}`;
    try {
      expect(r.status, where).toBeLessThan(500);
      expect(leaked(r.body, victim), `${where}: victim data in the answer`).toEqual([]);
      if (r.status >= 400) expect(ZErrorShape.safeParse(r.data).success, `${where}: error shape`).toBe(true);
      if (cred === 'none') expect(r.status, where).toBe(401);
      else if (!c.permitted.includes(cred)) expect(r.status, where).toBe(403);
      else if (c.target === 'victim') {
        expect(r.status, where).toBe(404);
        const ghost = await probe(server, c, c.request(phantomOf(victim), attacker), auth);
        ghost.stream?.close();
        expect({ status: r.status, code: codeOf(r.data) }, `${where}: must answer as for ids that exist nowhere`).toEqual({
          status: ghost.status,
          code: codeOf(ghost.data),
        });
      } else {
        expect(is2xx(r.status), where).toBe(true);
        if (c.actsOn) expect(c.actsOn(r.data, attacker), `${where}: must be about the caller's own workspace`).toBe(true);
      }
      if (r.stream && c.stream) await checkStream(server, r.stream, c.stream, attacker, victim, where);
    } finally {
      r.stream?.close();
    }
    answers.push(`${cred} → ${r.status}`);
    if (c.movesSession) await send(server, { method: 'POST', url: '/api/v1/me/workspace', auth: { cookie: attacker.cookie }, body: { workspaceId: attacker.workspaceId } });
    const home = await send(server, { method: 'GET', url: '/api/v1/workspace', auth: { cookie: attacker.cookie } });
    expect({ status: home.status, id: z.object({ id: z.string() }).safeParse(home.data).data?.id }, `${where}: the attacker's session moved`).toEqual({
      status: 200,
      id: attacker.workspaceId,
    });
  }
  // Once, after every credential tried: the victim's data is as it was.
  const mark = await jobsMark(server, victim.workspaceId);
  const at = Date.now();
  const after = await tenancy.snapshot(server, victim);
  expect(after, `${title}: the victim's data changed (${answers.join(', ')})`).toEqual(before);
  verified.set(victim, { at, mark, snapshot: after });
}
