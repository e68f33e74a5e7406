import type { Customer, EventPage, Import, ImportErrorRow, ImportSummary, Job } from '@footprint/core';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, cookieOf, makeKey, makeWorkspace, startTestServer, TEST_PASSWORD, type TestWorkspace } from '../../../test/server.js';
import { addMember, createUser } from '../../workspace/index.js';

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(ENGINES)('offline import on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let secret = '';
  let readKey: string;
  let writeKey: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Điện máy Hoà Bình');
    secret = await makeKey(server, ws, 'secret', 'full');
    readKey = await makeKey(server, ws, 'secret', 'read');
    writeKey = await makeKey(server, ws, 'write');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const upload = async (body: string | Buffer, opts: { type?: string; name?: string; key?: string; lang?: 'vi' | 'en' } = {}) => {
    const headers: Record<string, string> = { authorization: `Bearer ${opts.key ?? secret}`, 'accept-language': opts.lang ?? 'en' };
    if (opts.type !== '') headers['content-type'] = opts.type ?? CSV;
    const r = await server.app.inject({ method: 'POST', url: `/api/v1/imports?fileName=${encodeURIComponent(opts.name ?? 'ghé-cửa-hàng.csv')}`, headers, payload: body });
    return { status: r.statusCode, data: JSON.parse(r.body) as Import & { error: { code: string; message: string } } };
  };
  const mapTo = async (id: string, mapping: unknown) => {
    const r = await call(server, 'PUT', `/api/v1/imports/${id}/mapping`, { key: secret }, mapping);
    expect(r.statusCode, r.body).toBe(200);
    return r.data as Import;
  };
  const run = async (id: string) => {
    const r = await call(server, 'POST', `/api/v1/imports/${id}/run`, { key: secret });
    expect(r.statusCode, r.body).toBe(202);
    const { job } = r.data as { job: Job };
    for (const until = Date.now() + 30_000; ; ) {
      const j = (await call(server, 'GET', `/api/v1/jobs/${job.id}`, { key: secret })).data as Job;
      if (j.status === 'done' || j.status === 'failed') break;
      if (Date.now() > until) throw new Error('import job did not finish');
      await new Promise((res) => setTimeout(res, 20));
    }
    return (await call(server, 'GET', `/api/v1/imports/${id}`, { key: secret })).data as Import;
  };

  const visits = [
    'Mã KH;Họ tên;Số điện thoại;Thời gian;Cửa hàng;Tổng tiền',
    'KH-IMP-1;Nguyễn Văn An;0912 000 001;20/11/2026 09:30;Cửa hàng Quận 1, TP. Hồ Chí Minh;1.290.000 ₫',
    ';Trần Thị Bình;+84 912 000 002;21/11/2026 18:05;Cửa hàng Cầu Giấy, Hà Nội;22.990.000',
  ].join('\r\n');

  it('reads a CSV with Vietnamese headers, suggests the mapping and imports it in the workspace time zone', async () => {
    const up = await upload(`\uFEFF${visits.normalize('NFD')}`);
    expect(up.status, JSON.stringify(up.data)).toBe(201);
    expect(up.data).toMatchObject({ status: 'uploaded', format: 'csv', rowCount: 2, fileName: 'ghé-cửa-hàng.csv', mappingSaved: false, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(up.data.columns).toEqual(['Mã KH', 'Họ tên', 'Số điện thoại', 'Thời gian', 'Cửa hàng', 'Tổng tiền']);
    expect(up.data.preview[0]).toEqual({ row: 2, cells: ['KH-IMP-1', 'Nguyễn Văn An', '0912 000 001', '20/11/2026 09:30', 'Cửa hàng Quận 1, TP. Hồ Chí Minh', '1.290.000 ₫'] });
    expect(up.data.mapping).toMatchObject({ kind: 'pos_sale', userId: 0, name: 1, phone: 2, timestamp: 3, timestampFormat: 'dmy' });

    const ready = await mapTo(up.data.id, up.data.mapping);
    expect(ready).toMatchObject({ status: 'ready', errorCount: 0, mappingSaved: true, kind: 'pos_sale' });
    const done = await run(up.data.id);
    expect(done).toMatchObject({ status: 'done', imported: 2, duplicates: 0, error: null });
    expect(done.finishedAt).not.toBeNull();

    const c = (await call(server, 'GET', '/api/v1/customers/KH-IMP-1', { key: readKey })).data as Customer;
    expect(c).toMatchObject({ userId: 'KH-IMP-1', name: 'Nguyễn Văn An', phone: '0912000001' });
    const tl = (await call(server, 'GET', '/api/v1/customers/KH-IMP-1/timeline', { key: readKey })).data as EventPage;
    const sale = tl.items.find((e) => e.type === 'track')!;
    expect(sale).toMatchObject({ event: 'Đặt hàng', timestamp: '2026-11-20T02:30:00.000Z', properties: { store: 'Cửa hàng Quận 1, TP. Hồ Chí Minh', total: 1_290_000, currency: 'VND' } });
    expect(sale.context).toMatchObject({ channel: 'store', source: 'import', import: { id: up.data.id, row: 2 } });
    // No customer id: the phone names the customer, in national form.
    const b = (await call(server, 'GET', '/api/v1/customers/0912000002', { key: readKey })).data as Customer;
    expect(b).toMatchObject({ name: 'Trần Thị Bình', phone: '0912000002' });
  });

  it('places imported footprints on their touchpoints, as live ones are', async () => {
    const tp = await call(server, 'POST', '/api/v1/touchpoints', { key: secret }, { name: 'Quầy thu ngân', channel: 'store', rules: { events: ['Đặt hàng'], channels: ['store'] } });
    expect(tp.statusCode, tp.body).toBe(201);
    const csv = ['Mã KH;Thời gian;Cửa hàng;Tổng tiền', 'KH-TP-1;22/11/2026 10:00;Cửa hàng Hải Châu, Đà Nẵng;790.000'].join('\n');
    const up = await upload(csv, { name: 'quầy.csv' });
    await mapTo(up.data.id, up.data.mapping);
    expect(await run(up.data.id)).toMatchObject({ status: 'done', imported: 1 });
    const tl = (await call(server, 'GET', '/api/v1/customers/KH-TP-1/timeline', { key: readKey })).data as EventPage;
    expect(tl.items.find((e) => e.type === 'track')?.touchpointId).toBe((tp.data as { id: string }).id);
  });

  it('adds nothing when the same file is imported again (saved again, without BOM, NFC), and says so', async () => {
    const up = await upload(visits.replace(/\r\n/g, '\n'), { name: 'lần-hai.csv' });
    await mapTo(up.data.id, up.data.mapping);
    const again = await run(up.data.id);
    expect(again).toMatchObject({ status: 'done', imported: 0, duplicates: 2 });
    const events = (await call(server, 'GET', '/api/v1/events?userId=KH-IMP-1', { key: readKey })).data as EventPage;
    expect(events.items.filter((e) => e.type === 'track')).toHaveLength(1);
  });

  it('ties a row with only a phone to the customer already known by it', async () => {
    await server.app.inject({
      method: 'POST',
      url: '/v1/identify',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ writeKey, userId: 'KH-PHONE', traits: { name: 'Lê Thị Cúc', phone: '+84 903 111 222' } }),
    });
    const up = await upload('Số điện thoại,Thời gian gọi,Lý do\n0903111222,2026-11-21 08:15,Giao hàng trễ\n', { name: 'tổng-đài.csv' });
    expect(up.data.mapping).toMatchObject({ kind: 'hotline_call', phone: 0, timestamp: 1, timestampFormat: 'iso' });
    await mapTo(up.data.id, up.data.mapping);
    expect(await run(up.data.id)).toMatchObject({ status: 'done', imported: 1 });
    const tl = (await call(server, 'GET', '/api/v1/customers/KH-PHONE/timeline', { key: readKey })).data as EventPage;
    expect(tl.items.find((e) => e.type === 'track')).toMatchObject({ event: 'Gọi tổng đài', properties: { reason: 'Giao hàng trễ' }, context: { channel: 'hotline' }, timestamp: '2026-11-21T01:15:00.000Z' });
  });

  it('imports an XLSX file with date cells, number cells and a phone that lost its zero', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Giao hàng');
    sheet.addRow(['Mã KH', 'Số điện thoại', 'Ngày giao', 'Mã đơn hàng', 'Đơn vị vận chuyển']);
    sheet.addRow(['KH-XLSX', 912000009, new Date(Date.UTC(2026, 10, 22, 16, 20)), 'DH-9', 'Viettel Post']);
    sheet.addRow(['KH-XLSX', 912000009, 46348.5, 'DH-10', 'GHN']);
    const up = await upload(Buffer.from(await wb.xlsx.writeBuffer()), { type: XLSX, name: 'giao-hàng.xlsx' });
    expect(up.status, JSON.stringify(up.data)).toBe(201);
    expect(up.data).toMatchObject({ format: 'xlsx', rowCount: 2, columns: ['Mã KH', 'Số điện thoại', 'Ngày giao', 'Mã đơn hàng', 'Đơn vị vận chuyển'] });
    expect(up.data.preview[0]!.cells).toEqual(['KH-XLSX', '912000009', '2026-11-22T16:20:00', 'DH-9', 'Viettel Post']);
    expect(up.data.mapping).toMatchObject({ kind: 'delivery', userId: 0, phone: 1, timestamp: 2 });
    const ready = await mapTo(up.data.id, { ...up.data.mapping, timestampFormat: 'excel' });
    expect(ready.status).toBe('ready');
    expect(await run(up.data.id)).toMatchObject({ status: 'done', imported: 2 });
    const tl = (await call(server, 'GET', '/api/v1/customers/KH-XLSX/timeline', { key: readKey })).data as EventPage;
    expect(tl.items.filter((e) => e.type === 'track').map((e) => [e.event, e.timestamp, e.properties.orderId])).toEqual([
      ['Giao hàng thành công', '2026-11-22T09:20:00.000Z', 'DH-9'],
      ['Giao hàng thành công', '2026-11-22T05:00:00.000Z', 'DH-10'],
    ]);
    expect(((await call(server, 'GET', '/api/v1/customers/KH-XLSX', { key: readKey })).data as Customer).phone).toBe('0912000009');
    // Two rows, one customer with the same details: identified once, at the earlier row.
    expect(tl.items.filter((e) => e.type === 'identify').map((e) => [e.timestamp, e.traits])).toEqual([['2026-11-22T05:00:00.000Z', { phone: '0912000009' }]]);
  });

  it('imports nothing from a file with bad rows, and names every bad row with its reasons', async () => {
    const before = ((await call(server, 'GET', '/api/v1/events?limit=1000', { key: readKey })).data as EventPage).items.length;
    const file = [
      'Mã KH,Số điện thoại,Thời gian,Tổng tiền',
      'KH-BAD-1,0912000011,20/11/2026 09:30,150.000',
      ',12ab,31/02/2026,nhiều tiền',
      'KH-BAD-3,,,',
      'KH-BAD-4,0912000014,20/11/2026 10:00,200000',
    ].join('\n');
    const up = await upload(file, { name: 'lỗi.csv' });
    const invalid = await mapTo(up.data.id, up.data.mapping);
    expect(invalid).toMatchObject({ status: 'invalid', errorCount: 2 });
    const vi = await call(server, 'GET', `/api/v1/imports/${up.data.id}/errors`, { key: readKey, lang: 'vi' });
    const report = vi.data as { items: ImportErrorRow[]; total: number };
    expect(report.total).toBe(2);
    expect(report.items.map((r) => [r.row, r.issues.map((i) => i.code)])).toEqual([
      [3, ['invalid_phone', 'invalid_timestamp', 'invalid_number']],
      [4, ['missing_timestamp']],
    ]);
    expect(report.items[0]!.issues[0]).toMatchObject({ column: 1, columnName: 'Số điện thoại', value: '12ab', message: 'Cột “Số điện thoại”: “12ab” không phải số điện thoại hợp lệ.' });
    const en = (await call(server, 'GET', `/api/v1/imports/${up.data.id}/errors?pageSize=1&page=2`, { key: readKey, lang: 'en' })).data as { items: ImportErrorRow[] };
    expect(en.items).toEqual([{ row: 4, issues: [{ code: 'missing_timestamp', column: 2, columnName: 'Thời gian', value: null, message: 'Column “Thời gian”: The time is missing.' }] }]);

    const refused = await call(server, 'POST', `/api/v1/imports/${up.data.id}/run`, { key: secret });
    expect(refused.statusCode).toBe(409);
    expect(refused.data).toMatchObject({ error: { code: 'import_not_ready' } });
    const after = ((await call(server, 'GET', '/api/v1/events?limit=1000', { key: readKey })).data as EventPage).items.length;
    expect(after).toBe(before);

    // The fixed file is a new upload; the old one can be removed.
    expect((await call(server, 'DELETE', `/api/v1/imports/${up.data.id}`, { key: secret })).statusCode).toBe(204);
    expect((await call(server, 'GET', `/api/v1/imports/${up.data.id}`, { key: secret })).statusCode).toBe(404);
  });

  it('refuses bad uploads and bad mappings with a 4xx and a code', async () => {
    const cases: Array<[string, Parameters<typeof upload>, number, string]> = [
      ['empty', ['', {}], 400, 'file_empty'],
      ['header only', ['Mã KH,Thời gian\n', {}], 400, 'file_empty'],
      ['no header row', ['0912345678,20/11/2026 09:30\n0912345679,20/11/2026 09:31\n', {}], 400, 'file_no_header'],
      ['Windows-1258 bytes', [Buffer.from([0x4d, 0xe3, 0x20, 0x4b, 0x48, 0x0a, 0x61, 0x0a]), {}], 400, 'file_encoding'],
      ['a broken quote', ['Mã KH,Thời gian\n"KH1,20/11/2026\n', {}], 400, 'file_unreadable'],
      ['not a zip', [Buffer.from('PK\u0003\u0004 not really'), { type: XLSX }], 400, 'file_unreadable'],
      ['old .xls', [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { type: 'application/vnd.ms-excel' }], 415, 'file_type'],
      ['JSON', ['{"a":1}', { type: 'application/json' }], 415, 'file_type'],
      ['a form', ['--x\r\n\r\n--x--', { type: 'multipart/form-data; boundary=x' }], 415, 'file_type'],
      ['no content type', ['Mã KH\nKH1\n', { type: '' }], 415, 'file_type'],
      ['over 20 MB', [Buffer.alloc(20 * 1024 * 1024 + 1, 0x61), {}], 413, 'file_too_large'],
      ['a read key', [visits, { key: readKey }], 403, 'forbidden'],
      ['a write key', [visits, { key: writeKey }], 403, 'forbidden'],
    ];
    for (const [name, args, status, code] of cases) {
      const r = await upload(...args);
      expect({ name, status: r.status, code: r.data.error?.code }).toEqual({ name, status, code });
      expect(r.data.error.message.length).toBeGreaterThan(0);
    }
    const vi = await upload('', { lang: 'vi' });
    expect(vi.data.error.message).toBe('Tệp trống hoặc không có dòng dữ liệu nào.');
    const noName = await server.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { authorization: `Bearer ${secret}`, 'content-type': CSV }, payload: visits });
    expect(noName.statusCode).toBe(400);

    const up = await upload(visits, { name: 'ánh-xạ.csv' });
    const bad = async (mapping: unknown) => (await call(server, 'PUT', `/api/v1/imports/${up.data.id}/mapping`, { key: secret }, mapping)).statusCode;
    expect(await bad({ ...up.data.mapping, userId: null, phone: null, email: null })).toBe(400);
    expect(await bad({ ...up.data.mapping, timestamp: 40 })).toBe(400);
    expect(await bad({ ...up.data.mapping, kind: 'nope' })).toBe(400);
    expect((await call(server, 'PUT', `/api/v1/imports/${up.data.id}/mapping`, { key: readKey }, up.data.mapping)).statusCode).toBe(403);
  });

  it('lists imports paged, sorted and filtered, with who uploaded them by name', async () => {
    const mine = await server.app.inject({
      method: 'POST',
      url: `/api/v1/imports?fileName=${encodeURIComponent('Danh sách khách.csv')}`,
      headers: { cookie: ws.cookie, 'content-type': CSV },
      payload: visits,
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const page = (await call(server, 'GET', '/api/v1/imports?pageSize=2', { key: readKey })).data as { items: ImportSummary[]; total: number };
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect(page.items[0]).toMatchObject({ fileName: 'Danh sách khách.csv', createdBy: { id: ws.ownerId, name: 'Nguyễn Văn An' }, status: 'uploaded', kind: null });
    const found = (await call(server, 'GET', `/api/v1/imports?q=${encodeURIComponent('danh sach')}`, { key: readKey })).data as { items: ImportSummary[] };
    expect(found.items.map((i) => i.fileName)).toEqual(['Danh sách khách.csv']);
    const done = (await call(server, 'GET', '/api/v1/imports?status=done&sort=fileName&order=asc', { key: readKey })).data as { items: ImportSummary[] };
    expect(done.items.map((i) => i.fileName)).toEqual(['ghé-cửa-hàng.csv', 'giao-hàng.xlsx', 'lần-hai.csv', 'quầy.csv', 'tổng-đài.csv']);
    expect(done.items.every((i) => i.createdBy === null)).toBe(true); // a key uploaded them
  });

  it('shows an import whose process died as failed, and lets it run again', async () => {
    const up = await upload(visits.replace('KH-IMP-1', 'KH-IMP-DEAD'), { name: 'bị-dừng.csv' });
    await mapTo(up.data.id, up.data.mapping);
    // What the runner's sweep leaves when the process running the job died on its last attempt.
    const jobId = randomUUID();
    await server.ctx.database.query(`insert into jobs (id, workspace_id, kind, status, error, visible) values ($1, $2, 'import.run', 'failed', 'The process running this job stopped', true)`, [jobId, ws.workspaceId]);
    await server.ctx.database.query(`update imports set status = 'importing', job_id = $3 where workspace_id = $1 and id = $2`, [ws.workspaceId, up.data.id, jobId]);
    const shown = (await call(server, 'GET', `/api/v1/imports/${up.data.id}`, { key: secret })).data as Import;
    expect(shown).toMatchObject({ status: 'failed', error: 'The process running this job stopped' });
    const failed = (await call(server, 'GET', '/api/v1/imports?status=failed', { key: secret })).data as { items: ImportSummary[] };
    expect(failed.items.map((i) => i.id)).toEqual([up.data.id]);
    expect(await run(up.data.id)).toMatchObject({ status: 'done', imported: 2, error: null });
  });

  it('lets analysts import, and agents and viewers only read', async () => {
    const cookies: Record<string, string> = {};
    for (const role of ['analyst', 'agent', 'viewer'] as const) {
      const email = `${role}-${Date.now()}@example.vn`;
      const user = await createUser(server.ctx.database.db, { email, name: `Người ${role}`, password: TEST_PASSWORD }, 10);
      await addMember(server.ctx.database.db, ws.workspaceId, user.id, role, null);
      cookies[role] = cookieOf(await call(server, 'POST', '/api/v1/auth/login', {}, { email, password: TEST_PASSWORD }));
    }
    const asMember = (role: string) => ({ cookie: cookies[role]!, 'content-type': CSV });
    const post = (role: string) => server.app.inject({ method: 'POST', url: '/api/v1/imports?fileName=a.csv', headers: asMember(role), payload: visits });
    const analyst = await post('analyst');
    expect(analyst.statusCode, analyst.body).toBe(201);
    const id = (JSON.parse(analyst.body) as Import).id;
    for (const role of ['agent', 'viewer']) {
      expect((await post(role)).statusCode).toBe(403);
      expect((await call(server, 'POST', `/api/v1/imports/${id}/run`, { cookie: cookies[role] })).statusCode).toBe(403);
      expect((await call(server, 'DELETE', `/api/v1/imports/${id}`, { cookie: cookies[role] })).statusCode).toBe(403);
      expect((await call(server, 'GET', `/api/v1/imports/${id}`, { cookie: cookies[role] })).statusCode).toBe(200);
    }
  });

  it('serves a CSV template per kind that reads back as its own kind', async () => {
    const r = await server.app.inject({ method: 'GET', url: '/api/v1/imports/template?kind=pos_sale', headers: { authorization: `Bearer ${readKey}` } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.headers['content-disposition']).toContain('footprint-pos-sale.csv');
    expect(r.body.startsWith('\uFEFFMã KH,Họ tên,Số điện thoại,Thời gian')).toBe(true);
    const up = await upload(r.rawPayload, { name: 'mẫu.csv' });
    expect(up.data.mapping.kind).toBe('pos_sale');
    expect((await mapTo(up.data.id, up.data.mapping)).status).toBe('ready');
  });
});
