import { makePlacer, responseScore, ZJourneyDoc, ZSurveyDefinition, type JourneyDoc, type ReferenceEvent, type ReferenceResponse, type Survey } from '@footprint/core';
import { randomUUID } from 'node:crypto';
import { IdentityCache } from '../../collection/identity-cache.js';
import { loadRules, storeEvents, toRows } from '../../collection/index.js';
import { dayIn } from '../../feedback/respond.js';
import type { Server } from '../../../server.js';
import { vi } from 'vitest';
import { publicSurvey, saveResponse } from '../../feedback/respond.js';
import { call, makeWorkspace, type TestWorkspace } from '../../../test/server.js';

/** Test data for the live layer: a workspace, five touchpoints, a survey at them and a three-stage map. */
export const TP_NAMES = ['Xem quảng cáo', 'Xem sản phẩm', 'Thanh toán', 'Giao hàng', 'Đổi trả'];

export const LIVE_SURVEY = {
  languages: ['vi'],
  questions: [
    { id: 'nps', type: 'nps', required: false, title: { vi: 'Bạn có giới thiệu chúng tôi không?' } },
    { id: 'csat', type: 'csat', required: false, title: { vi: 'Bạn hài lòng chứ?' } },
    { id: 'ces', type: 'ces', required: false, title: { vi: 'Có dễ dàng không?' } },
    {
      id: 'why', type: 'single', required: false, title: { vi: 'Vì sao?' },
      options: [{ id: 'slow', label: { vi: 'Giao hàng chậm' } }, { id: 'rude', label: { vi: 'Nhân viên thiếu nhiệt tình' } }, { id: 'price', label: { vi: 'Giá cao' } }],
    },
    { id: 'note', type: 'text', required: false, title: { vi: 'Góp ý thêm' } },
  ],
  thankYou: { title: { vi: 'Cảm ơn' } },
};

export interface LiveWorkspace {
  ws: TestWorkspace;
  tps: string[];
  /** The event name each touchpoint's rules take. */
  names: string[];
  survey: Survey;
  doc: JourneyDoc;
  cache: IdentityCache;
}

/** Stages: [tp0, tp1] → [tp2] → [tp3, tp0]; targets on two items. */
export function liveDoc(tps: string[]): JourneyDoc {
  const item = (id: string, k: number, target: unknown = null) => ({ id, touchpointId: tps[k], channel: 'web', mode: 'online', target });
  return ZJourneyDoc.parse({
    lanes: [{ id: 'tp', kind: 'touchpoints' }, { id: 'em', kind: 'emotions' }],
    stages: [
      { id: 's1', name: { vi: 'Tìm hiểu' }, cells: { tp: { touchpoints: [item('i0', 0, { metric: 'nps', min: 20 }), item('i1', 1)] }, em: { emotion: { value: 1 } } } },
      { id: 's2', name: { vi: 'Mua' }, cells: { tp: { touchpoints: [item('i2', 2, { metric: 'csat', min: 70 })] } } },
      { id: 's3', name: { vi: 'Nhận hàng' }, cells: { tp: { touchpoints: [item('i3', 3), item('i4', 0)] } } },
    ],
  });
}

/**
 * Five new touchpoints (named with `suffix`, so several sets live in one workspace) and a survey at
 * them, in `ws` (a new workspace when not given).
 */
export async function liveWorkspace(server: Server, suffix: string, given?: TestWorkspace): Promise<LiveWorkspace> {
  const ws = given ?? (await makeWorkspace(server, `Cửa hàng ${suffix}`));
  const tps: string[] = [];
  const names = TP_NAMES.map((n) => `${n} ${suffix}`);
  const ok = async (method: 'POST' | 'PATCH', url: string, body: unknown) => {
    const r = await call(server, method, url, { cookie: ws.cookie }, body);
    if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.body}`);
    return r.data;
  };
  for (const n of names) tps.push(((await ok('POST', '/api/v1/touchpoints', { name: n, channel: 'web', rules: { events: [n] } })) as { id: string }).id);
  const survey = (await ok('POST', '/api/v1/surveys', { name: `Hành trình ${suffix}`, definition: LIVE_SURVEY, touchpointIds: tps })) as Survey;
  await ok('PATCH', `/api/v1/surveys/${survey.id}`, { status: 'active' });
  return { ws, tps, names, survey, doc: liveDoc(tps), cache: new IdentityCache() };
}

export interface GenEvent {
  user: number | null;
  anon: number | null;
  tp: number;
  /** Minutes from the window's start. */
  minute: number;
}

export interface GenResponse {
  tp: number;
  minute: number;
  user: number | null;
  anon: number | null;
  nps?: number | undefined;
  csat?: number | undefined;
  ces?: number | undefined;
  why?: 'slow' | 'rude' | 'price' | undefined;
  note?: string | undefined;
}

export const WINDOW_START = Date.parse('2026-03-01T00:00:00+07:00');
export const at = (minute: number) => new Date(WINDOW_START + minute * 60_000);
const userId = (u: number) => `kh-${u}`;
const anonId = (a: number) => `an-${a}`;

/** Ingests events through the real write path (placement by rules, identity, group-commit statement). */
export async function ingest(server: Server, lw: LiveWorkspace, events: GenEvent[]): Promise<void> {
  const place = makePlacer((await loadRules(server.ctx.database.query, lw.ws.workspaceId)).touchpoints);
  const messages = events.map((e) => ({
    type: 'track',
    event: lw.names[e.tp],
    messageId: randomUUID(),
    timestamp: at(e.minute).toISOString(),
    ...(e.user !== null ? { userId: userId(e.user) } : {}),
    ...(e.anon !== null || e.user === null ? { anonymousId: anonId(e.anon ?? 0) } : {}),
  }));
  const receivedAt = new Date(WINDOW_START + 60 * 24 * 60_000 * 30);
  for (let i = 0; i < messages.length; i += 7) {
    // No sentAt: the timestamps are taken as they are (no clock-skew correction).
    const chunk = messages.slice(i, i + 7);
    await storeEvents(server.ctx.database, toRows(chunk, { workspaceId: lw.ws.workspaceId, keyId: null, receivedAt, ip: '127.0.0.1' }, place), lw.cache);
  }
}

export async function respond(server: Server, lw: LiveWorkspace, responses: GenResponse[]): Promise<void> {
  for (const r of responses) {
    const answers: Record<string, unknown> = {};
    if (r.nps !== undefined) answers.nps = r.nps;
    if (r.csat !== undefined) answers.csat = r.csat;
    if (r.ces !== undefined) answers.ces = r.ces;
    if (r.why) answers.why = r.why;
    if (r.note) answers.note = { text: r.note };
    // The real save, as if it were then (only the clock is faked).
    const target = await publicSurvey(server.ctx.database.db, lw.survey.publicId);
    vi.useFakeTimers({ toFake: ['Date'], now: at(r.minute) });
    try {
      await saveResponse(
        server.ctx.database.db,
        { workspaceId: target.survey.workspaceId, surveyId: target.survey.id, definition: target.definition, timeZone: target.timeZone, touchpointIds: target.touchpointIds },
        {
          responseId: randomUUID(), answers: answers as never, language: 'vi', complete: true, channel: 'link', touchpointId: lw.tps[r.tp],
          userId: r.user !== null ? userId(r.user) : undefined, anonymousId: r.anon !== null ? anonId(r.anon) : undefined,
        },
      );
    } finally {
      vi.useRealTimers();
    }
  }
}

/** The reference's inputs, people resolved with the identities the database holds now. */
export async function referenceInputs(server: Server, lw: LiveWorkspace, events: GenEvent[], responses: GenResponse[]): Promise<{ events: ReferenceEvent[]; responses: ReferenceResponse[]; customerOf: (userId: string) => string | null }> {
  const ids = (
    await server.ctx.database.query<{ kind: string; value: string; customer_id: string }>('select kind, value, customer_id from customer_identities where workspace_id = $1', [lw.ws.workspaceId])
  ).rows;
  const byUser = new Map(ids.filter((i) => i.kind === 'user').map((i) => [i.value, i.customer_id]));
  const byAnon = new Map(ids.filter((i) => i.kind === 'anonymous').map((i) => [i.value, i.customer_id]));
  const customer = (u: number | null, a: number | null) => (u !== null ? (byUser.get(userId(u)) ?? null) : a !== null ? (byAnon.get(anonId(a)) ?? null) : null);
  const tz = 'Asia/Ho_Chi_Minh';
  const def = ZSurveyDefinition.parse(LIVE_SURVEY);
  const label = { slow: 'Giao hàng chậm', rude: 'Nhân viên thiếu nhiệt tình', price: 'Giá cao' };
  return {
    events: events.map((e) => {
      const anon = e.anon ?? (e.user === null ? 0 : null);
      const c = customer(e.user, anon);
      return { touchpointId: lw.tps[e.tp]!, person: c ?? `a:${anonId(anon!)}`, customerId: c, at: at(e.minute).getTime(), day: dayIn(at(e.minute), tz) };
    }),
    responses: responses.map((r) => {
      const answers: Record<string, number> = {};
      if (r.nps !== undefined) answers.nps = r.nps;
      if (r.csat !== undefined) answers.csat = r.csat;
      if (r.ces !== undefined) answers.ces = r.ces;
      return {
        touchpointId: lw.tps[r.tp]!,
        day: dayIn(at(r.minute), tz),
        customerId: customer(r.user, r.anon),
        scoreGroup: responseScore(def, answers)?.group ?? null,
        answers: (['nps', 'csat', 'ces'] as const).filter((m) => answers[m] !== undefined).map((m) => ({ metric: m, value: answers[m]! })),
        choices: r.why ? [label[r.why]] : [],
        texts: r.note ? [r.note] : [],
      };
    }),
    customerOf: (u: string) => byUser.get(u) ?? null,
  };
}
