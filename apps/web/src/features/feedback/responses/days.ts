const DAY_INPUT = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;

/** "dd/mm/yyyy" as people type it in Vietnam → "yyyy-mm-dd" (the API's day), or null when it is no real day. */
export function dayFromInput(s: string): string | null {
  const m = DAY_INPUT.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || y < 1970) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "yyyy-mm-dd" → "dd/mm/yyyy". */
export const inputFromDay = (day: string | undefined) => (day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : '');
