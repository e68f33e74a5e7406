import type { Message } from './types';

/** The server's limits (see the Tracking API): per message, per batch request, per batch count. */
export const MAX_MESSAGE_BYTES = 32 * 1024;
export const MAX_BATCH_BYTES = 500 * 1024;
export const MAX_BATCH_COUNT = 100;
/** Browsers refuse a beacon body over 64 KB. */
export const MAX_BEACON_BYTES = 64 * 1024;

/** Bytes of a string once UTF-8 encoded (the limits are in bytes, JavaScript counts UTF-16 units). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The body of a `/v1/batch` request; `sentAt` lets the server correct the client's clock. */
export function batchBody(batch: Message[], writeKey: string, sentAt: string): string {
  return JSON.stringify({ batch, writeKey, sentAt });
}

/**
 * The longest prefix of `queue` that fits one request of at most `maxCount` messages and
 * `maxBytes` bytes of body. A single message that alone exceeds the limit is still returned
 * alone (messages over 32 KB never reach the queue, so this only happens with absurd limits).
 */
export function takeBatch(queue: Message[], writeKey: string, maxCount: number, maxBytes: number): Message[] {
  // The envelope around the messages: `{"batch":[],"writeKey":"…","sentAt":"…"}`.
  let bytes = utf8Length(batchBody([], writeKey, new Date(0).toISOString()));
  const batch: Message[] = [];
  for (const message of queue) {
    const size = utf8Length(JSON.stringify(message)) + (batch.length ? 1 : 0);
    if (batch.length && (batch.length >= maxCount || bytes + size > maxBytes)) break;
    batch.push(message);
    bytes += size;
  }
  return batch;
}
