import { AppError } from '../../../platform/errors.js';

/** Keyset cursor over (timestamp desc, id desc): stable while new events keep arriving. */
export function encodeCursor(timestamp: Date, id: string): string {
  return Buffer.from(`${timestamp.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { timestamp: string; id: string } {
  const [timestamp, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!timestamp || !id || Number.isNaN(Date.parse(timestamp)) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new AppError(400, 'bad_request', 'The cursor is not valid');
  }
  return { timestamp, id };
}
