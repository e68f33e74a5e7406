import { wallClockDate } from '@footprint/core';
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { ExportColumn } from './columns.js';
import type { FileWriter } from './write-csv.js';

/**
 * XLSX written as a stream (exceljs's WorkbookWriter), so a large export is not held twice in
 * memory. Times are real date cells showing the workspace's wall clock (a cell has no time zone);
 * text stays text (never a formula), numbers stay numbers.
 */
export function xlsxWriter(columns: ExportColumn[], timeZone: string, sheetName: string): FileWriter {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.kind === 'time' ? 17 : c.kind === 'number' ? 10 : Math.min(60, Math.max(14, [...c.header].length + 2)),
    style: c.kind === 'time' ? { numFmt: 'dd/mm/yyyy hh:mm' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  return {
    async add(row) {
      sheet.addRow([wallClockDate(row.answeredAt, timeZone), ...row.cells]).commit();
    },
    async finish() {
      sheet.commit();
      await book.commit();
      return Buffer.concat(chunks);
    },
  };
}
