import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerTouchpoint, capAllows, DAY_MS, isSampled, samplingBucket, urlMatches } from './widget-logic.js';
import { ZWidgetSettings } from './widget-contracts.js';

describe('sampling', () => {
  it('puts each visitor in one stable bucket per survey, spread evenly', () => {
    expect(samplingBucket('anon-1', 's-1')).toBe(samplingBucket('anon-1', 's-1'));
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) counts[Math.floor(samplingBucket(`visitor-${i}`, 'survey-a') / 1000)]!++;
    for (const c of counts) {
      expect(c).toBeGreaterThan(1700);
      expect(c).toBeLessThan(2300);
    }
  });

  it('samples about the share asked for; 0% nobody and 100% everybody', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (visitor, survey) => {
        expect(isSampled(visitor, survey, 0)).toBe(false);
        expect(isSampled(visitor, survey, 100)).toBe(true);
        // A bigger share keeps everyone a smaller one had.
        if (isSampled(visitor, survey, 20)) expect(isSampled(visitor, survey, 35.5)).toBe(true);
      }),
    );
    let n = 0;
    for (let i = 0; i < 10_000; i++) if (isSampled(`v${i}`, 'survey-b', 12.5)) n++;
    expect(n).toBeGreaterThan(1100);
    expect(n).toBeLessThan(1400);
  });
});

describe('frequency cap', () => {
  it('asks again only once the cap has passed; a cap of 0 never holds back', () => {
    const now = Date.UTC(2026, 10, 24);
    expect(capAllows(null, now, 30)).toBe(true);
    expect(capAllows(now - 29 * DAY_MS, now, 30)).toBe(false);
    expect(capAllows(now - 30 * DAY_MS, now, 30)).toBe(true);
    expect(capAllows(now - 1000, now, 0)).toBe(true);
  });
});

describe('URL filter', () => {
  it('matches a path pattern against the path, any other against the whole address', () => {
    expect(urlMatches(null, 'https://shop.vn/anything')).toBe(true);
    expect(urlMatches('/cam-on', 'https://shop.vn/cam-on?order=1#top')).toBe(true);
    expect(urlMatches('/cam-on', 'https://shop.vn/cam-on/2')).toBe(false);
    expect(urlMatches('/san-pham/*', 'https://shop.vn/san-pham/binh-gom')).toBe(true);
    expect(urlMatches('/', 'https://shop.vn')).toBe(true);
    expect(urlMatches('*utm_source=zalo*', 'https://shop.vn/?utm_source=zalo#x')).toBe(true);
    expect(urlMatches('https://shop.vn/GIO-HANG', 'https://shop.vn/gio-hang')).toBe(true);
    expect(urlMatches('/a.b', 'https://shop.vn/axb')).toBe(false);
  });
});

describe('the touchpoint of an answer', () => {
  it('is where the moment was placed when the survey listens there, else its only touchpoint', () => {
    expect(answerTouchpoint('t1', ['t1', 't2'])).toBe('t1');
    expect(answerTouchpoint('t3', ['t1', 't2'])).toBeUndefined();
    expect(answerTouchpoint(null, ['t1'])).toBe('t1');
    expect(answerTouchpoint('t3', [])).toBeUndefined();
  });
});

describe('widget settings contract', () => {
  it('fills defaults, normalises texts and refuses what does not fit', () => {
    expect(ZWidgetSettings.parse({})).toEqual({
      enabled: false,
      triggers: { events: [], touchpointIds: [], urlPattern: null, delaySeconds: null, exitIntent: false },
      samplingPercent: 100,
      position: 'bottom-right',
    });
    expect(ZWidgetSettings.parse({ triggers: { events: [' Đặt hàng '.normalize('NFD')] } }).triggers.events).toEqual(['Đặt hàng']);
    for (const bad of [{ samplingPercent: 100.5 }, { triggers: { delaySeconds: 1.5 } }, { triggers: { touchpointIds: ['x'] } }, { triggers: { events: ['\u0000'] } }]) {
      expect(ZWidgetSettings.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
