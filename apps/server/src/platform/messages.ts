import type { ErrorCode } from '@footprint/core';

/** People-facing error messages by code, in both languages. */
export const ERROR_MESSAGES: Partial<Record<ErrorCode, { vi: string; en: string }>> = {
  validation_failed: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request data is not valid.' },
  bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  payload_too_large: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request body is too large.' },
  unsupported_media_type: { vi: 'Định dạng dữ liệu không được hỗ trợ.', en: 'This content type is not supported.' },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  version_conflict: { vi: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại rồi thử lại.', en: 'Someone else changed this meanwhile. Reload and try again.' },
  case_exists: { vi: 'Phản hồi này đã có một yêu cầu hỗ trợ.', en: 'This feedback already has a case.' },
  case_reference_unknown: {
    vi: 'Một khách hàng, điểm chạm, phòng ban hoặc thành viên được chọn không tồn tại trong không gian làm việc này.',
    en: 'A chosen customer, touchpoint, department or member does not exist in this workspace.',
  },
  handoff_not_open: { vi: 'Yêu cầu liên phòng ban này đã được trả lời hoặc đã huỷ.', en: 'This hand-off has already been answered or cancelled.' },
  rule_order_mismatch: { vi: 'Thứ tự mới phải gồm đúng mọi quy tắc, mỗi quy tắc một lần.', en: 'The new order must list every rule exactly once.' },
  persona_unavailable: { vi: 'Chưa thể lọc theo chân dung khách hàng.', en: 'Filtering by persona is not available.' },
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
  store_name_taken: { vi: 'Đã có một cửa hàng mang tên này.', en: 'A store with this name already exists.' },
  store_in_use: { vi: 'Cửa hàng còn máy kiosk: hãy chuyển hoặc xoá các máy đó trước.', en: 'This store has kiosk tablets: move or remove them first.' },
  answered_at_out_of_range: {
    vi: 'Thời điểm trả lời phải trong vòng 14 ngày qua và không ở tương lai.',
    en: 'An answer’s time must be within the last 14 days and not in the future.',
  },
  kiosk_token_invalid: { vi: 'Máy này không còn được ghép nối. Hãy ghép nối lại từ Footprint.', en: 'This tablet is not paired any more: pair it again from Footprint.' },
  pair_code_invalid: { vi: 'Mã ghép nối không đúng hoặc đã hết hạn.', en: 'This pairing code is wrong or has expired.' },
  kiosk_survey_changed: { vi: 'Máy kiosk không còn chạy khảo sát này.', en: 'The kiosk no longer runs this survey.' },
  export_too_large: {
    vi: 'Bộ lọc chọn quá nhiều phản hồi để xuất một lần (tối đa 100.000). Hãy thu hẹp bộ lọc, ví dụ theo khoảng ngày.',
    en: 'These filters pick too many responses for one export (at most 100,000). Narrow them, e.g. by date.',
  },
  export_not_ready: { vi: 'Tệp xuất chưa sẵn sàng.', en: 'The export is not ready yet.' },
  campaign_locked: {
    vi: 'Chiến dịch đã gửi hoặc đang gửi nên không thay đổi được nữa.',
    en: 'This campaign has been sent or is sending; it can no longer be changed.',
  },
  campaign_empty: { vi: 'Chưa có người nhận nào có email để gửi.', en: 'There is no recipient with an email address to send to.' },
  survey_inactive: {
    vi: 'Khảo sát chưa chạy nên chưa nhận câu trả lời: hãy kích hoạt khảo sát trước.',
    en: 'The survey is not running, so it takes no answers: activate it first.',
  },
  reminder_unavailable: {
    vi: 'Lời nhắc chỉ gửi một lần, sau khi chiến dịch đã gửi xong; lời nhắc này đã gửi hoặc đang gửi.',
    en: 'The reminder goes once, after the campaign has been sent; it has been sent or is going out.',
  },
  file_no_email_column: {
    vi: 'Tệp cần có cột email (tiêu đề như “Email”).',
    en: 'The file needs an email column (a header such as “Email”).',
  },
  photo_invalid: { vi: 'Ảnh phải là tệp PNG, JPEG hoặc WebP.', en: 'The photo must be a PNG, JPEG or WebP image.' },
  photo_too_large: { vi: 'Ảnh lớn hơn 300 KB.', en: 'The photo is larger than 300 KB.' },
  persona_name_taken: { vi: 'Đã có một chân dung khách hàng mang tên này.', en: 'A persona with this name already exists.' },
  journey_reference_unknown: {
    vi: 'Bản đồ nhắc đến một điểm chạm hoặc phòng ban không có trong không gian làm việc này.',
    en: 'The map refers to a touchpoint or department this workspace does not have.',
  },
  internal: { vi: 'Đã có lỗi xảy ra.', en: 'Something went wrong.' },
  already_answered: { vi: 'Câu hỏi này đã được trả lời. Cảm ơn bạn!', en: 'This question has already been answered. Thank you!' },
  case_reopened: { vi: 'Yêu cầu này đang được xử lý lại nên chưa cần đánh giá.', en: 'This request has been reopened, so there is nothing to rate yet.' },
};

export function pickLanguage(acceptLanguage: string | undefined): 'vi' | 'en' {
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
