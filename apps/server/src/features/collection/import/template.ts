/** A CSV template: a UTF-8 BOM so Excel reads the Vietnamese headers right, CRLF lines, cells quoted when they must be. */
export function templateCsv(t: { headers: string[]; rows: string[][] }): string {
  const cell = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${[t.headers, ...t.rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
