import type { NpsGroup, ResponseChannel, ResponseStatus, ScoreGroup, SurveyLanguage } from '@footprint/core';

/** The words an export writes besides the surveys' own texts, in both languages. */
export const EXPORT_LABELS: Record<
  SurveyLanguage,
  {
    headers: Record<'answeredAt' | 'status' | 'survey' | 'touchpoint' | 'channel' | 'store' | 'device' | 'customer' | 'customerId' | 'language' | 'score' | 'scoreGroup' | 'npsGroup' | 'responseId', string>;
    status: Record<ResponseStatus, string>;
    channel: Record<ResponseChannel, string>;
    group: Record<ScoreGroup, string>;
    nps: Record<NpsGroup, string>;
    language: Record<SurveyLanguage, string>;
    kiosk: string;
    sheet: string;
    file: string;
  }
> = {
  vi: {
    headers: {
      answeredAt: 'Thời gian',
      status: 'Trạng thái',
      survey: 'Khảo sát',
      touchpoint: 'Điểm chạm',
      channel: 'Kênh',
      store: 'Cửa hàng',
      device: 'Thiết bị',
      customer: 'Khách hàng',
      customerId: 'Mã khách hàng',
      language: 'Ngôn ngữ',
      score: 'Điểm',
      scoreGroup: 'Cảm nhận',
      npsGroup: 'Nhóm NPS',
      responseId: 'Mã phản hồi',
    },
    status: { completed: 'Hoàn thành', partial: 'Chưa xong' },
    channel: { link: 'Đường dẫn', widget: 'Widget trên web', kiosk: 'Kiosk', email: 'Email', qr: 'Mã QR' },
    group: { negative: 'Tiêu cực', neutral: 'Trung lập', positive: 'Tích cực' },
    nps: { detractor: 'Không hài lòng (0–6)', passive: 'Trung lập (7–8)', promoter: 'Ủng hộ (9–10)' },
    language: { vi: 'Tiếng Việt', en: 'Tiếng Anh' },
    kiosk: 'Kiosk',
    sheet: 'Phản hồi',
    file: 'phan-hoi',
  },
  en: {
    headers: {
      answeredAt: 'Time',
      status: 'Status',
      survey: 'Survey',
      touchpoint: 'Touchpoint',
      channel: 'Channel',
      store: 'Store',
      device: 'Device',
      customer: 'Customer',
      customerId: 'Customer ID',
      language: 'Language',
      score: 'Score',
      scoreGroup: 'Sentiment',
      npsGroup: 'NPS group',
      responseId: 'Response ID',
    },
    status: { completed: 'Completed', partial: 'Partial' },
    channel: { link: 'Link', widget: 'Web widget', kiosk: 'Kiosk', email: 'Email', qr: 'QR code' },
    group: { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' },
    nps: { detractor: 'Detractor (0–6)', passive: 'Passive (7–8)', promoter: 'Promoter (9–10)' },
    language: { vi: 'Vietnamese', en: 'English' },
    kiosk: 'Kiosk',
    sheet: 'Responses',
    file: 'responses',
  },
};
