import QRCode from 'qrcode';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { surveys, surveyTouchpoints } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';

/** The address a survey is answered at; a touchpoint's own link says where, and `c=qr` that it was scanned. */
export function surveyLink(publicUrl: string, publicId: string, opts: { touchpointId?: string | undefined; qr?: boolean } = {}): string {
  const u = new URL(`${publicUrl}/s/${publicId}`);
  if (opts.touchpointId) u.searchParams.set('tp', opts.touchpointId);
  if (opts.qr) u.searchParams.set('c', 'qr');
  return u.toString();
}

/**
 * A survey's QR code (PNG or SVG) for counters, receipts and delivery boxes. The touchpoint, when
 * given, must be one the survey listens at. Error correction M: a printed code survives a crease.
 */
export async function surveyQr(db: Db, publicUrl: string, workspaceId: string, surveyId: string, q: { touchpointId?: string | undefined; format: 'png' | 'svg'; size: number }) {
  const [s] = await db.select({ publicId: surveys.publicId, name: surveys.name }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId)));
  if (!s) throw notFound('Survey not found');
  if (q.touchpointId) {
    const [tp] = await db
      .select({ id: surveyTouchpoints.touchpointId })
      .from(surveyTouchpoints)
      .where(and(eq(surveyTouchpoints.workspaceId, workspaceId), eq(surveyTouchpoints.surveyId, surveyId), eq(surveyTouchpoints.touchpointId, q.touchpointId)));
    if (!tp) throw notFound('Touchpoint not found');
  }
  const link = surveyLink(publicUrl, s.publicId, { touchpointId: q.touchpointId, qr: true });
  const options = { errorCorrectionLevel: 'M' as const, margin: 2, width: q.size };
  const body = q.format === 'svg' ? await QRCode.toString(link, { ...options, type: 'svg' }) : await QRCode.toBuffer(link, { ...options, type: 'png' });
  return { body, link, name: s.name };
}
