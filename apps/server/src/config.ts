import { KIOSK_OFFLINE_AFTER_SECONDS } from '@footprint/core';
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** log2 of scrypt's N; 17 (128 MiB) is OWASP's recommendation. */
  scryptLogN: number;
  /** Send cookies with Secure; defaults on when the public URL is https. */
  secureCookies: boolean;
  /** Serve the built dashboard from this folder when it exists. */
  webDist: string | undefined;
  workerId: string;
  logLevel: string;
  /** Tracking requests read at once before refusing with 503 (bounded memory under overload). */
  maxIngestInFlight: number;
  /** Survey emails sent per second at most, per sending job (SMTP servers throttle bulk senders). */
  emailRatePerSecond: number;
  /** A paired kiosk tablet not heard from for this long shows offline (its heartbeat is a quarter of it, at most 30 s). */
  kioskOfflineAfterSeconds: number;
}

function int(v: string | undefined, fallback: number): number {
  const n = v === undefined || v === '' ? NaN : Number(v);
  return Number.isInteger(n) ? n : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = int(env.PORT, 3000);
  const publicUrl = (env.FOOTPRINT_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.FOOTPRINT_DATA_DIR ?? 'data'),
    publicUrl,
    smtpUrl: env.FOOTPRINT_SMTP_URL || env.SMTP_URL || undefined,
    mailFrom: env.FOOTPRINT_MAIL_FROM ?? 'Footprint <no-reply@footprint.local>',
    scryptLogN: Math.min(20, Math.max(10, int(env.FOOTPRINT_SCRYPT_LOG_N, 17))),
    secureCookies: env.FOOTPRINT_SECURE_COOKIES ? env.FOOTPRINT_SECURE_COOKIES === 'true' : publicUrl.startsWith('https:'),
    webDist: env.FOOTPRINT_WEB_DIST,
    workerId: `${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    logLevel: env.LOG_LEVEL ?? 'info',
    maxIngestInFlight: Math.max(1, int(env.FOOTPRINT_MAX_INGEST_IN_FLIGHT, 256)),
    emailRatePerSecond: Math.min(1000, Math.max(1, int(env.FOOTPRINT_EMAIL_RATE, 10))),
    kioskOfflineAfterSeconds: Math.min(86_400, Math.max(4, int(env.FOOTPRINT_KIOSK_OFFLINE_SECONDS, KIOSK_OFFLINE_AFTER_SECONDS))),
    ...overrides,
  };
}
