import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignQuery, hostFromSrc, normalizeHost, pageKey, parseCampaign, withoutHash } from './url';

describe('parseCampaign', () => {
  it('maps the five utm parameters to Segment names', () => {
    expect(parseCampaign('?utm_source=google&utm_medium=cpc&utm_campaign=tet-2025&utm_term=ao+dai&utm_content=banner%20A')).toEqual({
      source: 'google',
      medium: 'cpc',
      name: 'tet-2025',
      term: 'ao dai',
      content: 'banner A',
    });
  });

  it('keeps only the parameters present, decodes and trims them', () => {
    expect(parseCampaign('utm_source=%20Zalo%20&q=1&utm_medium=')).toEqual({ source: 'Zalo' });
    expect(parseCampaign('?utm_campaign=H%C3%A0%20N%E1%BB%99i')).toEqual({ name: 'Hà Nội' });
  });

  it('is undefined without utm parameters', () => {
    expect(parseCampaign('')).toBeUndefined();
    expect(parseCampaign('?q=shoes&utm_source=')).toBeUndefined();
    expect(parseCampaign('?UTM_SOURCE=x')).toBeUndefined();
  });

  it('round-trips through its stored form', () => {
    const value = fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.length > 0), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ name: value, source: value, medium: value, term: value, content: value }), (c) => {
        const defined = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
        expect(parseCampaign(campaignQuery(c))).toEqual(Object.keys(defined).length ? defined : undefined);
      }),
    );
  });
});

describe('pageKey', () => {
  it('ignores the fragment and utm parameters, nothing else', () => {
    const a = pageKey('https://shop.vn/sale?color=red&utm_source=fb#top');
    expect(a).toBe(pageKey('https://shop.vn/sale?color=red'));
    expect(a).not.toBe(pageKey('https://shop.vn/sale?color=blue'));
    expect(a).not.toBe(pageKey('https://shop.vn/sale/'));
  });

  it('returns what it cannot parse unchanged', () => {
    expect(pageKey('not a url')).toBe('not a url');
  });
});

describe('urls', () => {
  it('drops the fragment of a page url', () => {
    expect(withoutHash('https://a.vn/x?y=1#access_token=secret')).toBe('https://a.vn/x?y=1');
    expect(withoutHash('https://a.vn/x')).toBe('https://a.vn/x');
  });

  it('derives the host from the script src', () => {
    expect(hostFromSrc('https://cx.shop.vn/sdk/footprint.js')).toBe('https://cx.shop.vn');
    expect(hostFromSrc('https://cx.shop.vn:8443/footprint/sdk/footprint.js?v=3')).toBe('https://cx.shop.vn:8443/footprint');
    expect(hostFromSrc('https://cdn.example.com/lib/fp.js')).toBe('https://cdn.example.com');
    expect(hostFromSrc('')).toBeUndefined();
  });

  it('accepts only http(s) hosts and trims trailing slashes', () => {
    expect(normalizeHost('https://cx.shop.vn/')).toBe('https://cx.shop.vn');
    expect(normalizeHost('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    expect(normalizeHost('https://a.vn/base//')).toBe('https://a.vn/base');
    expect(normalizeHost('javascript:alert(1)')).toBeUndefined();
    expect(normalizeHost('cx.shop.vn')).toBeUndefined();
    expect(normalizeHost('')).toBeUndefined();
  });
});
