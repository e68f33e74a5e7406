import { ZSurveyDefinition, type SurveyDefinition } from '@footprint/core';
import QRCode from 'qrcode';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { surveys, surveyTouchpoints, touchpoints, workspaces } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';

/** The address a survey is answered at; a touchpoint's own link says where, and `c=qr` that it was scanned. */
export function surveyLink(publicUrl: string, publicId: string, opts: { touchpointId?: string | undefined; qr?: boolean } = {}): string {
  const u = new URL(`${publicUrl}/s/${publicId}`);
  if (opts.touchpointId) u.searchParams.set('tp', opts.touchpointId);
  if (opts.qr) u.searchParams.set('c', 'qr');
  return u.toString();
}

/** Error correction M: a printed code survives a crease or a smudge. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M' as const, margin: 2 };

export interface QrTarget {
  link: string;
  name: string;
  workspaceName: string;
  definition: SurveyDefinition;
  touchpointName: string | null;
}

/** The survey a QR code is for, and its scanned link. The touchpoint, when given, must be one the survey listens at. */
export async function qrTarget(db: Db, publicUrl: string, workspaceId: string, surveyId: string, touchpointId: string | undefined): Promise<QrTarget> {
  const [s] = await db
    .select({ publicId: surveys.publicId, name: surveys.name, definition: surveys.definition, workspaceName: workspaces.name })
    .from(surveys)
    .innerJoin(workspaces, eq(workspaces.id, surveys.workspaceId))
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId)));
  if (!s) throw notFound('Survey not found');
  let touchpointName: string | null = null;
  if (touchpointId) {
    const [tp] = await db
      .select({ name: touchpoints.name })
      .from(surveyTouchpoints)
      .innerJoin(touchpoints, and(eq(touchpoints.workspaceId, surveyTouchpoints.workspaceId), eq(touchpoints.id, surveyTouchpoints.touchpointId)))
      .where(and(eq(surveyTouchpoints.workspaceId, workspaceId), eq(surveyTouchpoints.surveyId, surveyId), eq(surveyTouchpoints.touchpointId, touchpointId)));
    if (!tp) throw notFound('Touchpoint not found');
    touchpointName = tp.name;
  }
  return {
    link: surveyLink(publicUrl, s.publicId, { touchpointId, qr: true }),
    name: s.name,
    workspaceName: s.workspaceName,
    definition: ZSurveyDefinition.parse(s.definition),
    touchpointName,
  };
}

/** A survey's QR code (PNG or SVG) for counters, receipts and delivery boxes. */
export async function surveyQr(db: Db, publicUrl: string, workspaceId: string, surveyId: string, q: { touchpointId?: string | undefined; format: 'png' | 'svg'; size: number }) {
  const { link, name } = await qrTarget(db, publicUrl, workspaceId, surveyId, q.touchpointId);
  const options = { ...QR_OPTIONS, width: q.size };
  const body = q.format === 'svg' ? await QRCode.toString(link, { ...options, type: 'svg' }) : await QRCode.toBuffer(link, { ...options, type: 'png' });
  return { body, link, name };
}
