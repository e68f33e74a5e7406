import {
  canEditWorkspace, canManageDepartments, canManageKeys, canManageMembers, canReadWorkspace, ZApiKey, ZApiKeyCreate,
  ZApiKeyCreated, ZDepartment, ZDepartmentInput, ZDepartmentPatch, ZErrorBody, ZId, ZInvitation, ZInvitationCreate,
  ZInvitationCreated, ZMember, ZMemberPatch, ZMemberQuery, ZWorkspace, ZWorkspacePatch, zPage,
} from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { authorize, requireWorkspace } from '../auth.js';
import { createDepartment, deleteDepartment, listDepartments, updateDepartment } from '../departments.js';
import { createInvitation, listInvitations, revokeInvitation } from '../invitations.js';
import { createKey, listKeys, revokeKey } from '../keys.js';
import { listMembers, removeMember, updateMember } from '../members.js';
import { getWorkspace, updateWorkspace } from '../workspaces.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const idParams = z.object({ id: ZId });
const userParams = z.object({ userId: ZId });
const items = <T extends z.ZodTypeAny>(t: T) => z.object({ items: z.array(t) });
const noContent = { 204: z.null(), ...errors };

export function registerAdminRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const access = (req: Parameters<typeof requireWorkspace>[1]) => requireWorkspace(db, req);
  const changed = (workspaceId: string, type: string) => ctx.live.publish(workspaceId, type);

  // Workspace settings
  app.get('/api/v1/workspace', { schema: { tags: ['workspace'], response: { 200: ZWorkspace, ...errors } } }, async (req) => {
    const a = await access(req);
    authorize(canReadWorkspace(a.actor));
    return getWorkspace(db, a.workspaceId);
  });
  app.patch(
    '/api/v1/workspace',
    { schema: { tags: ['workspace'], body: ZWorkspacePatch, response: { 200: ZWorkspace, ...errors } } },
    async (req) => {
      const a = await access(req);
      authorize(canEditWorkspace(a.actor));
      const w = await updateWorkspace(db, a.workspaceId, req.body);
      await changed(a.workspaceId, 'workspace.changed');
      return w;
    },
  );

  // Members
  app.get(
    '/api/v1/members',
    { schema: { tags: ['members'], querystring: ZMemberQuery, response: { 200: zPage(ZMember), ...errors } } },
    async (req) => {
      const a = await access(req);
      authorize(canReadWorkspace(a.actor));
      return listMembers(db, a.workspaceId, req.query);
    },
  );
  app.patch(
    '/api/v1/members/:userId',
    { schema: { tags: ['members'], params: userParams, body: ZMemberPatch, response: { 200: ZMember, ...errors } } },
    async (req) => {
      const a = await access(req);
      authorize(canManageMembers(a.actor));
      const m = await updateMember(db, a.workspaceId, a.actor, req.params.userId, req.body);
      await changed(a.workspaceId, 'members.changed');
      return m;
    },
  );
  app.delete(
    '/api/v1/members/:userId',
    { schema: { tags: ['members'], params: userParams, response: noContent } },
    async (req, reply) => {
      const a = await access(req);
      authorize(canManageMembers(a.actor));
      await removeMember(db, a.workspaceId, a.actor, req.params.userId);
      await changed(a.workspaceId, 'members.changed');
      return reply.code(204).send(null);
    },
  );

  // Invitations
  app.get('/api/v1/invitations', { schema: { tags: ['members'], response: { 200: items(ZInvitation), ...errors } } }, async (req) => {
    const a = await access(req);
    authorize(canManageMembers(a.actor));
    return { items: await listInvitations(db, a.workspaceId) };
  });
  app.post(
    '/api/v1/invitations',
    { schema: { tags: ['members'], body: ZInvitationCreate, response: { 201: ZInvitationCreated, ...errors } } },
    async (req, reply) => {
      const a = await access(req);
      authorize(canManageMembers(a.actor));
      const inv = await createInvitation(ctx.database, a.workspaceId, { ...req.body, invitedBy: a.userId }, ctx.config.publicUrl);
      await changed(a.workspaceId, 'invitations.changed');
      return reply.code(201).send(inv);
    },
  );
  app.delete('/api/v1/invitations/:id', { schema: { tags: ['members'], params: idParams, response: noContent } }, async (req, reply) => {
    const a = await access(req);
    authorize(canManageMembers(a.actor));
    await revokeInvitation(db, a.workspaceId, req.params.id);
    await changed(a.workspaceId, 'invitations.changed');
    return reply.code(204).send(null);
  });

  // Departments
  app.get('/api/v1/departments', { schema: { tags: ['departments'], response: { 200: items(ZDepartment), ...errors } } }, async (req) => {
    const a = await access(req);
    authorize(canReadWorkspace(a.actor));
    return { items: await listDepartments(db, a.workspaceId) };
  });
  app.post(
    '/api/v1/departments',
    { schema: { tags: ['departments'], body: ZDepartmentInput, response: { 201: ZDepartment, ...errors } } },
    async (req, reply) => {
      const a = await access(req);
      authorize(canManageDepartments(a.actor));
      const d = await createDepartment(db, a.workspaceId, req.body);
      await changed(a.workspaceId, 'departments.changed');
      return reply.code(201).send(d);
    },
  );
  app.patch(
    '/api/v1/departments/:id',
    { schema: { tags: ['departments'], params: idParams, body: ZDepartmentPatch, response: { 200: ZDepartment, ...errors } } },
    async (req) => {
      const a = await access(req);
      authorize(canManageDepartments(a.actor));
      const d = await updateDepartment(db, a.workspaceId, req.params.id, req.body);
      await changed(a.workspaceId, 'departments.changed');
      return d;
    },
  );
  app.delete('/api/v1/departments/:id', { schema: { tags: ['departments'], params: idParams, response: noContent } }, async (req, reply) => {
    const a = await access(req);
    authorize(canManageDepartments(a.actor));
    await deleteDepartment(db, a.workspaceId, req.params.id);
    await changed(a.workspaceId, 'departments.changed');
    await changed(a.workspaceId, 'members.changed');
    return reply.code(204).send(null);
  });

  // API keys
  app.get('/api/v1/keys', { schema: { tags: ['keys'], response: { 200: items(ZApiKey), ...errors } } }, async (req) => {
    const a = await access(req);
    authorize(canManageKeys(a.actor));
    return { items: await listKeys(db, a.workspaceId) };
  });
  app.post(
    '/api/v1/keys',
    { schema: { tags: ['keys'], body: ZApiKeyCreate, response: { 201: ZApiKeyCreated, ...errors } } },
    async (req, reply) => {
      const a = await access(req);
      authorize(canManageKeys(a.actor));
      const k = await createKey(db, a.workspaceId, { ...req.body, createdBy: a.userId });
      await changed(a.workspaceId, 'keys.changed');
      return reply.code(201).send(k);
    },
  );
  app.delete('/api/v1/keys/:id', { schema: { tags: ['keys'], params: idParams, response: noContent } }, async (req, reply) => {
    const a = await access(req);
    authorize(canManageKeys(a.actor));
    await revokeKey(db, a.workspaceId, req.params.id);
    await changed(a.workspaceId, 'keys.changed');
    return reply.code(204).send(null);
  });
}
