import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../i18n/en';
import { vi } from '../../../i18n/vi';
import { alertSentence } from './sentence';

const i18n = i18next.createInstance();
void i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } }, lng: 'vi', fallbackLng: 'vi', interpolation: { escapeValue: false }, initAsync: false });
const say = (lang: 'vi' | 'en', kind: Parameters<typeof alertSentence>[0]['kind'], data: Record<string, string | number | null>, withCase = true) =>
  alertSentence({ kind, data, case: withCase ? { id: 'c', number: 1024, subject: 'Giao hàng trễ' } : null }, i18n.getFixedT(lang), lang);

describe('an alert said in the reader’s language', () => {
  it('says each kind in Vietnamese, with the case number and its facts', () => {
    expect(say('vi', 'negative_feedback', { score: 3, metric: 'nps' })).toBe('Phản hồi tiêu cực (NPS 3) — đã mở yêu cầu #1024');
    expect(say('vi', 'sla_breach', { target: 'first_response' })).toBe('Yêu cầu #1024 đã quá hạn phản hồi đầu tiên');
    expect(say('vi', 'sla_breach', { target: 'resolution' })).toBe('Yêu cầu #1024 đã quá hạn giải quyết');
    expect(say('vi', 'sla_breach', { target: 'handoff', departmentNameVi: 'Kho', departmentNameEn: 'Warehouse' })).toBe('Yêu cầu liên phòng ban của #1024 gửi Kho đã quá hạn');
    expect(say('vi', 'assigned', { byName: 'Nguyễn Văn An' })).toBe('Nguyễn Văn An đã giao yêu cầu #1024 cho bạn');
    expect(say('vi', 'assigned', {})).toBe('Bạn được giao yêu cầu #1024');
    expect(say('vi', 'mention', { byName: 'Phạm Thu Hà' })).toBe('Phạm Thu Hà đã nhắc đến bạn trong yêu cầu #1024');
    // The case engine's words: direction, fromDepartment / toDepartment.
    expect(say('vi', 'handoff', { direction: 'answered', toDepartment: 'Vận chuyển' })).toBe('Vận chuyển đã trả lời về yêu cầu #1024');
    expect(say('vi', 'handoff', { direction: 'asked', fromDepartment: 'Chăm sóc khách hàng' })).toBe('Chăm sóc khách hàng hỏi phòng bạn về yêu cầu #1024');
    expect(say('vi', 'handoff', { direction: 'asked' })).toBe('Phòng ban của bạn được hỏi về yêu cầu #1024');
  });
  it('says them in English, with the department’s English name', () => {
    expect(say('en', 'sla_breach', { target: 'handoff', departmentNameVi: 'Kho', departmentNameEn: 'Warehouse' })).toBe('The hand-off of #1024 to Warehouse is overdue');
    expect(say('en', 'negative_feedback', { score: 1 })).toBe('Negative feedback (1) — request #1024 opened');
    expect(say('en', 'mention', {})).toBe('A colleague mentioned you in request #1024');
  });
  it('falls back to the number in the data when the case is gone', () => {
    expect(say('vi', 'assigned', { number: 77 }, false)).toBe('Bạn được giao yêu cầu #77');
  });
});
