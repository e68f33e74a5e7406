import { ZErrorBody, ZKioskConfig, ZKioskHeartbeatResult, ZKioskPaired, ZKioskSyncResult, type KioskHeartbeat, type KioskSync } from '@footprint/core';
import type { z } from 'zod';
import { ApiError } from '../../../../lib/api';

/** The tablet's calls, with its device token. Plain fetch: the kiosk runs without a session or the dashboard's language. */
async function call<T>(method: 'GET' | 'POST', path: string, token: string | null, body: unknown, schema: z.ZodType<T>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      cache: 'no-store',
      headers: { accept: 'application/json', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const e = ZErrorBody.safeParse(data);
    throw new ApiError(res.status, e.success ? e.data.error.code : 'bad_request', e.success ? e.data.error.message : res.statusText);
  }
  return schema.parse(data);
}

export const pairDevice = (code: string) => call('POST', '/api/v1/kiosk/pair', null, { code }, ZKioskPaired);
export const fetchConfig = (token: string) => call('GET', '/api/v1/kiosk/config', token, undefined, ZKioskConfig);
export const sendAnswers = (token: string, batch: KioskSync) => call('POST', '/api/v1/kiosk/responses', token, batch, ZKioskSyncResult);
export const sendHeartbeat = (token: string, beat: KioskHeartbeat) => call('POST', '/api/v1/kiosk/heartbeat', token, beat, ZKioskHeartbeatResult);

/** The server no longer knows this tablet: it must be paired again. */
export const isRevoked = (e: unknown) => e instanceof ApiError && e.code === 'kiosk_token_invalid';
