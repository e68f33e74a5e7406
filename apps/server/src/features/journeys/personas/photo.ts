import { PERSONA_PHOTO_MAX_BYTES, PERSONA_PHOTO_TYPES } from '@footprint/core';
import { AppError } from '../../../platform/errors.js';

const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** The first bytes each type starts with, so a photo is what it says it is. */
const MAGIC: Record<(typeof PERSONA_PHOTO_TYPES)[number], (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/**
 * A persona's photo: a base64 data: URL of a PNG, JPEG or WebP image of at most 300 KB decoded
 * (the dashboard resizes photos to 512 px first). Anything else is 422 photo_invalid; too big, 413 photo_too_large.
 */
export function checkPhoto(photo: string | null | undefined): void {
  if (photo === null || photo === undefined) return;
  const m = DATA_URL.exec(photo);
  if (!m) throw new AppError(422, 'photo_invalid', 'The photo must be a PNG, JPEG or WebP image sent as a data: URL');
  const type = m[1] as (typeof PERSONA_PHOTO_TYPES)[number];
  const bytes = Buffer.from(m[2]!, 'base64');
  if (bytes.length > PERSONA_PHOTO_MAX_BYTES) {
    throw new AppError(413, 'photo_too_large', 'The photo is larger than 300 KB', { maxBytes: PERSONA_PHOTO_MAX_BYTES, bytes: bytes.length });
  }
  if (!MAGIC[type](bytes)) throw new AppError(422, 'photo_invalid', 'The photo is not the image its type says');
}
