import { z } from 'zod';
import { SORT_DIRECTIONS, zCleanString, zText } from '../workspace/contracts.js';
import { SURVEY_STATUSES } from './survey-contracts.js';
import { SURVEY_LANGUAGES, ZAnswer } from './survey.js';

/**
 * The in-store tablet (kiosk): a device registered to a store, a survey and optionally a
 * touchpoint. A manager registers it and gets a short pairing code; the tablet trades the code for
 * a long-lived device token, answers offline when it must, and syncs later (idempotent by the
 * response ids it makes). Heartbeats tell the dashboard which tablets are online.
 */

/** A tablet is offline when it has not been heard from for this long (the server may be configured otherwise). */
export const KIOSK_OFFLINE_AFTER_SECONDS = 180;
/** Answers given offline count on the day they were given, if they arrive within this many days. */
export const ANSWERED_AT_MAX_AGE_DAYS = 14;
/** How far ahead of the server's clock an answer's time may be (a tablet's clock runs a little fast). */
export const ANSWERED_AT_MAX_AHEAD_SECONDS = 300;
/** Answers per sync request. */
export const KIOSK_SYNC_BATCH = 50;
/** How long a pairing code stays valid. */
export const KIOSK_PAIRING_HOURS = 24;
/** Pairing codes use letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
export const PAIR_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const PAIR_CODE_LENGTH = 8;

/** What a person typed ("k7p4 xq9m", "K7P4-XQ9M") as the code itself, or null when it cannot be one. */
export function normalizePairCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== PAIR_CODE_LENGTH) return null;
  return [...code].every((c) => PAIR_CODE_ALPHABET.includes(c)) ? code : null;
}

/** "K7P4XQ9M" → "K7P4-XQ9M", easier to read aloud and type. */
export const formatPairCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** Whether a paired tablet is online: heard from within the offline threshold. */
export function kioskOnline(lastSeenAt: string | Date | null, now: number, offlineAfterSeconds = KIOSK_OFFLINE_AFTER_SECONDS): boolean {
  if (!lastSeenAt) return false;
  return now - new Date(lastSeenAt).getTime() < offlineAfterSeconds * 1000;
}

export const KIOSK_STATES = ['pairing', 'paired', 'unpaired'] as const;
export type KioskState = (typeof KIOSK_STATES)[number];

const zRef = z.object({ id: z.string(), name: z.string() });

/** A kiosk tablet as the dashboard shows it. */
export const ZKioskDevice = z.object({
  id: z.string(),
  name: z.string(),
  store: zRef.nullable(),
  /** Null when the survey was deleted: the tablet shows a notice until another is chosen. */
  survey: zRef.extend({ status: z.enum(SURVEY_STATUSES) }).nullable(),
  touchpoint: zRef.nullable(),
  /** pairing: a code waits to be entered; paired: a tablet holds the token; unpaired: neither. */
  state: z.enum(KIOSK_STATES),
  /** Paired and heard from within the offline threshold. */
  online: z.boolean(),
  pairingExpiresAt: z.string().nullable(),
  pairedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  appVersion: z.string().nullable(),
  /** Answers waiting on the tablet to be sent, as it last reported. */
  queued: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KioskDevice = z.infer<typeof ZKioskDevice>;

export const ZKioskList = z.object({
  items: z.array(ZKioskDevice),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** The server's threshold, so the dashboard can tell when a tablet falls silent without asking again. */
  offlineAfterSeconds: z.number().int(),
});
export type KioskList = z.infer<typeof ZKioskList>;

export const ZKioskCreate = z.object({
  name: zText(80),
  storeId: z.uuid(),
  surveyId: z.uuid(),
  /** One of the survey's touchpoints (e.g. "Quầy thu ngân"), or none. */
  touchpointId: z.uuid().nullable().default(null),
});
export type KioskCreate = z.input<typeof ZKioskCreate>;
export const ZKioskPatch = z.object({ name: zText(80), storeId: z.uuid(), surveyId: z.uuid(), touchpointId: z.uuid().nullable() }).partial();
export type KioskPatch = z.input<typeof ZKioskPatch>;

export const KIOSK_SORTS = ['name', 'store', 'lastSeenAt', 'createdAt'] as const;
export const ZKioskQuery = z.object({
  q: zCleanString().max(200).optional(),
  storeId: z.uuid().optional(),
  status: z.enum(['online', 'offline', 'unpaired']).optional(),
  sort: z.enum(KIOSK_SORTS).default('name'),
  order: z.enum(SORT_DIRECTIONS).default('asc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type KioskQuery = z.infer<typeof ZKioskQuery>;
export const ZKioskParams = z.object({ id: z.uuid() });

/** A pairing code, shown once: typed on the tablet at /kiosk, or opened as its link or QR code. */
export const ZKioskPairing = z.object({
  code: z.string(),
  link: z.string(),
  /** The link as a QR code (a data: URL of an SVG image). */
  qr: z.string(),
  expiresAt: z.string(),
});
export type KioskPairing = z.infer<typeof ZKioskPairing>;
export const ZKioskCreated = ZKioskDevice.extend({ pairing: ZKioskPairing });

// ---- what the tablet sends and receives (authenticated by its device token) ----

export const ZKioskPairInput = z.object({ code: z.string().min(1).max(32) });

/** Everything the tablet needs to run, also kept on it for offline use. */
export const ZKioskConfig = z.object({
  device: zRef,
  store: z.object({ name: z.string() }).nullable(),
  workspaceName: z.string(),
  /** Null when the device has no survey any more. */
  survey: z.object({ id: z.string(), status: z.enum(SURVEY_STATUSES), definition: z.record(z.string(), z.unknown()) }).nullable(),
  heartbeatSeconds: z.number().int(),
  serverTime: z.string(),
});
export type KioskConfig = z.infer<typeof ZKioskConfig>;
export const ZKioskPaired = z.object({ token: z.string(), config: ZKioskConfig });

const zAnswers = z.record(z.string().max(40), ZAnswer).refine((a) => Object.keys(a).length <= 50, 'Too many answers');

/** One answer given on the tablet, with the time it was given on the tablet's clock. */
export const ZKioskAnswer = z.object({
  /** Made on the tablet, so a batch sent twice is saved once. */
  responseId: z.uuid(),
  /** The survey it answers: a tablet moved to another survey cannot pour old answers into the new one. */
  surveyId: z.uuid(),
  answers: zAnswers,
  language: z.enum(SURVEY_LANGUAGES).default('vi'),
  /** False for a customer who walked away mid-survey: kept, but not counted in scores. */
  complete: z.boolean().default(true),
  answeredAt: z.iso.datetime({ offset: true }),
});
export type KioskAnswer = z.input<typeof ZKioskAnswer>;

export const ZKioskSync = z.object({
  /** The tablet's clock when it sent the batch: the server corrects answer times by the difference. */
  sentAt: z.iso.datetime({ offset: true }).optional(),
  responses: z.array(ZKioskAnswer).min(1).max(KIOSK_SYNC_BATCH),
});
export type KioskSync = z.input<typeof ZKioskSync>;

/** Per answer: saved (also when it had been saved before), or refused for good with a code (the tablet drops it). */
export const ZKioskSyncResult = z.object({
  results: z.array(z.object({ responseId: z.string(), status: z.enum(['saved', 'rejected']), code: z.string().optional() })),
});
export type KioskSyncResult = z.infer<typeof ZKioskSyncResult>;

export const ZKioskHeartbeat = z.object({
  appVersion: zCleanString().max(40),
  /** Answers waiting on the tablet. */
  queued: z.number().int().min(0).max(1_000_000),
});
export type KioskHeartbeat = z.infer<typeof ZKioskHeartbeat>;
export const ZKioskHeartbeatResult = z.object({ serverTime: z.string(), heartbeatSeconds: z.number().int() });
