import { z } from 'zod';
import { nfc } from '../text/normalize.js';
import { SORT_DIRECTIONS, zCleanString, zText } from './contracts.js';

/** A shop, branch or clinic where customers meet the business in person; kiosks stand in one. */
export const ZStore = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  province: z.string(),
  /** Kiosk tablets registered to it. */
  kioskCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Store = z.infer<typeof ZStore>;

/** Optional text: trimmed and NFC, may be empty. */
const zLine = (max: number) =>
  zCleanString()
    .transform((s) => nfc(s).trim())
    .pipe(z.string().max(max));

/** Address and province may be left empty; names are unique in a workspace (ignoring case and diacritics). */
export const ZStoreInput = z.object({ name: zText(120), address: zLine(300).default(''), province: zLine(80).default('') });
export type StoreInput = z.input<typeof ZStoreInput>;
export const ZStorePatch = z.object({ name: zText(120), address: zLine(300), province: zLine(80) }).partial();
export type StorePatch = z.input<typeof ZStorePatch>;

export const STORE_SORTS = ['name', 'province', 'createdAt'] as const;
export const ZStoreQuery = z.object({
  /** Name, address or province, with or without diacritics. */
  q: zCleanString().max(200).optional(),
  sort: z.enum(STORE_SORTS).default('name'),
  order: z.enum(SORT_DIRECTIONS).default('asc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type StoreQuery = z.infer<typeof ZStoreQuery>;
export const ZStoreParams = z.object({ id: z.uuid() });
