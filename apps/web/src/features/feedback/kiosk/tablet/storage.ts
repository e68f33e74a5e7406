import { ZKioskConfig, type Answers, type KioskConfig, type SurveyLanguage } from '@footprint/core';
import { z } from 'zod';

/**
 * What the tablet keeps across reloads and power cuts, in localStorage: its device token and last
 * configuration (so it runs offline), and the answers not sent yet. Each answer is written before
 * the customer sees "thank you", so a crash after that loses nothing.
 */

const DEVICE_KEY = 'footprint.kiosk.device';
const queueKey = (deviceId: string) => `footprint.kiosk.queue.${deviceId}`;
/** A tablet offline for weeks stops growing its queue here; the server takes answers up to 14 days old anyway. */
export const MAX_QUEUE = 5000;

const ZStoredDevice = z.object({ token: z.string(), deviceId: z.string(), config: ZKioskConfig });
export type StoredDevice = z.infer<typeof ZStoredDevice>;

export interface QueuedAnswer {
  responseId: string;
  surveyId: string;
  answers: Answers;
  language: SurveyLanguage;
  complete: boolean;
  /** When the customer answered, on the tablet's clock (ISO). */
  answeredAt: string;
}
const ZQueued = z.array(
  z.object({
    responseId: z.string(),
    surveyId: z.string(),
    answers: z.record(z.string(), z.unknown()).transform((a) => a as Answers),
    language: z.enum(['vi', 'en']),
    complete: z.boolean(),
    answeredAt: z.string(),
  }),
);

function read<T>(key: string, schema: z.ZodType<T>): T | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const loadDevice = (): StoredDevice | null => read(DEVICE_KEY, ZStoredDevice);

export function saveDevice(d: { token: string; deviceId: string; config: KioskConfig }): void {
  localStorage.setItem(DEVICE_KEY, JSON.stringify(d));
}

/** Forgets the token (the device was unpaired); its unsent answers stay, in case the same device is paired again. */
export function forgetDevice(): void {
  localStorage.removeItem(DEVICE_KEY);
}

export const loadQueue = (deviceId: string): QueuedAnswer[] => read(queueKey(deviceId), ZQueued) ?? [];

function writeQueue(deviceId: string, q: QueuedAnswer[]): void {
  localStorage.setItem(queueKey(deviceId), JSON.stringify(q.slice(-MAX_QUEUE)));
}

export function enqueue(deviceId: string, a: QueuedAnswer): number {
  const q = loadQueue(deviceId).filter((x) => x.responseId !== a.responseId);
  q.push(a);
  writeQueue(deviceId, q);
  return Math.min(q.length, MAX_QUEUE);
}

/** Drops the answers the server has settled (saved, or refused for good); returns how many remain. */
export function settle(deviceId: string, responseIds: readonly string[]): number {
  const done = new Set(responseIds);
  const q = loadQueue(deviceId).filter((x) => !done.has(x.responseId));
  writeQueue(deviceId, q);
  return q.length;
}
