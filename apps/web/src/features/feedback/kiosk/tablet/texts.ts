import type { SurveyLanguage } from '@footprint/core';

/**
 * The kiosk's own words, in the survey's language: customers read them at the counter, staff read
 * the pairing screen. Not the dashboard's translations, which the tablet never loads.
 */
export const KIOSK_TEXT = {
  vi: {
    pairTitle: 'Ghép nối máy kiosk',
    pairIntro: 'Nhập mã ghép nối hiện trong Footprint (Phản hồi → Máy kiosk).',
    code: 'Mã ghép nối',
    pair: 'Ghép nối',
    badCode: 'Mã không đúng hoặc đã hết hạn. Hãy tạo mã mới trong Footprint.',
    pairOffline: 'Không kết nối được máy chủ. Hãy kiểm tra mạng và thử lại.',
    revoked: 'Máy này đã bị huỷ ghép nối. Hãy nhập mã ghép nối mới.',
    loading: 'Đang tải…',
    noSurvey: 'Máy chưa có khảo sát. Hãy chọn khảo sát cho máy trong Footprint.',
    notRunning: 'Khảo sát hiện đang tạm dừng. Cảm ơn bạn!',
    unsupported: 'Khảo sát này dùng loại câu hỏi máy kiosk chưa hiển thị được.',
    send: 'Gửi',
    back: 'Quay lại',
    required: 'Vui lòng trả lời câu hỏi bắt buộc.',
    offline: 'Ngoại tuyến',
    waiting: '{n} câu trả lời chờ gửi',
    fullscreen: 'Toàn màn hình',
    language: 'Ngôn ngữ',
    startOver: 'Chạm để bắt đầu lại',
  },
  en: {
    pairTitle: 'Pair this kiosk',
    pairIntro: 'Enter the pairing code shown in Footprint (Feedback → Kiosks).',
    code: 'Pairing code',
    pair: 'Pair',
    badCode: 'The code is wrong or has expired. Make a new one in Footprint.',
    pairOffline: 'The server cannot be reached. Check the network and try again.',
    revoked: 'This tablet was unpaired. Enter a new pairing code.',
    loading: 'Loading…',
    noSurvey: 'This tablet has no survey. Choose one for it in Footprint.',
    notRunning: 'The survey is paused for now. Thank you!',
    unsupported: 'This survey has a question type the kiosk cannot show yet.',
    send: 'Send',
    back: 'Back',
    required: 'Please answer the required question.',
    offline: 'Offline',
    waiting: '{n} answers waiting to be sent',
    fullscreen: 'Full screen',
    language: 'Language',
    startOver: 'Tap to start again',
  },
} satisfies Record<SurveyLanguage, Record<string, string>>;
export type KioskText = (typeof KIOSK_TEXT)['vi'];
