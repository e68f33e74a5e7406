import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelOf, compileRules, makePlacer, patternToRegExp, ZTouchpointRules, type MatchableEvent, type TouchpointRulesInput } from './touchpoints.js';

const rules = (r: TouchpointRulesInput) => ZTouchpointRules.parse(r);
const page = (path: string, extra: Record<string, unknown> = {}): MatchableEvent => ({
  type: 'page',
  event: 'Trang',
  properties: {},
  context: { page: { url: `https://dienmayanphat.vn${path}`, path }, ...extra },
});
const track = (event: string, properties: Record<string, unknown> = {}, context: Record<string, unknown> = {}): MatchableEvent => ({
  type: 'track',
  event,
  properties,
  context,
});

describe('touchpoint rules', () => {
  it('refuses rules that would take every event', () => {
    expect(ZTouchpointRules.safeParse({}).success).toBe(false);
    expect(ZTouchpointRules.safeParse({ events: [] }).success).toBe(false);
    expect(ZTouchpointRules.safeParse({ urlPattern: '/gio-hang' }).success).toBe(true);
  });

  it('a condition other than exists needs a value', () => {
    expect(ZTouchpointRules.safeParse({ conditions: [{ property: 'total', op: 'gt' }] }).success).toBe(false);
    expect(ZTouchpointRules.safeParse({ conditions: [{ property: 'total', op: 'exists' }] }).success).toBe(true);
  });

  it('event names match ignoring case and diacritics, in any Unicode form', () => {
    const m = compileRules(rules({ events: ['Đặt hàng', 'Thêm vào giỏ'] }));
    expect(m(track('đặt hàng'))).toBe(true);
    expect(m(track('DAT HANG'))).toBe(true);
    expect(m(track('Thêm vào giỏ'.normalize('NFD')))).toBe(true);
    expect(m(track('Xem sản phẩm'))).toBe(false);
  });

  it('a pattern starting with / matches the path (query ignored); any other the whole URL', () => {
    const onPath = compileRules(rules({ urlPattern: '/san-pham/*' }));
    expect(onPath(page('/san-pham/dt-ip15'))).toBe(true);
    expect(onPath(page('/san-pham/dt-ip15?utm_source=zalo'))).toBe(true);
    expect(onPath(page('/gio-hang'))).toBe(false);
    expect(onPath(track('Đặt hàng'))).toBe(false);
    const onUrl = compileRules(rules({ urlPattern: 'https://dienmayanphat.vn/*' }));
    expect(onUrl(page('/'))).toBe(true);
    expect(onUrl({ ...page('/'), context: { page: { url: 'https://khac.vn/' } } })).toBe(false);
    // the path is read from the URL when the sender gave only the URL
    expect(onPath({ type: 'page', event: null, properties: {}, context: { page: { url: 'https://x.vn/san-pham/a' } } })).toBe(true);
  });

  it('treats regular-expression characters in patterns literally', () => {
    expect(patternToRegExp('/a.b(c)').test('/a.b(c)')).toBe(true);
    expect(patternToRegExp('/a.b(c)').test('/aXb(c)')).toBe(false);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const literal = s.replace(/\*/g, '');
        expect(patternToRegExp(literal).test(literal)).toBe(true);
      }),
    );
  });

  it('channels come from context.channel, else pages are web and screens app', () => {
    expect(channelOf(track('Ghé cửa hàng', {}, { channel: 'Store' }))).toBe('store');
    expect(channelOf(page('/'))).toBe('web');
    expect(channelOf({ type: 'screen', context: {} })).toBe('app');
    expect(channelOf(track('x'))).toBeNull();
    const m = compileRules(rules({ channels: ['store', 'pos'] }));
    expect(m(track('Đặt hàng', {}, { channel: 'store' }))).toBe(true);
    expect(m(track('Đặt hàng', {}, { channel: 'web' }))).toBe(false);
    expect(m(track('Đặt hàng'))).toBe(false);
  });

  it('every property condition must hold: numbers compare as numbers, text ignoring case and diacritics', () => {
    const m = compileRules(
      rules({
        events: ['Đặt hàng'],
        conditions: [
          { property: 'total', op: 'gte', value: 5_000_000 },
          { property: 'payment', op: 'contains', value: 'momo' },
          { property: 'shipping.city', op: 'eq', value: 'ha noi' },
          { property: 'coupon', op: 'neq', value: 'FREESHIP' },
        ],
      }),
    );
    const order = { total: '22990000', payment: 'Ví MoMo', shipping: { city: 'Hà Nội' } };
    expect(m(track('Đặt hàng', order))).toBe(true);
    expect(m(track('Đặt hàng', { ...order, coupon: 'freeship' }))).toBe(false);
    expect(m(track('Đặt hàng', { ...order, total: 1_290_000 }))).toBe(false);
    expect(m(track('Đặt hàng', { ...order, total: 'nhiều' }))).toBe(false);
    expect(m(track('Đặt hàng', { ...order, shipping: { city: 'Đà Nẵng' } }))).toBe(false);
    expect(m(track('Đặt hàng', { total: 6_000_000, payment: 'MoMo' }))).toBe(false);
    const exists = compileRules(rules({ conditions: [{ property: 'orderId', op: 'exists' }] }));
    expect(exists(track('x', { orderId: 'DH1' }))).toBe(true);
    expect(exists(track('x', { orderId: null }))).toBe(false);
    // a dotted key is read as itself before it is read as a path; inherited keys are never read
    expect(compileRules(rules({ conditions: [{ property: 'a.b', op: 'eq', value: 1 }] }))(track('x', { 'a.b': 1 }))).toBe(true);
    expect(compileRules(rules({ conditions: [{ property: 'constructor', op: 'exists' }] }))(track('x', {}))).toBe(false);
  });

  it('places each event on the first touchpoint in order that takes it', () => {
    const place = makePlacer([
      { id: 'cart', rules: rules({ urlPattern: '/gio-hang' }) },
      { id: 'web', rules: rules({ channels: ['web'] }) },
      { id: 'order', rules: rules({ events: ['Đặt hàng'] }) },
    ]);
    expect(place(page('/gio-hang'))).toBe('cart');
    expect(place(page('/'))).toBe('web');
    expect(place(track('Đặt hàng', {}, { channel: 'web' }))).toBe('web');
    expect(place(track('Đặt hàng', {}, { channel: 'store' }))).toBe('order');
    expect(place(track('Gọi tổng đài', {}, { channel: 'hotline' }))).toBeNull();
    expect(makePlacer([])(page('/'))).toBeNull();
  });

  it('never throws on arbitrary events', () => {
    const place = makePlacer([
      { id: 'a', rules: rules({ urlPattern: '/x/*', conditions: [{ property: 'p.q', op: 'lt', value: 3 }] }) },
      { id: 'b', rules: rules({ channels: ['web'], events: ['e'] }) },
    ]);
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string()), fc.jsonValue(), fc.jsonValue(), (type, event, properties, context) => {
        const asObject = (v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
        const r = place({ type, event, properties: asObject(properties), context: asObject(context) });
        expect(r === null || r === 'a' || r === 'b').toBe(true);
      }),
    );
  });
});
