import { z } from 'zod';

/**
 * The Segment HTTP Tracking API, as Footprint accepts it. Existing Segment and RudderStack clients
 * send to Footprint by changing only the host.
 */
export const MESSAGE_TYPES = ['identify', 'track', 'page', 'screen', 'group', 'alias'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Segment's limits: 32 KB a message, 500 KB a batch request. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;
export const MAX_BATCH_MESSAGES = 2500;

// eslint-disable-next-line no-control-regex -- NUL cannot be stored in PostgreSQL text
const NUL = /\u0000/;
const zId = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).normalize('NFC'))
  .pipe(z.string().min(1).max(400).refine((s) => !NUL.test(s), 'NUL character'));
const zName = z
  .string()
  .transform((s) => s.normalize('NFC'))
  .pipe(z.string().min(1).max(400).refine((s) => !NUL.test(s), 'NUL character'));
const zDate = z.iso.datetime({ offset: true });
const zObject = z.record(z.string(), z.unknown());

export const ZSegmentMessage = z
  .object({
    type: z.enum(MESSAGE_TYPES),
    messageId: zId.optional(),
    userId: zId.nullish(),
    anonymousId: zId.nullish(),
    previousId: zId.nullish(),
    groupId: zId.nullish(),
    event: zName.optional(),
    name: zName.nullish(),
    category: zName.nullish(),
    properties: zObject.nullish(),
    traits: zObject.nullish(),
    context: zObject.nullish(),
    integrations: zObject.nullish(),
    timestamp: zDate.nullish(),
    originalTimestamp: zDate.nullish(),
    sentAt: zDate.nullish(),
  })
  .superRefine((m, ctx) => {
    if (!m.userId && !m.anonymousId) ctx.addIssue({ code: 'custom', message: 'userId or anonymousId is required', path: ['userId'] });
    if (m.type === 'track' && !m.event) ctx.addIssue({ code: 'custom', message: 'track needs an event name', path: ['event'] });
    if (m.type === 'alias' && !m.previousId) ctx.addIssue({ code: 'custom', message: 'alias needs previousId', path: ['previousId'] });
    if (m.type === 'group' && !m.groupId) ctx.addIssue({ code: 'custom', message: 'group needs groupId', path: ['groupId'] });
  });
export type SegmentMessage = z.infer<typeof ZSegmentMessage>;

export const ZSegmentBatch = z.object({
  batch: z.array(z.unknown()).min(1).max(MAX_BATCH_MESSAGES),
  sentAt: zDate.nullish(),
  context: zObject.nullish(),
  writeKey: z.string().max(200).optional(),
});

/**
 * Corrects the device clock: the event happened (sentAt − timestamp) before the device sent it,
 * so on the server's clock it happened that long before the request was received.
 */
export function correctTimestamp(
  receivedAt: Date,
  timestamp: string | null | undefined,
  sentAt: string | null | undefined,
): Date {
  if (!timestamp) return receivedAt;
  const t = Date.parse(timestamp);
  if (!sentAt) return new Date(t);
  const s = Date.parse(sentAt);
  return new Date(receivedAt.getTime() - (s - t));
}

/** UTF-8 byte length of a string, without encoding it. */
export function utf8Bytes(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Byte length of a message as it would be sent (UTF-8 JSON). */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}

/**
 * Whether a message is over the limit. A UTF-16 unit is at most 3 UTF-8 bytes, so most messages are
 * cleared by their length alone; only those that might be over are measured exactly.
 */
export function overMessageLimit(value: unknown): boolean {
  const json = JSON.stringify(value) ?? '';
  if (json.length * 3 <= MAX_MESSAGE_BYTES) return false;
  return utf8Bytes(json) > MAX_MESSAGE_BYTES;
}
