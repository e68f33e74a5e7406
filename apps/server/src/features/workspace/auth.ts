import type { Actor, KeyScope, Role } from '@footprint/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { AppError, forbidden, unauthenticated } from '../../platform/errors.js';
import { resolveKey, type KeyInfo } from './keys.js';
import { resolveSession, SESSION_COOKIE, SESSION_DAYS, type SessionInfo } from './sessions.js';

export interface Principal {
  session: SessionInfo | null;
  key: KeyInfo | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** Resolves who sent the request (session cookie or Bearer key), once per request. */
export async function principalOf(db: Db, req: FastifyRequest): Promise<Principal> {
  if (req.principal) return req.principal;
  let p: Principal = { session: null, key: null };
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const key = await resolveKey(db, auth.slice(7).trim());
    if (!key) throw new AppError(401, 'unauthenticated', 'This API key is not valid or was revoked');
    p = { session: null, key };
  } else {
    const token = req.cookies[SESSION_COOKIE];
    if (token) p = { session: await resolveSession(db, token), key: null };
  }
  req.principal = p;
  return p;
}

export async function requireSession(db: Db, req: FastifyRequest): Promise<SessionInfo> {
  const p = await principalOf(db, req);
  if (p.key) throw forbidden('This action needs a signed-in person, not an API key');
  if (!p.session) throw unauthenticated();
  return p.session;
}

export interface WorkspaceAccess {
  workspaceId: string;
  actor: Actor;
  /** The signed-in person, or null when a secret key acts. */
  userId: string | null;
  role: Role | null;
  scope: KeyScope | null;
}

/**
 * The workspace a management request acts on: a secret key's own workspace, or the session's
 * active workspace while the user is still a member there. Write keys never pass.
 */
export async function requireWorkspace(db: Db, req: FastifyRequest): Promise<WorkspaceAccess> {
  const p = await principalOf(db, req);
  if (p.key) {
    if (p.key.type !== 'secret') throw forbidden('A write key may only send events and feedback');
    const scope = p.key.scope ?? 'full';
    return { workspaceId: p.key.workspaceId, actor: { kind: 'key', scope }, userId: null, role: null, scope };
  }
  if (!p.session) throw unauthenticated();
  if (!p.session.activeWorkspaceId || !p.session.role) {
    throw new AppError(403, 'no_workspace', 'Choose a workspace you belong to');
  }
  return {
    workspaceId: p.session.activeWorkspaceId,
    actor: { kind: 'member', role: p.session.role },
    userId: p.session.userId,
    role: p.session.role,
    scope: null,
  };
}

export function authorize(allowed: boolean): void {
  if (!allowed) throw forbidden();
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_DAYS * 86400,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
