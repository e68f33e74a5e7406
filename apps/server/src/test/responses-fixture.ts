import { randomUUID } from 'node:crypto';
import type { Answers, Survey } from '@footprint/core';
import { sql } from 'drizzle-orm';
import { stores } from '../db/schema.js';
import { publicSurvey, saveResponse, type SaveInput } from '../features/feedback/respond.js';
import { newId } from '../platform/ids.js';
import type { Server } from '../server.js';
import { call, makeKey, makeWorkspace, type TestWorkspace } from './server.js';

/**
 * A pharmacy chain's feedback, for the responses tests: two touchpoints, a store, two customers
 * (one first seen anonymously), an NPS survey with follow-ups, choices, CSI and contact details,
 * and a smiley CSAT survey. Responses are saved through saveResponse (the path every channel
 * takes), then placed at chosen instants.
 */
export const NPS_DEFINITION = {
  languages: ['vi', 'en'],
  questions: [
    { id: 'rec', type: 'nps', title: { vi: 'Bạn có giới thiệu nhà thuốc cho người thân không?', en: 'Would you recommend the pharmacy?' } },
    { id: 'why_low', type: 'text', title: { vi: 'Điều gì khiến bạn chưa hài lòng?', en: 'What disappointed you?' }, showIf: { question: 'rec', op: 'lte', value: 6 } },
    { id: 'liked', type: 'text', required: false, title: { vi: 'Bạn thích điều gì nhất?', en: 'What did you like most?' }, showIf: { question: 'rec', op: 'gte', value: 7 } },
    {
      id: 'bought',
      type: 'multiple',
      required: false,
      title: { vi: 'Bạn đã mua gì?', en: 'What did you buy?' },
      options: [
        { id: 'thuoc', label: { vi: 'Thuốc kê đơn', en: 'Prescription drugs' } },
        { id: 'vitamin', label: { vi: 'Vitamin', en: 'Vitamins' } },
        { id: 'my_pham', label: { vi: 'Mỹ phẩm', en: 'Cosmetics' } },
      ],
    },
    {
      id: 'csi',
      type: 'csi',
      required: false,
      title: { vi: 'Chấm điểm từng mặt', en: 'Rate each part' },
      attributes: [
        { key: 'service', label: { vi: 'Thái độ dược sĩ', en: 'Pharmacist' }, weight: 60 },
        { key: 'price', label: { vi: 'Giá cả', en: 'Price' }, weight: 40 },
      ],
    },
    { id: 'contact', type: 'contact', required: false, title: { vi: 'Để lại liên hệ', en: 'Your contact' }, fields: ['name', 'phone'], consent: { vi: 'Tôi đồng ý được liên hệ', en: 'You may contact me' } },
  ],
  thankYou: { title: { vi: 'Cảm ơn bạn', en: 'Thank you' } },
};

export const CSAT_DEFINITION = {
  questions: [
    { id: 'smile', type: 'csat', style: 'smileys', title: { vi: 'Bạn thấy hài lòng chứ?' } },
    { id: 'note', type: 'text', required: false, title: { vi: 'Góp ý thêm' } },
  ],
  thankYou: { title: { vi: 'Cảm ơn' } },
};

export interface ResponsesFixture {
  ws: TestWorkspace;
  readKey: string;
  counter: string;
  hotline: string;
  storeId: string;
  nps: Survey;
  csat: Survey;
  /** Saves a response and places it at `at` (completed then, or last saved then when partial). */
  respond(survey: Survey, answers: Answers, opts?: Partial<SaveInput> & { at?: string }): Promise<string>;
}

export async function makeResponsesFixture(server: Server, name = 'Nhà thuốc An Khang'): Promise<ResponsesFixture> {
  const ws = await makeWorkspace(server, name);
  const readKey = await makeKey(server, ws, 'secret', 'read');
  const writeKey = await makeKey(server, ws, 'write');
  const post = async <T>(url: string, body: unknown) => {
    const r = await call(server, 'POST', url, { cookie: ws.cookie }, body);
    if (r.statusCode !== 201) throw new Error(`${url} → ${r.statusCode} ${r.body}`);
    return r.data as T;
  };
  const counter = (await post<{ id: string }>('/api/v1/touchpoints', { name: 'Quầy thuốc', channel: 'store', rules: { events: ['Mua thuốc'] } })).id;
  const hotline = (await post<{ id: string }>('/api/v1/touchpoints', { name: 'Tổng đài', channel: 'hotline', rules: { events: ['Gọi tổng đài'] } })).id;
  const storeId = newId();
  await server.ctx.database.db.insert(stores).values({ workspaceId: ws.workspaceId, id: storeId, name: 'Chi nhánh Hà Đông', nameSearch: 'chi nhanh ha dong' });
  // Customers: Bình signs in; Cúc answers anonymously first and is identified later.
  const batch = await server.app.inject({
    method: 'POST',
    url: '/v1/batch',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({
      writeKey,
      batch: [
        { type: 'identify', userId: 'kh-binh', traits: { name: 'Trần Thị Bình' } },
        { type: 'page', anonymousId: 'anon-cuc', name: 'Trang chủ' },
        { type: 'identify', anonymousId: 'anon-cuc', userId: 'kh-cuc', traits: { name: 'Lê Thị Cúc' } },
      ],
    }),
  });
  if (batch.statusCode !== 200) throw new Error(batch.body);
  const survey = async (surveyName: string, definition: unknown) => {
    const s = await post<Survey>('/api/v1/surveys', { name: surveyName, definition, touchpointIds: [counter, hotline] });
    await call(server, 'PATCH', `/api/v1/surveys/${s.id}`, { cookie: ws.cookie }, { status: 'active' });
    return s;
  };
  const nps = await survey('NPS nhà thuốc', NPS_DEFINITION);
  const csat = await survey('Mặt cười tại quầy', CSAT_DEFINITION);
  const db = server.ctx.database.db;
  return {
    ws,
    readKey,
    counter,
    hotline,
    storeId,
    nps,
    csat,
    async respond(s, answers, opts = {}) {
      const target = await publicSurvey(db, s.publicId);
      const { at, ...input } = opts;
      const responseId = input.responseId ?? randomUUID();
      await saveResponse(
        db,
        { workspaceId: ws.workspaceId, surveyId: s.id, definition: target.definition, timeZone: target.timeZone, touchpointIds: target.touchpointIds },
        { language: 'vi', channel: 'link', complete: true, ...input, responseId, answers },
      );
      if (at) {
        await db.execute(sql`update responses set updated_at = ${at}::timestamptz, completed_at = case when completed_at is null then null else ${at}::timestamptz end
          where workspace_id = ${ws.workspaceId} and id = ${responseId}`);
      }
      return responseId;
    },
  };
}
