/** A UUID v4: crypto.randomUUID (secure contexts only), else getRandomValues, else Math.random. */
export function uuid(): string {
  const c = typeof crypto === 'object' ? crypto : undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  let hex = '';
  for (let i = 0; i < 16; i++) hex += (bytes[i]! + 0x100).toString(16).slice(1) + ([3, 5, 7, 9].includes(i) ? '-' : '');
  return hex;
}
