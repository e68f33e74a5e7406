import type { Survey } from '@footprint/core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';

/** Reads a QR code back out of a PNG, as a phone camera would. */
function scan(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? null;
}

describe.each(ENGINES)('survey QR codes on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let survey: Survey;
  let counter: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Cà phê Sương Mai');
    counter = ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: ws.cookie }, { name: 'Quầy gọi món', channel: 'store', rules: { events: ['Gọi món'] } })).data as { id: string }).id;
    survey = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name: 'Mặt cười tại quầy', template: 'store_smiley', touchpointIds: [counter] })).data as Survey;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('encodes the survey’s link, with its touchpoint and the QR channel, in a scannable PNG', async () => {
    const r = await server.app.inject({ method: 'GET', url: `/api/v1/surveys/${survey.id}/qr?touchpointId=${counter}&size=400`, headers: { cookie: ws.cookie } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    const link = `http://footprint.test/s/${survey.publicId}?tp=${counter}&c=qr`;
    expect(scan(r.rawPayload)).toBe(link);
    expect(r.headers['x-survey-link']).toBe(link);
    const plain = await server.app.inject({ method: 'GET', url: `/api/v1/surveys/${survey.id}/qr`, headers: { cookie: ws.cookie } });
    expect(scan(plain.rawPayload)).toBe(`http://footprint.test/s/${survey.publicId}?c=qr`);
  });

  it('draws SVG for print, and refuses touchpoints the survey does not listen at', async () => {
    const key = await makeKey(server, ws, 'secret', 'read');
    const svg = await server.app.inject({ method: 'GET', url: `/api/v1/surveys/${survey.id}/qr?format=svg`, headers: { authorization: `Bearer ${key}` } });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toMatch(/^<svg[^>]*viewBox/);
    const other = ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: ws.cookie }, { name: 'Bãi giữ xe', channel: 'store', rules: { events: ['Gửi xe'] } })).data as { id: string }).id;
    expect((await call(server, 'GET', `/api/v1/surveys/${survey.id}/qr?touchpointId=${other}`, { cookie: ws.cookie })).statusCode).toBe(404);
    expect((await call(server, 'GET', `/api/v1/surveys/${survey.id}/qr?size=5`, { cookie: ws.cookie })).statusCode).toBe(400);
  });
});
