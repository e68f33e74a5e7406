import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';
import { send, type Auth, type RouteCase } from './isolation.js';

/** Personas in the isolation harness: what a tenant holds, how it is read, how each route is aimed. */

export interface PersonaFixtures {
  /** A persona whose rule covers the tenant's identified customer (by the name trait). */
  personaId: string;
  personaName: string;
}

export async function seedPersonas(server: Server, auth: Auth, tag: string, customerName: string): Promise<PersonaFixtures> {
  const personaName = `Chân dung ${tag}`;
  const r = await send(server, {
    method: 'POST',
    url: '/api/v1/personas',
    auth,
    body: {
      name: personaName,
      avatar: 'woman',
      profile: { quote: `Câu nói ${tag}`, goals: [`Mục tiêu ${tag}`] },
      rule: { match: 'all', conditions: [{ field: 'trait', key: 'name', op: 'eq', value: customerName }] },
    },
  });
  if (r.status !== 201) throw new Error(`seeding: POST /api/v1/personas → ${r.status} ${r.body}`);
  return { personaId: z.object({ id: z.string() }).parse(r.data).id, personaName };
}

export async function snapshotPersonas(read: (url: string) => Promise<unknown>, f: PersonaFixtures): Promise<Record<string, unknown>> {
  return {
    personas: await read('/api/v1/personas?pageSize=200&sort=name'),
    persona: await read(`/api/v1/personas/${f.personaId}`),
  };
}

const listHas = (id: string) => (data: unknown) => z.object({ items: z.array(z.object({ id: z.string() })) }).safeParse(data).data?.items.some((i) => i.id === id) ?? false;
const totalIs = (n: number) => (data: unknown) => z.object({ total: z.number() }).safeParse(data).data?.total === n;
const coveredIs = (n: number) => (data: unknown) => z.object({ customers: z.number() }).safeParse(data).data?.customers === n;
const fresh = () => `Chân dung ${randomUUID().slice(0, 8)}`;
const byName = (name: string) => ({ match: 'all', conditions: [{ field: 'trait', key: 'name', op: 'eq', value: name }] });

const manage = ['owner', 'secret'] as const;
const read = ['owner', 'secret', 'read'] as const;

export const PERSONA_CASES: RouteCase[] = [
  { route: 'GET /api/v1/personas', target: 'own', permitted: read, request: () => ({ url: '/api/v1/personas?pageSize=200' }), actsOn: (d, s: Fixtures) => listHas(s.personaId)(d) },
  { route: 'GET /api/v1/personas', label: "searching for the victim's persona", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/personas?q=${encodeURIComponent(v.personaName)}` }), actsOn: totalIs(0) },
  { route: 'POST /api/v1/personas', target: 'own', permitted: manage, request: () => ({ url: '/api/v1/personas', body: { name: fresh() } }) },
  {
    route: 'POST /api/v1/personas/coverage',
    target: 'own',
    permitted: read,
    readOnly: true,
    request: (_v, s) => ({ url: '/api/v1/personas/coverage', body: { rule: byName(s.customerName) } }),
    actsOn: coveredIs(1),
  },
  {
    route: 'POST /api/v1/personas/coverage',
    label: "a rule naming the victim's customer",
    target: 'own',
    permitted: read,
    readOnly: true,
    request: (v) => ({ url: '/api/v1/personas/coverage', body: { rule: byName(v.customerName) } }),
    actsOn: coveredIs(0),
  },
  { route: 'GET /api/v1/personas/{id}', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/personas/${v.personaId}` }) },
  { route: 'PATCH /api/v1/personas/{id}', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/personas/${v.personaId}`, body: { name: fresh() } }) },
  { route: 'POST /api/v1/personas/{id}/duplicate', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/personas/${v.personaId}/duplicate` }) },
  { route: 'DELETE /api/v1/personas/{id}', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/personas/${v.personaId}` }) },
  { route: 'GET /api/v1/personas/{id}/coverage', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/personas/${v.personaId}/coverage` }) },
];
