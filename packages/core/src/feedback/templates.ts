import type { SurveyDefinitionInput } from './survey.js';

export const SURVEY_TEMPLATE_KEYS = ['post_purchase_nps', 'delivery_csat', 'support_ces', 'store_smiley', 'service_csi'] as const;
export type SurveyTemplateKey = (typeof SURVEY_TEMPLATE_KEYS)[number];

export interface SurveyTemplate {
  key: SurveyTemplateKey;
  name: { vi: string; en: string };
  description: { vi: string; en: string };
  definition: SurveyDefinitionInput;
}

const thanks = { title: { vi: 'Cảm ơn bạn đã góp ý!', en: 'Thank you for your feedback!' }, body: { vi: 'Ý kiến của bạn giúp chúng tôi phục vụ tốt hơn.', en: 'Your answers help us serve you better.' } };
const both = ['vi', 'en'] as const;

/** Ready-made surveys a CX team starts from; every text in Vietnamese and English. */
export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    key: 'post_purchase_nps',
    name: { vi: 'NPS sau mua hàng', en: 'Post-purchase NPS' },
    description: { vi: 'Khách có sẵn lòng giới thiệu bạn không, và vì sao.', en: 'Would customers recommend you, and why.' },
    definition: {
      languages: [...both],
      questions: [
        {
          id: 'nps',
          type: 'nps',
          title: { vi: 'Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè hoặc người thân không?', en: 'How likely are you to recommend us to a friend or relative?' },
          lowLabel: { vi: 'Chắc chắn không', en: 'Not at all likely' },
          highLabel: { vi: 'Chắc chắn có', en: 'Extremely likely' },
        },
        {
          id: 'why_low',
          type: 'text',
          required: false,
          title: { vi: 'Điều gì khiến bạn chưa hài lòng?', en: 'What disappointed you?' },
          showIf: { question: 'nps', op: 'lte', value: 6 },
        },
        {
          id: 'why_mid',
          type: 'text',
          required: false,
          title: { vi: 'Chúng tôi cần làm gì để bạn hài lòng hơn?', en: 'What would make it better for you?' },
          showIf: { question: 'nps', op: 'in', value: [7, 8] },
        },
        {
          id: 'why_high',
          type: 'text',
          required: false,
          title: { vi: 'Bạn thích điều gì nhất?', en: 'What did you like most?' },
          showIf: { question: 'nps', op: 'gte', value: 9 },
        },
      ],
      thankYou: thanks,
    },
  },
  {
    key: 'delivery_csat',
    name: { vi: 'CSAT giao hàng', en: 'Delivery CSAT' },
    description: { vi: 'Khách hài lòng thế nào với lần giao hàng vừa rồi.', en: 'How satisfied customers were with their delivery.' },
    definition: {
      languages: [...both],
      questions: [
        { id: 'csat', type: 'csat', style: 'stars', title: { vi: 'Bạn hài lòng thế nào với việc giao hàng?', en: 'How satisfied are you with the delivery?' } },
        {
          id: 'issue',
          type: 'multiple',
          required: false,
          title: { vi: 'Điều gì chưa ổn?', en: 'What went wrong?' },
          showIf: { question: 'csat', op: 'lte', value: 3 },
          options: [
            { id: 'late', label: { vi: 'Giao trễ', en: 'Late' } },
            { id: 'damaged', label: { vi: 'Hàng bị hư hỏng', en: 'Damaged goods' } },
            { id: 'wrong_item', label: { vi: 'Giao sai hàng', en: 'Wrong item' } },
            { id: 'courier', label: { vi: 'Thái độ nhân viên giao hàng', en: 'Courier’s attitude' } },
          ],
        },
        { id: 'comment', type: 'text', required: false, title: { vi: 'Bạn muốn nhắn gì thêm không?', en: 'Anything else to tell us?' } },
      ],
      thankYou: thanks,
    },
  },
  {
    key: 'support_ces',
    name: { vi: 'CES hỗ trợ khách hàng', en: 'Support CES' },
    description: { vi: 'Khách giải quyết vấn đề với bộ phận hỗ trợ dễ dàng đến đâu.', en: 'How easy it was to get a problem solved by support.' },
    definition: {
      languages: [...both],
      questions: [
        {
          id: 'ces',
          type: 'ces',
          title: { vi: 'Việc giải quyết yêu cầu của bạn dễ dàng đến mức nào?', en: 'How easy was it to get your request handled?' },
          lowLabel: { vi: 'Rất khó', en: 'Very difficult' },
          highLabel: { vi: 'Rất dễ', en: 'Very easy' },
        },
        {
          id: 'resolved',
          type: 'single',
          title: { vi: 'Vấn đề của bạn đã được giải quyết chưa?', en: 'Was your problem solved?' },
          options: [
            { id: 'yes', label: { vi: 'Rồi', en: 'Yes' } },
            { id: 'partly', label: { vi: 'Một phần', en: 'Partly' } },
            { id: 'no', label: { vi: 'Chưa', en: 'No' } },
          ],
        },
        {
          id: 'contact',
          type: 'contact',
          required: false,
          title: { vi: 'Để lại thông tin nếu bạn muốn chúng tôi liên hệ lại', en: 'Leave your details if you would like us to call back' },
          showIf: { question: 'resolved', op: 'in', value: ['partly', 'no'] },
          fields: ['name', 'phone'],
          consent: { vi: 'Tôi đồng ý để cửa hàng dùng thông tin này để liên hệ với tôi về góp ý này.', en: 'I agree that the store may use these details to contact me about this feedback.' },
        },
      ],
      thankYou: thanks,
    },
  },
  {
    key: 'store_smiley',
    name: { vi: 'Mặt cười tại cửa hàng', en: 'In-store smiley' },
    description: { vi: 'Một chạm trên máy tính bảng ở quầy, hỏi thêm khi khách chưa vui.', en: 'One tap on the counter tablet, a follow-up when the customer is unhappy.' },
    definition: {
      languages: [...both],
      questions: [
        { id: 'csat', type: 'csat', style: 'smileys', title: { vi: 'Hôm nay bạn thấy thế nào?', en: 'How was your visit today?' } },
        {
          id: 'reason',
          type: 'single',
          title: { vi: 'Điều gì làm bạn chưa vui?', en: 'What was wrong?' },
          showIf: { question: 'csat', op: 'lte', value: 2 },
          options: [
            { id: 'wait', label: { vi: 'Chờ lâu', en: 'Long wait' } },
            { id: 'staff', label: { vi: 'Nhân viên', en: 'Staff' } },
            { id: 'stock', label: { vi: 'Hết hàng', en: 'Out of stock' } },
            { id: 'price', label: { vi: 'Giá cả', en: 'Price' } },
          ],
          allowOther: true,
        },
      ],
      rules: [{ after: 'csat', when: { question: 'csat', op: 'gte', value: 3 }, then: { end: true } }],
      thankYou: { title: { vi: 'Cảm ơn bạn!', en: 'Thank you!' } },
    },
  },
  {
    key: 'service_csi',
    name: { vi: 'Chỉ số hài lòng dịch vụ (CSI)', en: 'Service satisfaction index (CSI)' },
    description: { vi: 'Đánh giá từng mặt của dịch vụ, gộp thành một chỉ số 0–100.', en: 'Rate each side of the service, combined into one 0–100 index.' },
    definition: {
      languages: [...both],
      questions: [
        {
          id: 'csi',
          type: 'csi',
          title: { vi: 'Bạn đánh giá thế nào về từng mặt sau?', en: 'How would you rate each of these?' },
          attributes: [
            { key: 'service', label: { vi: 'Thái độ phục vụ', en: 'Service' }, weight: 40 },
            { key: 'experience', label: { vi: 'Trải nghiệm mua sắm', en: 'Shopping experience' }, weight: 35 },
            { key: 'price', label: { vi: 'Giá cả', en: 'Price' }, weight: 25 },
          ],
        },
        { id: 'comment', type: 'text', required: false, title: { vi: 'Góp ý thêm cho chúng tôi', en: 'Any other comments' } },
      ],
      thankYou: thanks,
    },
  },
];
