import type { SurveyLanguage } from '@footprint/core';

/**
 * The renderer's own words, in the respondent's language (not the dashboard's): it must work on
 * the public link page and the kiosk, where the dashboard's translations are not loaded.
 */
export const RENDERER_TEXT = {
  vi: {
    start: 'Bắt đầu',
    submit: 'Gửi câu trả lời',
    required: 'Bắt buộc',
    missing: 'Vui lòng trả lời các câu bắt buộc còn thiếu.',
    failed: 'Chưa gửi được câu trả lời của bạn. Câu trả lời vẫn còn đây, vui lòng thử lại.',
    retry: 'Gửi lại',
    other: 'Khác',
    score: (n: number) => `${n} điểm`,
    stars: (n: number) => `${n} sao`,
    csat: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
    fields: { name: 'Họ tên', phone: 'Số điện thoại', email: 'Email' },
    chooseUpTo: (n: number) => `Chọn tối đa ${n}`,
    logo: 'Logo',
  },
  en: {
    start: 'Start',
    submit: 'Send answers',
    required: 'Required',
    missing: 'Please answer the required questions left.',
    failed: 'Your answers could not be sent. They are still here; please try again.',
    retry: 'Send again',
    other: 'Other',
    score: (n: number) => `${n} points`,
    stars: (n: number) => `${n} stars`,
    csat: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    fields: { name: 'Name', phone: 'Phone number', email: 'Email' },
    chooseUpTo: (n: number) => `Choose up to ${n}`,
    logo: 'Logo',
  },
} satisfies Record<SurveyLanguage, unknown>;
export type RendererText = (typeof RENDERER_TEXT)['vi'];

export const SMILEYS = ['😞', '🙁', '😐', '🙂', '😄'] as const;
