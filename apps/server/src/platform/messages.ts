import type { ErrorCode } from '@footprint/core';

/** People-facing error messages by code, in both languages. */
export const ERROR_MESSAGES: Partial<Record<ErrorCode, { vi: string; en: string }>> = {
  validation_failed: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request data is not valid.' },
  bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  payload_too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request body is too large.' },
  unsupported_media_type: { vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'This content type is not supported.' },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  unauthenticated: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  forbidden: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You do not have permission to do this.' },
  rate_limited: { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.', en: 'Too many requests; please try again later.' },
  setup_done: { vi: 'Footprint đã được thiết lập.', en: 'Footprint is already set up.' },
  setup_required: { vi: 'Footprint chưa được thiết lập.', en: 'Footprint is not set up yet.' },
  invalid_credentials: { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
  account_locked: {
    vi: 'Đăng nhập sai quá nhiều lần. Tài khoản tạm khoá, vui lòng thử lại sau.',
    en: 'Too many failed sign-ins. The account is locked for a while; try again later.',
  },
  email_taken: { vi: 'Email này đã có tài khoản.', en: 'This email already has an account.' },
  already_member: { vi: 'Người này đã là thành viên.', en: 'This person is already a member.' },
  invitation_invalid: {
    vi: 'Lời mời không hợp lệ, đã hết hạn hoặc đã được dùng.',
    en: 'This invitation is invalid, expired or already used.',
  },
  invitation_email_mismatch: {
    vi: 'Lời mời này dành cho một email khác.',
    en: 'This invitation was sent to a different email address.',
  },
  token_invalid: { vi: 'Liên kết không hợp lệ hoặc đã hết hạn.', en: 'This link is invalid or has expired.' },
  last_owner: {
    vi: 'Không thể bỏ chủ sở hữu cuối cùng của không gian làm việc.',
    en: 'A workspace must keep at least one owner.',
  },
  no_workspace: { vi: 'Chưa chọn không gian làm việc.', en: 'No workspace is selected.' },
  uri_too_long: { vi: 'Đường dẫn quá dài.', en: 'The address is too long.' },
  overloaded: { vi: 'Máy chủ đang bận, vui lòng gửi lại sau giây lát.', en: 'The server is busy; retry shortly.' },
  response_incomplete: { vi: 'Vẫn còn câu hỏi bắt buộc chưa được trả lời.', en: 'Some required questions are not answered yet.' },
  touchpoint_name_taken: { vi: 'Đã có một điểm chạm mang tên này.', en: 'A touchpoint with this name already exists.' },
  message_too_large: { vi: 'Một sự kiện lớn hơn 32 KB.', en: 'A message is larger than 32 KB.' },
  invalid_write_key: { vi: 'Khoá ghi không hợp lệ hoặc đã bị thu hồi.', en: 'The write key is not valid or was revoked.' },
  file_too_large: { vi: 'Tệp lớn hơn 20 MB.', en: 'The file is larger than 20 MB.' },
  file_empty: { vi: 'Tệp trống hoặc không có dòng dữ liệu nào.', en: 'The file is empty or has no data rows.' },
  file_no_header: {
    vi: 'Dòng đầu tiên của tệp phải là tiêu đề cột (ví dụ: Mã KH, Số điện thoại, Thời gian).',
    en: 'The first row of the file must hold the column headers (e.g. Customer ID, Phone, Time).',
  },
  file_encoding: {
    vi: 'Tệp CSV không phải UTF-8. Hãy lưu lại bằng “CSV UTF-8” trong Excel.',
    en: 'The CSV file is not UTF-8. Save it again as “CSV UTF-8” in Excel.',
  },
  file_unreadable: { vi: 'Không đọc được tệp: tệp bị hỏng hoặc sai định dạng.', en: 'The file cannot be read: it is damaged or malformed.' },
  file_type: { vi: 'Chỉ nhận tệp CSV hoặc XLSX.', en: 'Only CSV and XLSX files are accepted.' },
  too_many_rows: { vi: 'Tệp có quá nhiều dòng (tối đa 100.000).', en: 'The file has too many rows (at most 100,000).' },
  too_many_columns: { vi: 'Tệp có quá nhiều cột (tối đa 200).', en: 'The file has too many columns (at most 200).' },
  import_not_ready: {
    vi: 'Tệp chưa sẵn sàng để nhập: hãy ghép cột và sửa mọi dòng lỗi trước.',
    en: 'The file is not ready to import: map its columns and fix every bad row first.',
  },
  import_started: { vi: 'Tệp này đã được nhập hoặc đang nhập.', en: 'This file has been imported or is being imported.' },
  internal: { vi: 'Đã có lỗi xảy ra.', en: 'Something went wrong.' },
};

export function pickLanguage(acceptLanguage: string | undefined): 'vi' | 'en' {
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
