// The IIFE bundle (dist/footprint.js): installs `window.footprint` and nothing else.
import { Footprint } from './client';
import { hostFromSrc } from './url';
import { warn } from './warn';

declare global {
  interface Window {
    footprint?: unknown;
  }
}

type Call = [method: string, args: unknown[], at?: unknown];

function isCall(value: unknown): value is Call {
  return Array.isArray(value) && typeof value[0] === 'string' && Array.isArray(value[1]);
}

(() => {
  try {
    const existing = window.footprint;
    // Loaded twice (snippet and a plain tag, or two snippets): the first one stays in charge.
    if (typeof existing === 'object' && existing !== null && 'version' in existing) return;
    // Only readable now, while this script runs: the tag tells the write key and (by its src) the host.
    const tag = document.currentScript;
    const writeKey = tag?.getAttribute('data-write-key') || undefined;
    const host = tag?.getAttribute('data-host') || (tag instanceof HTMLScriptElement ? hostFromSrc(tag.src) : undefined);
    const footprint = new Footprint({ writeKey, host });
    window.footprint = footprint;
    const stub: unknown = existing instanceof Object && 'q' in existing ? existing.q : [];
    const queued: unknown[] = Array.isArray(stub) ? stub : [];
    // Calls wait inside the SDK until init, then run in order: init goes last so that a page
    // view sent at start-up already carries what the queued calls said (e.g. the userId).
    const init = queued.filter(isCall).find((call) => call[0] === 'init');
    for (const call of queued) {
      if (isCall(call) && call[0] !== 'init') footprint.apply(call[0], call[1], typeof call[2] === 'number' ? call[2] : undefined);
    }
    if (init) footprint.apply('init', init[1]);
    else if (writeKey) footprint.init();
  } catch (e) {
    warn(String(e));
  }
})();
