import type { ErrorCode } from '@footprint/core';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Not found') => new AppError(404, 'not_found', what);
export const forbidden = (why = 'You do not have permission to do this') => new AppError(403, 'forbidden', why);
export const conflict = (code: ErrorCode, message: string) => new AppError(409, code, message);
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in or send a valid API key');
