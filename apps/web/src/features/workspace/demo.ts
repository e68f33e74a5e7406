/** Searching members by the demo's email domain tells whether the demo data is in the workspace. */
export { DEMO_EMAIL_DOMAIN } from '@footprint/core';

/** "supportCases" / "support_cases" → "Support cases", for result keys without a translation. */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
