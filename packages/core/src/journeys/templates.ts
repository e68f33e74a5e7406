import type { JourneyDoc, JourneyKind, JourneyLane, JourneyTemplateKey, LaneKind, LocalizedName } from './contracts.js';

/** Each lane kind's name in both languages: the editor, the share page and the PDF use these. */
export const LANE_LABELS: Record<LaneKind, LocalizedName> = {
  actions: { vi: 'Hành động của khách hàng', en: 'Customer actions' },
  questions: { vi: 'Câu hỏi và nhu cầu', en: 'Questions and needs' },
  touchpoints: { vi: 'Điểm chạm', en: 'Touchpoints' },
  thoughts: { vi: 'Suy nghĩ', en: 'Thoughts' },
  emotions: { vi: 'Cảm xúc', en: 'Emotions' },
  pains: { vi: 'Điểm đau và trở ngại', en: 'Pain points and obstacles' },
  opportunities: { vi: 'Cơ hội cải thiện', en: 'Opportunities' },
  frontstage: { vi: 'Hoạt động tiền sảnh', en: 'Frontstage actions' },
  backstage: { vi: 'Hoạt động hậu trường', en: 'Backstage actions' },
  support: { vi: 'Quy trình hỗ trợ', en: 'Support processes' },
  text: { vi: 'Ghi chú', en: 'Notes' },
};

/** The lanes each kind of map starts with, top to bottom. */
export const KIND_LANES: Record<JourneyKind, readonly LaneKind[]> = {
  current: ['actions', 'questions', 'touchpoints', 'thoughts', 'emotions', 'pains', 'opportunities'],
  future: ['actions', 'questions', 'touchpoints', 'thoughts', 'emotions', 'pains', 'opportunities'],
  day_in_life: ['actions', 'thoughts', 'emotions', 'touchpoints', 'pains'],
  blueprint: ['touchpoints', 'actions', 'frontstage', 'backstage', 'support', 'pains'],
};

/** The stages of each model, in both languages. */
export const TEMPLATE_STAGES: Record<JourneyTemplateKey, readonly LocalizedName[]> = {
  aida: [
    { vi: 'Chú ý', en: 'Attention' },
    { vi: 'Quan tâm', en: 'Interest' },
    { vi: 'Mong muốn', en: 'Desire' },
    { vi: 'Hành động', en: 'Action' },
  ],
  '5a': [
    { vi: 'Nhận biết', en: 'Aware' },
    { vi: 'Thu hút', en: 'Appeal' },
    { vi: 'Tìm hiểu', en: 'Ask' },
    { vi: 'Hành động', en: 'Act' },
    { vi: 'Ủng hộ', en: 'Advocate' },
  ],
  acc: [
    { vi: 'Nhận biết', en: 'Awareness' },
    { vi: 'Cân nhắc', en: 'Consideration' },
    { vi: 'Chuyển đổi', en: 'Conversion' },
  ],
  retail: [
    { vi: 'Nhu cầu', en: 'Need' },
    { vi: 'Tìm kiếm', en: 'Search' },
    { vi: 'So sánh', en: 'Compare' },
    { vi: 'Mua hàng', en: 'Buy' },
    { vi: 'Thanh toán', en: 'Pay' },
    { vi: 'Giao hàng', en: 'Delivery' },
    { vi: 'Sử dụng', en: 'Use' },
    { vi: 'Hỗ trợ', en: 'Support' },
    { vi: 'Mua lại', en: 'Repurchase' },
  ],
  blank: [{ vi: 'Giai đoạn 1', en: 'Stage 1' }],
};

/** What each model is, for the template picker. */
export const TEMPLATE_INFO: Record<JourneyTemplateKey, { name: LocalizedName; description: LocalizedName }> = {
  aida: {
    name: { vi: 'AIDA', en: 'AIDA' },
    description: { vi: 'Chú ý → Quan tâm → Mong muốn → Hành động: mô hình kinh điển của hành trình mua.', en: 'Attention → Interest → Desire → Action: the classic purchase model.' },
  },
  '5a': {
    name: { vi: '5A', en: '5A' },
    description: { vi: 'Nhận biết → Thu hút → Tìm hiểu → Hành động → Ủng hộ (Kotler): đến tận lúc khách giới thiệu cho người khác.', en: 'Aware → Appeal → Ask → Act → Advocate (Kotler): all the way to recommending.' },
  },
  acc: {
    name: { vi: 'ACC', en: 'ACC' },
    description: { vi: 'Nhận biết → Cân nhắc → Chuyển đổi: gọn cho phễu marketing.', en: 'Awareness → Consideration → Conversion: a compact marketing funnel.' },
  },
  retail: {
    name: { vi: 'Hành trình mua lẻ', en: 'Retail purchase journey' },
    description: {
      vi: 'Nhu cầu → tìm kiếm → so sánh → mua → thanh toán → giao hàng → sử dụng → hỗ trợ → mua lại.',
      en: 'Need → search → compare → buy → pay → delivery → use → support → repurchase.',
    },
  },
  blank: { name: { vi: 'Trống', en: 'Blank' }, description: { vi: 'Bắt đầu từ một giai đoạn và tự đặt tên.', en: 'Start from one stage and name your own.' } },
};

/** A new map's document: the model's stages and the kind's lanes, every cell empty. Ids are stable (st1…, ln-actions…). */
export function journeyTemplate(key: JourneyTemplateKey, kind: JourneyKind): JourneyDoc {
  const lanes: JourneyLane[] = KIND_LANES[kind].map((k) => ({ id: `ln-${k}`, kind: k, title: '', hidden: false }));
  const stages = TEMPLATE_STAGES[key].map((name, i) => ({ id: `st${i + 1}`, name: { ...name }, description: '', cells: {} }));
  return { stages, lanes };
}

/** A lane's title as shown: its own title when given, else its kind's name. */
export function laneTitle(lane: Pick<JourneyLane, 'kind' | 'title'>, language: 'vi' | 'en'): string {
  return lane.title || LANE_LABELS[lane.kind][language];
}

/** A stage's name in the reader's language, falling back to Vietnamese. */
export function stageName(name: LocalizedName, language: 'vi' | 'en'): string {
  return (language === 'en' && name.en) || name.vi;
}
