import type { Survey } from '@footprint/core';
import { randomUUID } from 'node:crypto';
import { vi } from 'vitest';
import { stores } from '../db/schema.js';
import { publicSurvey, saveResponse, type Channel } from '../features/feedback/respond.js';
import type { Server } from '../server.js';
import { call, makeWorkspace } from './server.js';

/** What the score dashboard tests share: a survey with every headline metric, a comment and contact details. */
export const DASHBOARD_SURVEY = {
  languages: ['vi'],
  questions: [
    { id: 'nps', type: 'nps', title: { vi: 'Bạn có giới thiệu chúng tôi không?' } },
    { id: 'why_low', type: 'text', required: false, title: { vi: 'Điều gì khiến bạn chưa hài lòng?' }, showIf: { question: 'nps', op: 'lte', value: 6 } },
    { id: 'csat', type: 'csat', required: false, title: { vi: 'Bạn hài lòng chứ?' } },
    { id: 'ces', type: 'ces', required: false, title: { vi: 'Có dễ dàng không?' } },
    { id: 'note', type: 'text', required: false, title: { vi: 'Góp ý thêm' } },
    { id: 'contact', type: 'contact', required: false, fields: ['name'], consent: { vi: 'Đồng ý' }, title: { vi: 'Tên bạn' } },
  ],
  thankYou: { title: { vi: 'Cảm ơn' } },
};

/** A workspace with two touchpoints, a store and an active survey listening at both touchpoints. */
export async function dashboardWorkspace(server: Server, name: string) {
  const ws = await makeWorkspace(server, name);
  const tp = async (n: string) => ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: ws.cookie }, { name: n, channel: 'store', rules: { events: [n] } })).data as { id: string }).id;
  const counter = await tp('Quầy thu ngân');
  const delivery = await tp('Giao hàng');
  const storeId = randomUUID();
  await server.ctx.database.db.insert(stores).values({ workspaceId: ws.workspaceId, id: storeId, name: 'Cửa hàng Cầu Giấy', nameSearch: 'cua hang cau giay' });
  const survey = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name: 'Sau mua hàng', definition: DASHBOARD_SURVEY, touchpointIds: [counter, delivery] })).data as Survey;
  await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, { cookie: ws.cookie }, { status: 'active' });
  return { ws, counter, delivery, storeId, survey };
}

/** Saves a completed response as if it were `at` (the clock is the only thing faked: saveResponse is the real one). */
export async function answerAt(server: Server, publicId: string, at: Date, input: { answers: Record<string, unknown>; touchpointId?: string; channel?: Channel; storeId?: string; userId?: string }) {
  const target = await publicSurvey(server.ctx.database.db, publicId);
  vi.useFakeTimers({ toFake: ['Date'], now: at });
  try {
    return await saveResponse(
      server.ctx.database.db,
      { workspaceId: target.survey.workspaceId, surveyId: target.survey.id, definition: target.definition, timeZone: target.timeZone, touchpointIds: target.touchpointIds },
      { responseId: randomUUID(), answers: input.answers as never, language: 'vi', complete: true, channel: input.channel ?? 'link', touchpointId: input.touchpointId, storeId: input.storeId, userId: input.userId },
    );
  } finally {
    vi.useRealTimers();
  }
}

