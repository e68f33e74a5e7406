import type { Channel, JourneyKind, OpportunityStatus, PainSeverity } from '@footprint/core';

export type Lang = 'vi' | 'en';

/** What the printed map says around the user's own words, in both languages. */
export const WORDS = {
  vi: {
    kinds: { current: 'Bản đồ hiện trạng', future: 'Bản đồ tương lai', day_in_life: 'Một ngày của khách hàng', blueprint: 'Bản thiết kế dịch vụ' } satisfies Record<JourneyKind, string>,
    persona: 'Chân dung khách hàng',
    updated: 'Cập nhật',
    printed: 'In ngày',
    page: 'Trang',
    stage: 'Giai đoạn',
    owner: 'Phụ trách',
    target: 'Mục tiêu',
    severity: 'Mức độ',
    customers: 'khách',
    designed: 'Cảm xúc thiết kế',
    measured: 'Cảm xúc đo được',
    visibility: 'Ranh giới nhìn thấy: khách hàng không thấy những gì bên dưới',
    more: (n: number) => `… và ${n} mục nữa`,
    online: 'Trực tuyến',
    offline: 'Trực tiếp',
    noName: 'Điểm chạm chưa đặt tên',
    severities: { low: 'thấp', medium: 'vừa', high: 'cao' } satisfies Record<PainSeverity, string>,
    statuses: { idea: 'Ý tưởng', planned: 'Đã lên kế hoạch', in_progress: 'Đang làm', done: 'Đã xong' } satisfies Record<OpportunityStatus, string>,
    channels: {
      web: 'Website', app: 'Ứng dụng', email: 'Email', social: 'Mạng xã hội', facebook: 'Facebook', zalo: 'Zalo', chat: 'Chat trực tuyến', store: 'Cửa hàng',
      hotline: 'Tổng đài', delivery: 'Giao hàng', pos: 'Máy bán hàng (POS)', other: 'Khác',
    } satisfies Record<Channel, string>,
  },
  en: {
    kinds: { current: 'Current-state map', future: 'Future-state map', day_in_life: 'Day in the life', blueprint: 'Service blueprint' } satisfies Record<JourneyKind, string>,
    persona: 'Persona',
    updated: 'Updated',
    printed: 'Printed',
    page: 'Page',
    stage: 'Stage',
    owner: 'Owner',
    target: 'Target',
    severity: 'Severity',
    customers: 'customers',
    designed: 'Designed emotion',
    measured: 'Measured emotion',
    visibility: 'Line of visibility: customers do not see what lies below',
    more: (n: number) => `… and ${n} more`,
    online: 'Online',
    offline: 'Offline',
    noName: 'Unnamed touchpoint',
    severities: { low: 'low', medium: 'medium', high: 'high' } satisfies Record<PainSeverity, string>,
    statuses: { idea: 'Idea', planned: 'Planned', in_progress: 'In progress', done: 'Done' } satisfies Record<OpportunityStatus, string>,
    channels: {
      web: 'Website', app: 'App', email: 'Email', social: 'Social media', facebook: 'Facebook', zalo: 'Zalo', chat: 'Live chat', store: 'Store',
      hotline: 'Hotline', delivery: 'Delivery', pos: 'Point of sale', other: 'Other',
    } satisfies Record<Channel, string>,
  },
} as const;
