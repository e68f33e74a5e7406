import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { detectDelimiter, readFile } from './read-file.js';

const quote = (v: string, d: string) => (/["\r\n,;\t]/.test(v) || v.includes(d) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
const toCsv = (rows: string[][], d: string) => rows.map((r) => r.map((c) => quote(c, d)).join(d)).join('\r\n');

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
