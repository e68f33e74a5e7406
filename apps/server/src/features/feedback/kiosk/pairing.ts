import { formatPairCode, KIOSK_PAIRING_HOURS, normalizePairCode, PAIR_CODE_ALPHABET, PAIR_CODE_LENGTH, type KioskPairing } from '@footprint/core';
import { randomInt } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Db } from '../../../db/database.js';
import { kioskDevices } from '../../../db/schema.js';
import { randomToken, sha256 } from '../../../platform/crypto.js';
import { AppError, notFound } from '../../../platform/errors.js';

/**
 * How a tablet becomes a kiosk: the dashboard makes a short, single-use, expiring code; the tablet
 * trades it for a long-lived device token. Both are stored only as SHA-256 (like API keys), so the
 * table yields neither. A new code leaves the paired tablet working until another tablet uses it.
 */

export const DEVICE_TOKEN_PREFIX = 'fp_k_';
export type DeviceRow = typeof kioskDevices.$inferSelect;

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505';

function newCode(): string {
  return Array.from({ length: PAIR_CODE_LENGTH }, () => PAIR_CODE_ALPHABET[randomInt(PAIR_CODE_ALPHABET.length)]).join('');
}

/** The address a tablet opens to pair itself (the code in it, so a scan is enough). */
export const pairingLink = (publicUrl: string, code: string) => `${publicUrl}/kiosk?code=${formatPairCode(code)}`;

/** A fresh pairing code for a device (replacing any earlier one), with its link and QR code. */
export async function newPairing(db: Db, publicUrl: string, workspaceId: string, id: string): Promise<KioskPairing> {
  const expiresAt = new Date(Date.now() + KIOSK_PAIRING_HOURS * 3_600_000);
  for (let attempt = 0; ; attempt++) {
    const code = newCode();
    try {
      const r = await db
        .update(kioskDevices)
        .set({ pairCodeHash: sha256(code), pairExpiresAt: expiresAt, updatedAt: new Date() })
        .where(and(eq(kioskDevices.workspaceId, workspaceId), eq(kioskDevices.id, id)))
        .returning({ id: kioskDevices.id });
      if (r.length === 0) throw notFound('Kiosk not found');
    } catch (e) {
      // Codes are short and global: a clash with a waiting code of any workspace draws again.
      if (isUniqueViolation(e) && attempt < 5) continue;
      throw e;
    }
    const link = pairingLink(publicUrl, code);
    const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 256 });
    return { code: formatPairCode(code), link, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, expiresAt: expiresAt.toISOString() };
  }
}

/** Forgets the tablet's token and any waiting code: the tablet stops at its next request. */
export async function unpairKiosk(db: Db, workspaceId: string, id: string): Promise<void> {
  const r = await db
    .update(kioskDevices)
    .set({ tokenHash: null, pairCodeHash: null, pairExpiresAt: null, pairedAt: null, queued: 0, updatedAt: new Date() })
    .where(and(eq(kioskDevices.workspaceId, workspaceId), eq(kioskDevices.id, id)))
    .returning({ id: kioskDevices.id });
  if (r.length === 0) throw notFound('Kiosk not found');
}

const badCode = () => new AppError(400, 'pair_code_invalid', 'This pairing code is wrong or has expired');

/**
 * Trades a pairing code for a device token, once: the code is cleared in the same statement that
 * checks it, so two tablets racing with one code cannot both win. The previous tablet (if any) is unpaired.
 */
export async function redeemPairCode(db: Db, typed: string): Promise<{ token: string; device: DeviceRow }> {
  const code = normalizePairCode(typed);
  if (!code) throw badCode();
  const token = `${DEVICE_TOKEN_PREFIX}${randomToken(40)}`;
  const now = new Date();
  const [device] = await db
    .update(kioskDevices)
    .set({ tokenHash: sha256(token), pairCodeHash: null, pairExpiresAt: null, pairedAt: now, lastSeenAt: now, queued: 0, appVersion: null, updatedAt: now })
    .where(and(eq(kioskDevices.pairCodeHash, sha256(code)), gt(kioskDevices.pairExpiresAt, now)))
    .returning();
  if (!device) throw badCode();
  return { token, device };
}

/** The device a token belongs to; a revoked, replaced or made-up token is a 401 with a code the tablet acts on. */
export async function deviceByToken(db: Db, authorization: string | undefined): Promise<DeviceRow> {
  const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  const invalid = new AppError(401, 'kiosk_token_invalid', 'This tablet is not paired any more: pair it again from the dashboard');
  if (!token.startsWith(DEVICE_TOKEN_PREFIX) || token.length > 100) throw invalid;
  const [device] = await db.select().from(kioskDevices).where(eq(kioskDevices.tokenHash, sha256(token)));
  if (!device) throw invalid;
  return device;
}
