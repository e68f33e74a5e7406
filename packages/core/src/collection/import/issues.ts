import type { Locale } from '../../workspace/contracts.js';

/** Why a row cannot be imported. Stable codes; messages in both languages. */
export const ROW_ISSUE_CODES = [
  'missing_customer',
  'invalid_phone',
  'invalid_email',
  'missing_timestamp',
  'invalid_timestamp',
  'future_timestamp',
  'invalid_number',
  'missing_event',
  'invalid_text',
  'value_too_long',
  'row_too_large',
] as const;
export type RowIssueCode = (typeof ROW_ISSUE_CODES)[number];

export interface RowIssue {
  code: RowIssueCode;
  column: number | null;
  value: string | null;
}

const quote = (v: string | null) => `“${(v ?? '').length > 60 ? `${(v ?? '').slice(0, 60)}…` : (v ?? '')}”`;

const MESSAGES: Record<RowIssueCode, Record<Locale, (value: string) => string>> = {
  missing_customer: {
    vi: () => 'Thiếu thông tin khách hàng: cần mã khách hàng, số điện thoại hoặc email.',
    en: () => 'No customer: a customer id, phone or email is needed.',
  },
  invalid_phone: { vi: (v) => `${v} không phải số điện thoại hợp lệ.`, en: (v) => `${v} is not a valid phone number.` },
  invalid_email: { vi: (v) => `${v} không phải email hợp lệ.`, en: (v) => `${v} is not a valid email.` },
  missing_timestamp: { vi: () => 'Thiếu thời gian.', en: () => 'The time is missing.' },
  invalid_timestamp: {
    vi: (v) => `Không đọc được thời gian ${v} theo định dạng đã chọn.`,
    en: (v) => `Cannot read the time ${v} in the chosen format.`,
  },
  future_timestamp: { vi: (v) => `Thời gian ${v} ở tương lai.`, en: (v) => `The time ${v} is in the future.` },
  invalid_number: { vi: (v) => `${v} không phải là số.`, en: (v) => `${v} is not a number.` },
  missing_event: { vi: () => 'Thiếu tên sự kiện.', en: () => 'The event name is missing.' },
  invalid_text: {
    vi: () => 'Có ký tự điều khiển hoặc Unicode không hợp lệ.',
    en: () => 'Contains control characters or invalid Unicode.',
  },
  value_too_long: { vi: (v) => `Giá trị quá dài: ${v}.`, en: (v) => `The value is too long: ${v}.` },
  row_too_large: { vi: () => 'Dòng lớn hơn 32 KB.', en: () => 'The row is larger than 32 KB.' },
};

/** "Cột “Số điện thoại”: “12ab” không phải số điện thoại hợp lệ." */
export function issueMessage(issue: RowIssue, columnName: string | null, locale: Locale): string {
  const text = MESSAGES[issue.code][locale](quote(issue.value));
  if (columnName === null) return text;
  return locale === 'vi' ? `Cột ${quote(columnName)}: ${text}` : `Column ${quote(columnName)}: ${text}`;
}
