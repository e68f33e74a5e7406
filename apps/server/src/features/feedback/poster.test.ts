import type { Survey } from '@footprint/core';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';
import { A5 } from './poster.js';

interface Printed {
  pages: number;
  width: number;
  height: number;
  text: string;
  /** What a phone reads off the printed code, rendered at 150 dpi. */
  scanned: string | null;
}

/** Opens the PDF as a reader would: its pages, its text, and the page rendered to pixels and scanned. */
async function print(pdf: Buffer): Promise<Printed> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
  const viewport = page.getViewport({ scale: 150 / 72 });
  // pdf.js's own canvas for Node (@napi-rs/canvas, its dependency), so its paths and canvas match.
  const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: NodeCanvas; context: NodeContext } } }).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
  const img = context.getImageData(0, 0, canvas.width, canvas.height);
  const size = page.getViewport({ scale: 1 });
  const out = { pages: doc.numPages, width: size.width, height: size.height, text, scanned: jsQR(img.data, img.width, img.height)?.data ?? null };
  await doc.destroy();
  return out;
}

interface NodeCanvas {
  width: number;
  height: number;
}
interface NodeContext {
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray; width: number; height: number };
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe.each(ENGINES)('printable QR posters on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let survey: Survey;
  let counter: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Nhà thuốc Phước Thiện');
    counter = ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: ws.cookie }, { name: 'Quầy tư vấn dược', channel: 'store', rules: { events: ['Tư vấn'] } })).data as { id: string }).id;
    survey = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name: 'Mặt cười tại quầy', template: 'store_smiley', touchpointIds: [counter] })).data as Survey;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const poster = (query: string) => server.app.inject({ method: 'GET', url: `/api/v1/surveys/${survey.id}/poster${query}`, headers: { cookie: ws.cookie } });

  it('prints one A5 page whose code scans to the touchpoint’s link, with the Vietnamese call to action', async () => {
    const r = await poster(`?touchpointId=${counter}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe('attachment; filename="poster-quay-tu-van-duoc.pdf"');
    const link = `http://footprint.test/s/${survey.publicId}?tp=${counter}&c=qr`;
    expect(r.headers['x-survey-link']).toBe(link);
    const p = await print(r.rawPayload);
    expect(p.pages).toBe(1);
    expect(p.width).toBeCloseTo(A5.width, 0);
    expect(p.height).toBeCloseTo(A5.height, 0);
    expect(p.scanned).toBe(link);
    const text = squash(p.text);
    for (const words of ['Nhà thuốc Phước Thiện', 'Bạn thấy trải nghiệm hôm nay thế nào?', 'Quét mã QR để góp ý', 'Quầy tư vấn dược', 'Cảm ơn bạn đã giúp chúng tôi phục vụ tốt hơn!']) expect(text).toContain(words);
    expect(text).not.toContain('How was your experience');
  });

  it('says what the manager writes, and English too when asked and the survey offers it', async () => {
    const headline = 'Góp ý để nhận ưu đãi 10% lần sau';
    const r = await poster(`?headline=${encodeURIComponent(headline)}&subline=${encodeURIComponent('Quét mã, trả lời 2 câu hỏi')}&english=true`);
    const p = await print(r.rawPayload);
    const text = squash(p.text);
    expect(text).toContain(headline);
    expect(text).toContain('Quét mã, trả lời 2 câu hỏi');
    expect(text).toContain('How was your experience today?');
    expect(p.scanned).toBe(`http://footprint.test/s/${survey.publicId}?c=qr`);
  });

  it('refuses what it cannot print: a touchpoint the survey does not listen at, words too long or with control characters', async () => {
    const other = ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: ws.cookie }, { name: 'Bãi giữ xe', channel: 'store', rules: { events: ['Gửi xe'] } })).data as { id: string }).id;
    expect((await poster(`?touchpointId=${other}`)).statusCode).toBe(404);
    for (const q of [`?headline=${'a'.repeat(81)}`, '?headline=%00x', '?english=maybe', '?touchpointId=nope']) {
      const r = await poster(q);
      expect(r.statusCode, q).toBe(400);
      expect(r.json()).toMatchObject({ error: { code: 'validation_failed' } });
    }
  });
});
