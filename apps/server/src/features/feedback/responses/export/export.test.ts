import type { ResponseExport } from '@footprint/core';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../../../server.js';
import { ENGINES, type TestDatabase } from '../../../../test/databases.js';
import { waitForIdleJobs } from '../../../../test/isolation.js';
import { makeResponsesFixture, type ResponsesFixture } from '../../../../test/responses-fixture.js';
import { call, makeKey, startTestServer } from '../../../../test/server.js';
import { neutralise } from './write-csv.js';

const HOSTILE = '=HYPERLINK("http://evil.example","bấm vào") <script>alert(1)</script>';

describe('CSV cells Excel would run', () => {
  it('are kept as text, and ordinary cells are left alone', () => {
    expect(['=1+1', '+84 912', '-5', '@SUM(A1)', '\t=1', 'Hà Nội', 7, null].map(neutralise)).toEqual(["'=1+1", "'+84 912", "'-5", "'@SUM(A1)", "'\t=1", 'Hà Nội', 7, null]);
  });
});

describe.each(ENGINES)('exporting responses on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let f: ResponsesFixture;
  let secret: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    f = await makeResponsesFixture(server);
    secret = await makeKey(server, f.ws, 'secret', 'full');
    ids.detractor = await f.respond(f.nps, { rec: 3, why_low: { text: `${HOSTILE} Chờ lâu ở Hà Nội` }, bought: ['vitamin', 'my_pham'] }, { touchpointId: f.counter, userId: 'kh-binh', at: '2026-03-04T17:05:00Z' });
    ids.passive = await f.respond(f.nps, { rec: 8, csi: { ratings: { service: 5, price: 2 } }, contact: { name: 'Phạm Văn Đức', phone: '0912000111', consent: true } }, { channel: 'qr', storeId: f.storeId, at: '2026-03-06T02:00:00Z' });
    ids.sad = await f.respond(f.csat, { smile: 2, note: { text: 'Quầy đông\nquá, "xếp hàng" lâu' } }, { channel: 'kiosk', storeId: f.storeId, at: '2026-03-07T03:00:00Z' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const start = async (body: unknown, lang: 'vi' | 'en' = 'vi') => {
    const r = await call(server, 'POST', '/api/v1/response-exports', { key: secret, lang }, body);
    expect(r.statusCode, r.body).toBe(202);
    return r.data as { export: ResponseExport; job: { id: string; status: string } };
  };
  const finished = async (id: string) => {
    await waitForIdleJobs(server);
    const r = await call(server, 'GET', `/api/v1/response-exports/${id}`, { key: secret });
    expect(r.statusCode, r.body).toBe(200);
    return r.data as ResponseExport;
  };
  const download = async (id: string) => {
    const r = await server.app.inject({ method: 'GET', url: `/api/v1/response-exports/${id}/file`, headers: { authorization: `Bearer ${secret}` } });
    expect(r.statusCode, r.body).toBe(200);
    return r;
  };

  it('writes one survey’s responses as CSV with a BOM, its questions as headers, times in the workspace’s zone', async () => {
    const { export: e, job } = await start({ format: 'csv', filters: { surveyId: f.nps.id } });
    expect(e).toMatchObject({ status: 'queued', format: 'csv', language: 'vi', rowCount: 2, jobId: job.id });
    expect(e.fileName).toMatch(/^phan-hoi-\d{4}-\d{2}-\d{2}-[0-9a-f]{6}\.csv$/);
    const done = await finished(e.id);
    expect(done).toMatchObject({ status: 'done', rowCount: 2 });
    const file = await download(e.id);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toContain(`filename="${e.fileName}"`);
    expect([...file.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(done.byteSize).toBe(file.rawPayload.length);
    const rows = parse(file.rawPayload.toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual([
      'Thời gian', 'Trạng thái', 'Khảo sát', 'Điểm chạm', 'Kênh', 'Cửa hàng', 'Thiết bị', 'Khách hàng', 'Mã khách hàng', 'Ngôn ngữ', 'Điểm', 'Cảm nhận', 'Nhóm NPS',
      'Bạn có giới thiệu nhà thuốc cho người thân không?', 'Điều gì khiến bạn chưa hài lòng?', 'Bạn thích điều gì nhất?', 'Bạn đã mua gì?',
      'Chấm điểm từng mặt — Thái độ dược sĩ', 'Chấm điểm từng mặt — Giá cả',
      'Để lại liên hệ — Họ tên (dữ liệu cá nhân)', 'Để lại liên hệ — Số điện thoại (dữ liệu cá nhân)',
      'Mã phản hồi',
    ]);
    expect(rows.slice(1)).toEqual([
      ['06/03/2026 09:00', 'Hoàn thành', 'NPS nhà thuốc', '', 'Mã QR', 'Chi nhánh Hà Đông', '', '', '', 'Tiếng Việt', '8', 'Trung lập', 'Trung lập (7–8)', '8', '', '', '', '5', '2', 'Phạm Văn Đức', '0912000111', ids.passive],
      ['05/03/2026 00:05', 'Hoàn thành', 'NPS nhà thuốc', 'Quầy thuốc', 'Đường dẫn', '', '', 'Trần Thị Bình', 'kh-binh', 'Tiếng Việt', '3', 'Tiêu cực', 'Không hài lòng (0–6)', '3', `'${HOSTILE} Chờ lâu ở Hà Nội`, '', 'Vitamin; Mỹ phẩm', '', '', '', '', ids.detractor],
    ]);
  });

  it('writes XLSX with real date cells and numbers, several surveys side by side, in English', async () => {
    const { export: e } = await start({ format: 'xlsx', language: 'en', filters: { storeId: f.storeId } });
    expect(e.fileName).toMatch(/^responses-.*\.xlsx$/);
    expect((await finished(e.id)).status).toBe('done');
    const file = await download(e.id);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Responses')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const header = values(1) as string[];
    expect(header.slice(0, 13)).toEqual(['Time', 'Status', 'Survey', 'Touchpoint', 'Channel', 'Store', 'Device', 'Customer', 'Customer ID', 'Language', 'Score', 'Sentiment', 'NPS group']);
    // Surveys by name: "Mặt cười…" before "NPS…", each question prefixed by its survey.
    expect(header.slice(13, 16)).toEqual(['Mặt cười tại quầy · Bạn thấy hài lòng chứ?', 'Mặt cười tại quầy · Góp ý thêm', 'NPS nhà thuốc · Would you recommend the pharmacy?']);
    expect(header.at(-1)).toBe('Response ID');
    expect(sheet.rowCount).toBe(3);
    const sad = values(2);
    // 10:00 on 07/03 in Hồ Chí Minh City, as the cell's wall clock.
    expect(sad[0]).toEqual(new Date('2026-03-07T10:00:00Z'));
    expect(sheet.getRow(2).getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(sad.slice(1, 15)).toEqual(['Completed', 'Mặt cười tại quầy', undefined, 'Kiosk', 'Chi nhánh Hà Đông', undefined, undefined, undefined, 'Vietnamese', 2, 'Negative', undefined, 2, 'Quầy đông\nquá, "xếp hàng" lâu']);
    const passive = values(3);
    expect(passive[header.indexOf('NPS nhà thuốc · Rate each part — Pharmacist')]).toBe(5);
    expect(passive[header.indexOf('NPS nhà thuốc · Your contact — Name (personal data)')]).toBe('Phạm Văn Đức');
    expect(passive[header.indexOf('Score')]).toBe(8);
    expect(passive.at(-1)).toBe(ids.passive);
  });

  it('keeps hostile text as text: neutralised in CSV, a plain string in XLSX', async () => {
    const csv = await start({ format: 'csv', filters: { q: 'ha noi' } });
    await finished(csv.export.id);
    const text = (await download(csv.export.id)).rawPayload.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""bấm vào"") <script>alert(1)</script> Chờ lâu ở Hà Nội"`);
    const xlsx = await start({ format: 'xlsx', filters: { q: 'ha noi' } });
    await finished(xlsx.export.id);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(xlsx.export.id)).rawPayload as unknown as ArrayBuffer);
    const cell = book.getWorksheet('Phản hồi')!.getRow(2).getCell(15);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`${HOSTILE} Chờ lâu ở Hà Nội`);
  });

  it('exports an empty selection as headers only, and lists the latest exports', async () => {
    const { export: e } = await start({ format: 'csv', filters: { q: 'khong co ai noi the' } });
    await finished(e.id);
    const rows = parse((await download(e.id)).rawPayload.toString('utf8'), { bom: true }) as string[][];
    expect(rows).toHaveLength(1);
    const listed = await call(server, 'GET', '/api/v1/response-exports', { key: secret });
    expect((listed.data as { items: ResponseExport[] }).items[0]!.id).toBe(e.id);
  });

  it('says 409 until the file is made, and refuses bad requests and people without the right', async () => {
    await server.ctx.jobs.stop();
    try {
      const { export: e } = await start({ format: 'csv' });
      const early = await call(server, 'GET', `/api/v1/response-exports/${e.id}/file`, { key: secret });
      expect([early.statusCode, (early.data as { error: { code: string } }).error.code]).toEqual([409, 'export_not_ready']);
    } finally {
      await server.ctx.jobs.start();
    }
    await waitForIdleJobs(server);
    for (const body of [{ format: 'pdf' }, { format: 'csv', filters: { scoreGroup: 'angry' } }, { format: 'csv', filters: { from: '2026-03-09', to: '2026-03-01' } }, { format: 'csv', language: 'fr' }, {}]) {
      const r = await call(server, 'POST', '/api/v1/response-exports', { key: secret }, body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await call(server, 'POST', '/api/v1/response-exports', { key: f.readKey }, { format: 'csv' })).statusCode).toBe(403);
    expect((await call(server, 'GET', '/api/v1/response-exports/0190a0b0-0000-7000-8000-000000000000/file', { key: secret })).statusCode).toBe(404);
  });
});
