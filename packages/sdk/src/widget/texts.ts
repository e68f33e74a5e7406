/** The widget's own words, in the respondent's language (the survey's texts come from its definition). */
export const TEXTS = {
  vi: {
    close: 'Đóng khảo sát',
    start: 'Bắt đầu',
    next: 'Tiếp',
    back: 'Quay lại',
    send: 'Gửi',
    required: 'Vui lòng trả lời câu hỏi này.',
    invalid: 'Câu trả lời chưa hợp lệ, vui lòng xem lại.',
    failed: 'Chưa gửi được câu trả lời. Vui lòng thử lại.',
    other: 'Khác',
    csat: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
    stars: 'sao',
    fields: { name: 'Họ tên', phone: 'Số điện thoại', email: 'Email' },
    upTo: 'Chọn tối đa',
    optional: '(không bắt buộc)',
  },
  en: {
    close: 'Close the survey',
    start: 'Start',
    next: 'Next',
    back: 'Back',
    send: 'Send',
    required: 'Please answer this question.',
    invalid: 'This answer is not valid yet; please check it.',
    failed: 'Your answers could not be sent. Please try again.',
    other: 'Other',
    csat: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    stars: 'stars',
    fields: { name: 'Name', phone: 'Phone number', email: 'Email' },
    upTo: 'Choose up to',
    optional: '(optional)',
  },
};
export type Texts = (typeof TEXTS)['vi'];

export const SMILEYS = ['😞', '🙁', '😐', '🙂', '😄'];
