import type { TableRow } from '../collection/import/map-row.js';
import { suggestMapping } from '../collection/import/suggest.js';
import { foldForSearch } from '../text/normalize.js';
import { ZEmail } from '../workspace/contracts.js';
import { languageOf } from './email-template.js';
import type { SurveyLanguage } from './survey.js';

/** Addresses one campaign may hold. */
export const MAX_CAMPAIGN_RECIPIENTS = 100_000;

export interface ListRecipient {
  row: number;
  email: string;
  name: string | null;
  userId: string | null;
  language: SurveyLanguage | null;
}

export interface RecipientList {
  columns: { email: number; name: number | null; userId: number | null; language: number | null };
  recipients: ListRecipient[];
  duplicates: number;
  invalid: { row: number; reason: string }[];
}

const LANGUAGE_HEADERS = ['ngon ngu', 'language', 'lang', 'locale'];

/**
 * Reads a recipient list (the rows of an uploaded CSV/XLSX) by its headers: the email column is
 * required; name, customer id and language are taken when present. Headers are recognised as the
 * offline import recognises them ("Email", "Họ tên", "Mã KH"…), with the same code. Each address is
 * kept once (the first row wins); bad rows are reported by their spreadsheet row number.
 */
export function readRecipientList(columns: readonly string[], rows: readonly TableRow[]): RecipientList | { error: 'no_email_column' } {
  const m = suggestMapping({ columns, samples: rows.slice(0, 10).map((r) => r.cells) });
  if (m.email === null) return { error: 'no_email_column' };
  const folded = columns.map((c) => foldForSearch(c));
  const lang = folded.findIndex((h) => LANGUAGE_HEADERS.includes(h));
  const cols = { email: m.email, name: m.name, userId: m.userId, language: lang >= 0 ? lang : null };
  const cell = (r: TableRow, i: number | null) => {
    if (i === null) return null;
    const v = (r.cells[i] ?? '').normalize('NFC').trim();
    return v === '' ? null : v;
  };
  const seen = new Set<string>();
  const recipients: ListRecipient[] = [];
  const invalid: { row: number; reason: string }[] = [];
  let duplicates = 0;
  for (const r of rows) {
    const raw = cell(r, cols.email);
    const email = raw === null ? null : ZEmail.safeParse(raw);
    if (!raw) invalid.push({ row: r.row, reason: 'missing_email' });
    else if (!email?.success) invalid.push({ row: r.row, reason: 'invalid_email' });
    else if (seen.has(email.data)) duplicates++;
    else {
      seen.add(email.data);
      const name = cell(r, cols.name);
      const userId = cell(r, cols.userId);
      const language = cell(r, cols.language);
      recipients.push({
        row: r.row,
        email: email.data,
        name: name ? name.slice(0, 200) : null,
        userId: userId ? userId.slice(0, 400) : null,
        // Unrecognised words count as unknown: the campaign's default language applies.
        language: language && languageOf(language, 'vi') === languageOf(language, 'en') ? languageOf(language, 'vi') : null,
      });
    }
  }
  return { columns: cols, recipients, duplicates, invalid };
}
