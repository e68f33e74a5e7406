/** n of `of` as a whole percentage in the UI language ("42 %" in vi, "42%" in en); a dash when there is nothing to divide by. */
export const percent = (n: number, of: number, locale: string) =>
  of > 0 ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n / of) : '—';
