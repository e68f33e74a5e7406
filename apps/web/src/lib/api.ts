import { ZErrorBody } from '@footprint/core';
import { i18n } from '../i18n';

/** Anything with a zod-like `parse`: responses are parsed, never cast. */
export interface Parser<T> {
  parse(data: unknown): T;
}

/** An API failure with the server's stable `code` (or a client-side one: network, bad_response). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds, from `Retry-After` (e.g. account_locked). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request(method: Method, path: string, body?: unknown): Promise<{ status: number; data: unknown }> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    // The server localises people-facing error messages by this header.
    'accept-language': i18n.language === 'en' ? 'en' : 'vi',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  const text = res.status === 204 ? '' : await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const parsed = ZErrorBody.safeParse(data);
    const retry = Number(res.headers.get('retry-after'));
    const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : undefined;
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      throw new ApiError(res.status, code, message, details, retryAfter);
    }
    throw new ApiError(res.status, res.status >= 500 ? 'internal' : 'bad_request', res.statusText, undefined, retryAfter);
  }
  return { status: res.status, data };
}

function parseWith<T>(parser: Parser<T>, status: number, data: unknown): T {
  try {
    return parser.parse(data);
  } catch (e) {
    // A response that does not match the shared contract is a bug worth seeing in the console.
    console.error('Unexpected API response', e);
    throw new ApiError(status, 'bad_response', 'Unexpected response');
  }
}

export async function apiGet<T>(path: string, parser: Parser<T>): Promise<T> {
  const { status, data } = await request('GET', path);
  return parseWith(parser, status, data);
}

export async function apiSend<T>(method: Exclude<Method, 'GET'>, path: string, body: unknown, parser: Parser<T>): Promise<T> {
  const { status, data } = await request(method, path, body);
  return parseWith(parser, status, data);
}

/** For endpoints answering 202 `{}` or 204. */
export async function apiSendVoid(method: Exclude<Method, 'GET'>, path: string, body?: unknown): Promise<void> {
  await request(method, path, body);
}

/** `{ items: T[] }` without a second zod import: each item is parsed by the shared schema. */
export function itemsOf<T>(item: Parser<T>): Parser<T[]> {
  return {
    parse(data: unknown): T[] {
      if (typeof data !== 'object' || data === null || !('items' in data) || !Array.isArray(data.items)) {
        throw new TypeError('Expected { items: [] }');
      }
      return data.items.map((x: unknown) => item.parse(x));
    },
  };
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}
