import { z } from 'zod';

/** Member roles, most powerful first. */
export const ROLES = ['owner', 'admin', 'analyst', 'agent', 'viewer'] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;

/** Scopes a secret API key can carry. */
export const SECRET_KEY_SCOPES = ['full', 'read'] as const;
export const ZKeyScope = z.enum(SECRET_KEY_SCOPES);
export type KeyScope = z.infer<typeof ZKeyScope>;

export const KEY_TYPES = ['write', 'secret'] as const;
export const ZKeyType = z.enum(KEY_TYPES);
export type KeyType = z.infer<typeof ZKeyType>;
