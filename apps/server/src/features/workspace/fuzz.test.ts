import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { ISOLATION_CASES, TENANCY, type Fixtures } from '../../test/isolation-cases.js';
import { credentialOf, send, waitForIdleJobs, ZErrorShape, type Method, type SendOptions } from '../../test/isolation.js';
import { startTestServer, TEST_PASSWORD } from '../../test/server.js';

/** A JSON-schema node of the OpenAPI document, as far as the fuzzer reads it. */
interface SchemaNode {
  type?: unknown;
  format?: unknown;
  enum?: unknown[] | undefined;
  minimum?: unknown;
  maximum?: unknown;
  properties?: Record<string, SchemaNode> | undefined;
}
const ZNode: z.ZodType<SchemaNode> = z.lazy(() =>
  z.object({ type: z.unknown().optional(), format: z.unknown().optional(), enum: z.array(z.unknown()).optional(), minimum: z.unknown().optional(), maximum: z.unknown().optional(), properties: z.record(z.string(), ZNode).optional() }),
);
const ZOperation = z.object({
  parameters: z.array(z.object({ in: z.string(), name: z.string(), schema: ZNode.optional() })).optional(),
  requestBody: z.object({ content: z.record(z.string(), z.object({ schema: ZNode })) }).optional(),
});

interface Operation {
  route: string;
  method: Method;
  path: string;
  query: Array<{ name: string; schema: SchemaNode }>;
  body: SchemaNode | null;
}

function operationsOf(server: Server): Operation[] {
  const doc = z.object({ paths: z.record(z.string(), z.record(z.string(), ZOperation)) }).parse(server.app.swagger());
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([m, op]) => ({
      route: `${m.toUpperCase()} ${path}`,
      method: m.toUpperCase() as Method,
      path,
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
      body: op.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
}

type Who = 'none' | 'owner' | 'secret';
/** Streams never end under inject, and logging out would end the fuzzer's own session: those go unauthenticated. */
const STREAMS = new Set(ISOLATION_CASES.filter((c) => c.stream).map((c) => c.route));
/** Routes whose body is a file (CSV/XLSX bytes), not JSON: who may call them is settled first (401), then any JSON or form body is a 415. */
const FILE_ROUTES = new Set(['POST /api/v1/imports', 'POST /api/v1/email-campaigns/{id}/recipients-file']);
/** One-click unsubscribe (RFC 8058): mail apps POST a form (urlencoded or multipart), so it is read, and an unknown token is a 404. */
const FORM_ROUTES = new Set(['POST /api/v1/public/unsubscribe/{token}']);
const usable = (op: Operation, who: Who) => who === 'none' || (!STREAMS.has(op.route) && op.route !== 'POST /api/v1/auth/logout');

/** Percent-encodes any string, lone surrogates included (encodeURIComponent throws on those). */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
};
const fill = (path: string, value: (name: string) => string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => value(name));

const HOSTILE_TEXT = ['', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '\uFEFF', '\u202Eevil', 'x'.repeat(5000), "' or 1=1 --", '%00', '../../etc/passwd',
  '__proto__', 'constructor', '<script>alert(1)</script>', '${7*7}', '\r\nSet-Cookie: x=1', 'Hà Nội', '🙂'.repeat(100)];
/** Path segments and query strings that are malformed as URLs, not just as values. */
const RAW_SEGMENTS = ['%', '%zz', '%ED%A0%80', '%C0%AF', '%00', '%FF', 'a'.repeat(150), '..%2F..%2Fsetup', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '%E2%80%AE'];
const RAW_QUERIES = ['page=%zz', '%=1', 'q=%00', 'q=%ED%A0%80', 'page=-1', 'pageSize=1e309', 'page[]=1', 'page=1&page=2', '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1', `q=${'a'.repeat(5000)}`, 'departmentId=..%2F..', 'role=__proto__', 'sort=constructor'];

const hostileText = fc.oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ unit: 'binary', maxLength: 40 }));
const junk = fc.oneof(fc.jsonValue({ stringUnit: 'binary', maxDepth: 3 }), fc.constantFrom<unknown>(null, true, -1, 1e308, 2 ** 53 + 1, 10.5, [], {}));

/** Plausible values, so that a hostile value in one field meets valid siblings and reaches the database. */
const PLAUSIBLE_TEXT = ['Cửa hàng Hà Nội', 'Asia/Ho_Chi_Minh', 'mật-khẩu-đủ-dài-123'];

/** Values shaped by the schema but hostile: right keys, nasty or wrong-typed values, out-of-range numbers. */
function hostileFor(node: SchemaNode, ids: string[]): fc.Arbitrary<unknown> {
  if (node.properties) {
    const fields = Object.fromEntries(Object.entries(node.properties).map(([k, v]) => [k, hostileFor(v, ids)]));
    return fc.record(fields, { requiredKeys: [] });
  }
  const nasty = [{ arbitrary: hostileText, weight: 2 }, { arbitrary: junk, weight: 1 }];
  if (node.enum) return fc.oneof({ arbitrary: fc.constantFrom(...node.enum), weight: 4 }, ...nasty);
  if (node.format === 'uuid') return fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, { arbitrary: fc.uuid(), weight: 1 }, ...nasty);
  if (node.format === 'email') return fc.oneof({ arbitrary: fc.emailAddress(), weight: 3 }, ...nasty);
  if (node.type === 'integer' || node.type === 'number') {
    const min = typeof node.minimum === 'number' ? node.minimum : -Infinity;
    const max = typeof node.maximum === 'number' ? node.maximum : Infinity;
    const outside = fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 1_000_001 }), fc.integer()).filter((n) => n < min || n > max || min === -Infinity);
    return fc.oneof(outside, fc.double({ noNaN: true }).filter((n) => !Number.isInteger(n)), junk);
  }
  return fc.oneof({ arbitrary: fc.constantFrom(...PLAUSIBLE_TEXT), weight: 2 }, { arbitrary: hostileText, weight: 3 }, { arbitrary: junk, weight: 1 });
}

describe.each(ENGINES.filter((e) => e.name === 'pglite'))('hostile input on every route, on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let victim: Fixtures;
  let fuzzer: Fixtures;
  let ops: Operation[];
  let ids: string[];
  let victimBefore: Record<string, unknown>;
  const protoBefore = Object.getOwnPropertyNames(Object.prototype);

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    victim = await TENANCY.seed(server, 'victim');
    fuzzer = await TENANCY.seed(server, 'fuzzer');
    ops = operationsOf(server);
    // Both tenants' ids, except the fuzzer's own keys (revoking them would end the run's coverage).
    ids = [victim.workspaceId, victim.ownerId, victim.memberUserId, victim.departmentId, victim.invitationId, victim.secretKeyId, victim.readKeyId, victim.jobId,
      fuzzer.workspaceId, fuzzer.ownerId, fuzzer.memberUserId, fuzzer.departmentId, fuzzer.invitationId, fuzzer.jobId];
    await waitForIdleJobs(server);
    victimBefore = await TENANCY.snapshot(server, victim);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const show = (o: SendOptions, who: Who) => {
    const raw = o.payload === undefined ? '' : typeof o.payload === 'string' ? JSON.stringify(o.payload.slice(0, 300)) : `<${o.payload.length} bytes>`;
    return `${o.method} ${o.url.slice(0, 300)} as ${who} [${o.contentType ?? '-'}] ${raw}`;
  };
  /** The contract every answer keeps, whatever was sent. */
  async function expectSane(o: SendOptions, who: Who): Promise<number> {
    const r = await send(server, { ...o, auth: credentialOf(fuzzer, who) });
    const where = `${show(o, who)} → ${r.status} ${r.body.slice(0, 300)}`;
    expect(r.status, where).toBeLessThan(500);
    if (r.status >= 400) expect(ZErrorShape.safeParse(r.data).success, `error body is not {error:{code,message}}: ${where}`).toBe(true);
    return r.status;
  }

  const whoArb = fc.constantFrom<Who>('none', 'owner', 'secret');

  it('answers random JSON, path params and query strings on every route without a 5xx', async () => {
    const segment = fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileText.map(encode), fc.constantFrom(...RAW_SEGMENTS));
    const pair = fc.tuple(fc.oneof(fc.constantFrom('q', 'page', 'pageSize', 'role', 'departmentId', 'sort', '__proto__', 'constructor[prototype][x]'), hostileText), fc.oneof(hostileText, fc.constantFrom(...ids), fc.integer().map(String)));
    const input = fc.record({
      op: fc.constantFrom(...ops),
      who: whoArb,
      segment,
      query: fc.array(pair, { maxLength: 4 }),
      raw: fc.option(fc.constantFrom(...RAW_QUERIES)),
      body: fc.option(fc.jsonValue({ stringUnit: 'binary', maxDepth: 4 })),
    }).filter((x) => usable(x.op, x.who));
    await fc.assert(
      fc.asyncProperty(input, async ({ op, who, segment: seg, query, raw, body }) => {
        const qs = [...query.map(([k, v]) => `${encode(k)}=${encode(v)}`), ...(raw ? [raw] : [])].join('&');
        const url = fill(op.path, () => seg) + (qs ? `?${qs}` : '');
        const withBody = op.method !== 'GET' && body !== null;
        await expectSane({ method: op.method, url, ...(withBody ? { payload: JSON.stringify(body), contentType: 'application/json' } : {}) }, who);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers schema-shaped bodies with hostile values (NUL, lone surrogates, huge, wrong types, poisoned keys) without a 5xx', async () => {
    const withBodies = ops.filter((o) => o.body);
    expect(withBodies.length).toBeGreaterThanOrEqual(15);
    const input = fc
      .constantFrom(...withBodies)
      .chain((op) => fc.record({ op: fc.constant(op), who: whoArb, id: fc.constantFrom(...ids), body: hostileFor(op.body!, ids), poison: fc.constantFrom('', '"__proto__":{"polluted":"yes"}', '"constructor":{"prototype":{"polluted":"yes"}}') }))
      .filter((x) => usable(x.op, x.who));
    await fc.assert(
      fc.asyncProperty(input, async ({ op, who, id, body, poison }) => {
        const json = JSON.stringify(body);
        const payload = poison && json.startsWith('{') ? `{${poison}${json.length > 2 ? ',' : ''}${json.slice(1)}` : json;
        const status = await expectSane({ method: op.method, url: fill(op.path, () => id), payload, contentType: 'application/json' }, who);
        if (poison && json.startsWith('{')) expect(status, `poisoned key accepted: ${op.route} ${payload.slice(0, 200)}`).toBe(400);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses malformed bodies on every route that takes one: deep nesting, >1 MB, bad bytes, poisoned keys, wrong content types', async () => {
    const payloads: Array<{ name: string; payload: string | Buffer; contentType?: string; status?: number }> = [
      { name: '5000-level nested arrays', payload: '['.repeat(5000) + ']'.repeat(5000), contentType: 'application/json' },
      { name: '5000-level nested objects', payload: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), contentType: 'application/json' },
      { name: 'a string over 1 MB', payload: JSON.stringify({ name: 'x'.repeat(1_100_000), nameVi: 'x', email: 'x' }), contentType: 'application/json', status: 413 },
      { name: 'lone surrogate escapes', payload: '{"name":"\\uD800","nameVi":"\\uDFFF","email":"\\uD800@x.vn","token":"\\uDBFF"}', contentType: 'application/json' },
      { name: 'invalid UTF-8 bytes', payload: Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0xff, 0xfe, 0x22, 0x7d]), contentType: 'application/json' },
      { name: '__proto__ key', payload: '{"__proto__":{"polluted":"yes"}}', contentType: 'application/json', status: 400 },
      { name: 'nested __proto__ key', payload: '{"name":{"__proto__":{"polluted":"yes"}}}', contentType: 'application/json', status: 400 },
      { name: 'constructor.prototype key', payload: '{"constructor":{"prototype":{"polluted":"yes"}}}', contentType: 'application/json', status: 400 },
      { name: 'form-urlencoded', payload: 'name=x&__proto__[polluted]=yes', contentType: 'application/x-www-form-urlencoded', status: 415 },
      { name: 'multipart', payload: '--x\r\n\r\n--x--', contentType: 'multipart/form-data; boundary=x', status: 415 },
      { name: 'no content type', payload: '{"name":"x"}', status: 415 },
      { name: 'text/plain', payload: 'polluted', contentType: 'text/plain' },
      { name: 'truncated JSON', payload: '{"name":', contentType: 'application/json', status: 400 },
      { name: 'trailing garbage', payload: '{}x', contentType: 'application/json', status: 400 },
      { name: 'NaN literal', payload: '{"customers":NaN}', contentType: 'application/json', status: 400 },
      { name: 'empty body', payload: '', contentType: 'application/json', status: 400 },
      { name: 'huge number', payload: '{"customers":1e400,"name":1e400}', contentType: 'application/json' },
    ];
    const targets = ops.filter((o) => o.method !== 'GET');
    for (const op of targets) {
      for (const p of payloads) {
        for (const who of ['none', 'owner'] as const) {
          if (!usable(op, who)) continue;
          const o: SendOptions = { method: op.method, url: fill(op.path, () => randomUUID()), payload: p.payload, ...(p.contentType ? { contentType: p.contentType } : {}) };
          const status = await expectSane(o, who);
          const form = FORM_ROUTES.has(op.route) && /^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(p.contentType ?? '');
          const expected = FILE_ROUTES.has(op.route) ? (who === 'none' ? 401 : 415) : form ? 404 : p.status;
          if (expected) expect(status, `${p.name}: ${show(o, who)}`).toBe(expected);
        }
      }
    }
  });

  it('answers malformed URLs (bad percent-escapes, overlong or odd path params, odd query strings) with a JSON 4xx', async () => {
    const failures: string[] = [];
    for (const op of ops) {
      for (const who of ['none', 'owner'] as const) {
        if (!usable(op, who)) continue;
        const urls = [
          ...(op.path.includes('{') ? RAW_SEGMENTS.map((s) => fill(op.path, () => s)) : []),
          ...RAW_QUERIES.map((q) => `${fill(op.path, () => randomUUID())}?${q}`),
        ];
        for (const url of urls) {
          const r = await send(server, { method: op.method, url, auth: credentialOf(fuzzer, who) });
          if (r.status >= 500 || (r.status >= 400 && !ZErrorShape.safeParse(r.data).success)) failures.push(`${op.method} ${url.slice(0, 120)} as ${who} → ${r.status} ${r.body.slice(0, 160)}`);
        }
      }
    }
    expect(failures, `${failures.length} answers broke the contract:\n${failures.slice(0, 60).join('\n')}`).toEqual([]);
  });

  it("answers edge values aimed at the caller's own resources without a 5xx: an empty body, a NUL in each text field or text query", async () => {
    const failures: string[] = [];
    const isText = (n: SchemaNode) => n.type === 'string' && !n.enum && !n.format;
    // A fresh tenant: the random runs above may legitimately have removed the fuzzer's member or department.
    const own = await TENANCY.seed(server, 'edge');
    for (const op of ops) {
      // Requests the isolation controls proved valid, aimed at the caller's own resources.
      const c = ISOLATION_CASES.find((x) => x.route === op.route && x.target === 'victim') ?? ISOLATION_CASES.find((x) => x.route === op.route);
      const built = c?.request(own, own) ?? { url: fill(op.path, () => 'x'), body: {} };
      const who: Who = c && usable(op, 'owner') ? 'owner' : 'none';
      if (!usable(op, who)) continue;
      const base = z.record(z.string(), z.unknown()).safeParse(built.body).data ?? {};
      const textFields = Object.entries(op.body?.properties ?? {}).filter(([, n]) => isText(n));
      const variants: SendOptions[] = [
        ...(op.body ? [{ method: op.method, url: built.url, payload: '{}', contentType: 'application/json' }] : []),
        ...textFields.map(([field]) => ({ method: op.method, url: built.url, payload: JSON.stringify({ ...base, [field]: 'a\u0000b' }), contentType: 'application/json' })),
        ...op.query.filter((q) => isText(q.schema)).map((q) => ({ method: op.method, url: `${built.url.split('?')[0]}?${q.name}=a%00b` })),
      ];
      for (const o of variants) {
        const r = await send(server, { ...o, auth: credentialOf(own, who) });
        if (r.status >= 500 || (r.status >= 400 && !ZErrorShape.safeParse(r.data).success)) failures.push(`${show(o, who)} → ${r.status} ${r.body.slice(0, 120)}`);
      }
    }
    expect(failures, `${failures.length} answers broke the contract:\n${failures.join('\n')}`).toEqual([]);
  });

  it("leaves the victim's data, the victim's sign-in and Object.prototype intact", async () => {
    await waitForIdleJobs(server);
    expect(await TENANCY.snapshot(server, victim), "the victim's data changed during the fuzz").toEqual(victimBefore);
    const login = await send(server, { method: 'POST', url: '/api/v1/auth/login', body: { email: victim.ownerEmail, password: TEST_PASSWORD } });
    expect(login.status).toBe(200);
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(protoBefore);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
