import type { Campaign } from './types';

const UTM: ReadonlyArray<[string, keyof Campaign]> = [
  ['utm_campaign', 'name'],
  ['utm_source', 'source'],
  ['utm_medium', 'medium'],
  ['utm_term', 'term'],
  ['utm_content', 'content'],
];

/** The UTM parameters of a query string, or undefined when it has none. */
export function parseCampaign(search: string): Campaign | undefined {
  const params = new URLSearchParams(search);
  let found: Campaign | undefined;
  for (const [param, field] of UTM) {
    const value = params.get(param)?.trim();
    if (value) (found ??= {})[field] = value;
  }
  return found;
}

/**
 * What makes two URLs the same page view: the address without its fragment and without UTM
 * parameters, so stripping `utm_*` with replaceState or jumping to an anchor is not a new page.
 */
export function pageKey(href: string): string {
  try {
    const url = new URL(href);
    url.hash = '';
    for (const [param] of UTM) url.searchParams.delete(param);
    return url.href;
  } catch {
    return href;
  }
}

/** The URL without its fragment (fragments often carry tokens, so they are never sent). */
export function withoutHash(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/** Where Footprint runs, from the SDK's own script URL: `https://h/x/sdk/footprint.js` → `https://h/x`. */
export function hostFromSrc(src: string): string | undefined {
  try {
    const url = new URL(src);
    const base = /^(.*?)\/*\/sdk\/[^/]*$/.exec(url.pathname);
    return url.origin + (base ? base[1] : '');
  } catch {
    return undefined;
  }
}

/** An http(s) base URL without trailing slashes, or undefined when it is not one. */
export function normalizeHost(host: string): string | undefined {
  return /^https?:\/\/[^/?#\s]+/i.test(host) ? host.replace(/[/?#]+$/, '') : undefined;
}

/** A campaign as a query string, the form it is stored in. */
export function campaignQuery(campaign: Campaign): string {
  const params = new URLSearchParams();
  for (const [param, field] of UTM) {
    const value = campaign[field];
    if (value) params.set(param, value);
  }
  return params.toString();
}
