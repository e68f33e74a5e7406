import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import ExcelJS from 'exceljs';
import { detectDelimiter, MAX_XLSX_UNPACKED, readFile, zipUnpackedSize } from './read-file.js';

const quote = (v: string, d: string) => (/["\r\n,;\t]/.test(v) || v.includes(d) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
const toCsv = (rows: string[][], d: string) => rows.map((r) => r.map((c) => quote(c, d)).join(d)).join('\r\n');

describe('reading XLSX files', () => {
  it('reads the first sheet with data, and measures what a zip unpacks to before opening it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống');
    const sheet = wb.addWorksheet('Ghé cửa hàng');
    sheet.addRow(['Mã KH', 'Thời gian', 'Ghi chú']);
    sheet.addRow(['KH1', new Date(Date.UTC(2026, 10, 20, 9, 30)), { richText: [{ text: 'Khách ' }, { text: 'quen' }] }]);
    sheet.addRow([]);
    sheet.addRow(['KH2', { formula: 'DATE(2026,11,21)', result: new Date(Date.UTC(2026, 10, 21)) }, { text: 'trang', hyperlink: 'https://example.vn' }]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    expect(zipUnpackedSize(bytes)).toBeGreaterThan(bytes.length);
    expect(await readFile(bytes)).toEqual({
      format: 'xlsx',
      columns: ['Mã KH', 'Thời gian', 'Ghi chú'],
      rows: [
        { row: 2, cells: ['KH1', '2026-11-20T09:30:00', 'Khách quen'] },
        { row: 4, cells: ['KH2', '2026-11-21T00:00:00', 'trang'] },
      ],
    });
  });

  it('refuses a zip that declares more than it may unpack to, or none', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['Mã KH']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // Declare a huge uncompressed size in the first central-directory entry.
    const bomb = Buffer.from(bytes);
    const cd = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(MAX_XLSX_UNPACKED + 1, cd + 24);
    await expect(readFile(bomb)).rejects.toMatchObject({ status: 413, code: 'file_too_large' });
    await expect(readFile(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]))).rejects.toMatchObject({ status: 400, code: 'file_unreadable' });
  });
});

describe('reading CSV files', () => {
  it('detects comma, semicolon and tab delimiters from the header line', () => {
    expect(detectDelimiter('Mã KH,Thời gian\n1;2;3')).toBe(',');
    expect(detectDelimiter('Mã KH;Thời gian;"a,b,c"\n')).toBe(';');
    expect(detectDelimiter('Mã KH\tThời gian\n')).toBe('\t');
    expect(detectDelimiter('Mã KH\n')).toBe(',');
    // The header alone is ambiguous; the lines below it are not.
    expect(detectDelimiter('Ghi chú;x\tMã KH\nhai\tKH1\nba\tKH2')).toBe('\t');
  });

  it('reads UTF-8 with a BOM and UTF-16 (Excel’s Unicode text), skipping blank lines and keeping row numbers', async () => {
    const text = 'Mã KH\tThời gian\r\nKH1\t20/11/2026\r\n\r\nKH2\t21/11/2026\r\n';
    for (const bytes of [Buffer.from(`\uFEFF${text}`), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]) {
      expect(await readFile(bytes)).toEqual({
        format: 'csv',
        columns: ['Mã KH', 'Thời gian'],
        rows: [{ row: 2, cells: ['KH1', '20/11/2026'] }, { row: 4, cells: ['KH2', '21/11/2026'] }],
      });
    }
  });

  it('reads back any table written as CSV with any delimiter, NFC (property)', async () => {
    const header = fc.array(fc.string({ minLength: 1, maxLength: 8 }).map((s) => `H${s.trim()}`), { minLength: 1, maxLength: 5 });
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('Hà Nội', 'Nguyễn Văn An'.normalize('NFD'), 'a,b', 'x;y', 'say "hi"', 'hai\ndòng', '1.290.000 ₫'));
    await fc.assert(
      fc.asyncProperty(header, fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ';', '\t'), async (cols, body, d) => {
        const rows = body.map((r) => r.slice(0, cols.length)).filter((r) => r.some((c) => c.trim() !== ''));
        fc.pre(rows.length > 0 && cols.every((c) => !/^[\d\s.,+()-]+$/.test(c.slice(1))));
        const t = await readFile(Buffer.from(toCsv([cols, ...rows], d)));
        expect(t.columns).toEqual(cols.map((c) => c.normalize('NFC').trim()).slice(0, t.columns.length));
        expect(t.rows.map((r) => r.cells)).toEqual(rows.map((r) => r.map((c) => c.normalize('NFC'))));
      }),
      { numRuns: 200 },
    );
  });

  it('answers any bytes with a table or a 4xx, never anything else (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        try {
          const t = await readFile(Buffer.from(bytes));
          expect(t.rows.length).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).status).toBeGreaterThanOrEqual(400);
          expect((e as AppError).status).toBeLessThan(500);
        }
      }),
      { numRuns: 300 },
    );
  });
});
