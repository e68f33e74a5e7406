import { describe, expect, it } from 'vitest';
import { eventMoment, hasMoment } from './moments';
import { pickLanguage } from './mount';
import { npsSurvey } from './widget-fixture';

describe('moments', () => {
  it('a survey with no event, touchpoint, delay or exit intent is due when its page opens', () => {
    expect(hasMoment(npsSurvey())).toBe(false);
    expect(hasMoment(npsSurvey({ triggers: { urlPattern: '/cam-on' } }))).toBe(false);
    expect(hasMoment(npsSurvey({ triggers: { delaySeconds: 5 } }))).toBe(true);
    expect(hasMoment(npsSurvey({ triggers: { exitIntent: true } }))).toBe(true);
    expect(hasMoment(npsSurvey({ triggers: { events: ['x'] } }))).toBe(true);
  });

  it('matches event names ignoring case and diacritics; touchpoints are left to the server', () => {
    const s = npsSurvey({ triggers: { events: ['Đặt hàng'] } });
    expect(eventMoment(s, 'DAT  HANG')).toBe('event');
    expect(eventMoment(s, 'Đặt hàng'.normalize('NFD'))).toBe('event');
    expect(eventMoment(s, 'Đặt')).toBeNull();
    const t = npsSurvey({ triggers: { events: ['Đặt hàng'], touchpointIds: ['tp'] } });
    expect(eventMoment(t, 'Xem sản phẩm')).toBe('touchpoint');
    expect(eventMoment(t, 'dat hang')).toBe('event');
  });

  it('asks in the page’s language when the survey offers it', () => {
    expect(pickLanguage(['vi', 'en'], 'en-US')).toBe('en');
    expect(pickLanguage(['vi', 'en'], 'vi')).toBe('vi');
    expect(pickLanguage(['vi', 'en'], 'fr')).toBe('vi');
    expect(pickLanguage(['vi'], 'en')).toBe('vi');
    expect(pickLanguage(['en'], 'vi')).toBe('en');
  });
});
