import { z } from 'zod';
import { zText } from '../workspace/contracts.js';

/** What a printed QR poster says when the manager does not write their own call to action. */
export const POSTER_DEFAULTS = {
  vi: {
    headline: 'Bạn thấy trải nghiệm hôm nay thế nào?',
    subline: 'Quét mã QR để góp ý — chỉ mất 1 phút.',
    scan: 'Mở camera điện thoại và hướng vào mã',
    thanks: 'Cảm ơn bạn đã giúp chúng tôi phục vụ tốt hơn!',
  },
  en: {
    headline: 'How was your experience today?',
    subline: 'Scan the QR code to tell us — it takes one minute.',
    scan: 'Point your phone camera at the code',
    thanks: 'Thank you for helping us serve you better!',
  },
} as const;

/** A printable A5 poster of a survey's QR code: where it stands, and its words (Vietnamese first). */
export const ZPosterQuery = z.object({
  touchpointId: z.uuid().optional(),
  headline: zText(80).optional(),
  subline: zText(140).optional(),
  /** Add the English call to action under the Vietnamese one (when the survey offers English). */
  english: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type PosterQuery = z.input<typeof ZPosterQuery>;
