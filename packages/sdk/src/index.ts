// The ESM entry (@footprint/sdk, dist/footprint.esm.js): no side effects on import.
import { Footprint } from './client';

export { Footprint } from './client';
export { snippet, type SnippetOptions } from './snippet';
export type { Campaign, ConsentMode, Context, InitOptions, Message, Properties } from './types';
export { VERSION } from './version';

/** The SDK for bundled apps: call `footprint.init({ writeKey, host })` once. Not put on window. */
export const footprint = /* @__PURE__ */ new Footprint();
