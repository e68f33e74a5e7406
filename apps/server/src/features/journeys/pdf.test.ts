import { DEMO_JOURNEY_PERSONA, foldForSearch, formatDate, journeyTemplate, type Journey, type JourneyLive, type JourneySummary } from '@footprint/core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/load.js';
import { personas } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';
import { journeyPrint } from './export-route.js';
import { A3_LANDSCAPE, journeyPdf } from './pdf.js';

/** Opens the PDF as a reader would: its pages' sizes and each page's text (NFC, spaces squashed). */
async function read(pdf: Buffer | Uint8Array) {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: { width: number; height: number; text: string }[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const text = (await page.getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join(' ');
    const size = page.getViewport({ scale: 1 });
    pages.push({ width: size.width, height: size.height, text: text.normalize('NFC').replace(/\s+/g, ' ') });
  }
  await doc.destroy();
  return { pages, text: pages.map((p) => p.text).join(' ') };
}

describe.each(ENGINES)('printing a journey map on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let retail: JourneySummary;
  let future: JourneySummary;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Chuỗi bán lẻ An Phát');
    // The demo personas (their own part of the demo) come first: the retail maps are drawn for one of them.
    await t.database.db.insert(personas).values({ workspaceId: ws.workspaceId, id: newId(), name: DEMO_JOURNEY_PERSONA, nameSearch: foldForSearch(DEMO_JOURNEY_PERSONA) });
    await loadDemo(t.database, ws.workspaceId, { customers: 30, seed: 7 });
    const list = (await call(server, 'GET', '/api/v1/journeys?sort=name&order=asc', { cookie: ws.cookie })).data as { items: JourneySummary[] };
    [future, retail] = [list.items.find((j) => j.kind === 'future')!, list.items.find((j) => j.kind === 'current')!];
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const pdf = (id: string, query = '') => server.app.inject({ method: 'GET', url: `/api/v1/journeys/${id}/export.pdf${query}`, headers: { cookie: ws.cookie } });

  it('loads the demo chain’s maps once: the current retail journey and its future state', async () => {
    expect(retail).toMatchObject({ name: 'Hành trình mua hàng bán lẻ', stageCount: 9, touchpointCount: 9, persona: { name: DEMO_JOURNEY_PERSONA } });
    expect(future).toMatchObject({ name: 'Hành trình mua hàng — tương lai', currentState: { id: retail.id }, touchpointCount: 11 });
    const again = await loadDemo(t.database, ws.workspaceId, { customers: 30, seed: 7 });
    expect(again.journeys).toBe(0);
    expect(((await call(server, 'GET', '/api/v1/journeys', { cookie: ws.cookie })).data as { total: number }).total).toBe(2);
    const map = (await call(server, 'GET', `/api/v1/journeys/${retail.id}`, { cookie: ws.cookie })).data as Journey;
    expect(map.futureStates).toEqual([{ id: future.id, name: future.name }]);
    expect(map.doc.stages.flatMap((s) => s.cells['ln-touchpoints']?.touchpoints ?? []).every((tp) => tp.touchpointId && tp.departmentId)).toBe(true);
  });

  it('prints the map on A3 landscape in Vietnamese: title, kind, date, stages, lanes, cards with owners and targets', async () => {
    const r = await pdf(retail.id);
    expect(r.statusCode, r.body.slice(0, 300)).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe('attachment; filename="hanh-trinh-mua-hang-ban-le.pdf"');
    const p = await read(r.rawPayload);
    expect(p.pages.length).toBeGreaterThanOrEqual(1);
    for (const page of p.pages) {
      expect(page.width).toBeCloseTo(A3_LANDSCAPE.width, 0);
      expect(page.height).toBeCloseTo(A3_LANDSCAPE.height, 0);
    }
    const today = formatDate(new Date(), 'vi');
    expect(today).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    for (const words of [
      'Hành trình mua hàng bán lẻ', 'Bản đồ hiện trạng', `Chân dung khách hàng: ${DEMO_JOURNEY_PERSONA}`, `Cập nhật: ${today}`, 'Nhu cầu', 'Thanh toán', 'Mua lại', 'Hành động của khách hàng', 'Điểm đau và trở ngại',
      'Cơ hội cải thiện', 'Tổng đài chăm sóc khách hàng', 'Mục tiêu: CSAT ≥ 80%', 'Phụ trách: Vận chuyển', 'Giao hàng trễ hẹn mà không báo trước', 'Mức độ: cao',
      'Đang làm', 'Cảm xúc thiết kế', 'Bực bội vì giao trễ', 'Chuỗi bán lẻ An Phát',
    ])
      expect(p.text).toContain(words);
    expect(p.text).not.toContain('Cảm xúc đo được');
  });

  it('prints in English when asked, and refuses other languages', async () => {
    const p = await read((await pdf(future.id, '?lang=en')).rawPayload);
    for (const words of ['Future-state map', 'Delivery', 'Customer actions', 'Pain points and obstacles', 'Theo dõi đơn hàng qua Zalo OA', 'Owner: Shipping', 'Zalo · Online'])
      expect(p.text).toContain(words);
    const bad = await pdf(future.id, '?lang=fr');
    expect(bad.statusCode).toBe(400);
  });

  it('spreads many stages over more pages, keeping columns readable', async () => {
    const doc = journeyTemplate('blank', 'blueprint');
    doc.stages = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: { vi: `Bước ${i + 1}`, en: `Step ${i + 1}` }, description: '', cells: {} }));
    const created = await call(server, 'POST', '/api/v1/journeys', { cookie: ws.cookie }, { name: 'Quy trình bảo hành', kind: 'blueprint', doc });
    expect(created.statusCode, created.body).toBe(201);
    const p = await read((await pdf((created.data as Journey).id)).rawPayload);
    expect(p.pages).toHaveLength(3);
    expect(p.pages[0]!.text).toContain('Bước 1');
    expect(p.pages[0]!.text).not.toContain('Bước 8 ');
    expect(p.pages[2]!.text).toContain('Bước 20');
    expect(p.pages[2]!.text).toContain('Trang 3/3');
    expect(p.text).toContain('Ranh giới nhìn thấy');
  });

  it('prints the measured figures and emotion beside the designed ones when given the live layer', async () => {
    const print = await journeyPrint(server.ctx.database.db, ws.workspaceId, retail.id);
    const delivery = print.doc.stages.find((s) => s.name.vi === 'Giao hàng')!;
    const item = delivery.cells['ln-touchpoints']!.touchpoints[0]!;
    const score = { n: 120, ci: null, se: null };
    const live: JourneyLive = {
      from: '2026-10-01',
      to: '2026-10-31',
      persona: null,
      touchpoints: [{
        itemId: item.id, touchpointId: item.touchpointId!, customers: 1234, events: 2000, responses: 120, negativeShare: 0.2, changes: [], target: 'missed',
        nps: { kind: 'nps', score: 32, ...score, promoters: 60, passives: 34, detractors: 26, promoterPct: 50, passivePct: 28, detractorPct: 22 },
        csat: { kind: 'csat', score: 74, ...score, n: 50, satisfied: 37 },
        ces: null,
      }],
      stages: print.doc.stages.map((s, i) => ({ stageId: s.id, customers: 100, toNext: null, conversion: null, dropOff: null, medianHoursToNext: null, measuredEmotion: i === 5 ? -1.4 : 0.5, responses: 10 })),
      weakest: [],
    };
    const p = await read(await journeyPdf(print, 'vi', live));
    for (const words of ['1.234 khách', 'NPS 32 (n=120)', 'CSAT 74% (n=50)', 'Cảm xúc đo được', '-1,4']) expect(p.text).toContain(words);
  });

  it('prints the live figures of a period asked for in the route, and refuses half a period', async () => {
    const plain = await read((await pdf(retail.id)).rawPayload);
    expect(plain.text).not.toContain('Cảm xúc đo được');
    const r = await pdf(retail.id, '?from=2000-01-01&to=2100-12-31');
    expect(r.statusCode, r.body).toBe(200);
    const p = await read(r.rawPayload);
    // The demo's customers were at its touchpoints and answered there: counts and the measured curve print.
    expect(p.text).toContain('Cảm xúc đo được');
    expect(p.text).toMatch(/\d+ khách/);
    expect((await pdf(retail.id, '?from=2026-01-01')).statusCode).toBe(400);
    expect((await pdf(retail.id, '?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
  });
});
