import type { InitOptions } from './types';
import { normalizeHost } from './url';

/** Options the snippet passes to `init` before anything else runs (e.g. `{ consent: 'pending' }`). */
export type SnippetOptions = Partial<Omit<InitOptions, 'writeKey' | 'host'>>;

/** The methods the snippet's stub accepts before the SDK has loaded. */
export const STUB_METHODS = ['init', 'identify', 'track', 'page', 'reset', 'consent', 'flush'] as const;

// Inside <script>, "</script>" in a string would end the element: escape every "<".
function literal(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The one-line tag a site pastes into its <head>. It defines a stub `window.footprint` that
 * records calls (with their time) until `HOST/sdk/footprint.js` has loaded, asynchronously,
 * carrying the write key in `data-write-key`; the SDK then replays them in order.
 */
export function snippet(host: string, writeKey: string, options?: SnippetOptions): string {
  const base = normalizeHost(host);
  if (!base) throw new TypeError(`snippet: host must be an http(s) URL, got ${JSON.stringify(host)}`);
  if (!writeKey) throw new TypeError('snippet: a write key is required');
  const args = [base, writeKey, ...(options ? [options] : [])].map(literal).join(',');
  return (
    '<script>!function(w,d,h,k,o){if(w.footprint)return;var q=[],f=w.footprint={q:q};' +
    `"${STUB_METHODS.join(' ')}".split(" ").forEach(function(m){f[m]=function(){q.push([m,[].slice.call(arguments),+new Date])}});` +
    'o&&f.init(o);var s=d.createElement("script");s.async=!0;s.src=h+"/sdk/footprint.js";' +
    's.setAttribute("data-write-key",k);(d.head||d.documentElement).appendChild(s)' +
    `}(window,document,${args})</script>`
  );
}
