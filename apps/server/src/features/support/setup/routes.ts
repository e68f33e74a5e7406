import {
  canManageSupport, canReadWorkspace, canWorkCases, ZErrorBody, ZHoliday, ZHolidayQuery, ZShiftPatch, ZSlaSettings, ZSupportDepartment, ZSupportDepartmentPatch,
  ZSupportMe,
} from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { holidaysOf, listSupportDepartments, patchSupportDepartment, readSla, setShift, supportMe, writeSla } from './setup.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const tags = ['support'];
const ZUserParams = z.object({ userId: z.uuid() });
const ZDepartmentParams = z.object({ id: z.uuid() });

/** Support setup: departments (assignment, lead, default), shifts, SLA targets and the support calendar. */
export function registerSetupRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const access = async (req: Parameters<typeof requireWorkspace>[1], manage: boolean) => {
    const a = await requireWorkspace(db, req);
    authorize(manage ? canManageSupport(a.actor) : canReadWorkspace(a.actor));
    return a;
  };

  app.get('/api/v1/support/departments', { schema: { tags, description: 'Departments as support sees them: assignment mode, lead, agents on shift, open work.', response: { 200: z.object({ items: z.array(ZSupportDepartment) }), ...errors } } }, async (req) => ({
    items: await listSupportDepartments(db, (await access(req, false)).workspaceId),
  }));
  app.patch(
    '/api/v1/support/departments/:id',
    { schema: { tags, description: 'Assignment mode, lead, or make it the default department (where unrouted cases go).', params: ZDepartmentParams, body: ZSupportDepartmentPatch, response: { 200: ZSupportDepartment, ...errors } } },
    async (req) => {
      const a = await access(req, true);
      await patchSupportDepartment(db, a.workspaceId, req.params.id, req.body);
      const d = (await listSupportDepartments(db, a.workspaceId)).find((x) => x.id === req.params.id);
      if (!d) throw new Error('department vanished');
      return d;
    },
  );
  app.put(
    '/api/v1/support/agents/:userId/shift',
    { schema: { tags, description: 'On or off shift (only agents on shift are given new cases): oneself, or an admin or the department’s lead.', params: ZUserParams, body: ZShiftPatch, response: { 200: ZShiftPatch, ...errors } } },
    async (req) => {
      const a = await requireWorkspace(db, req);
      authorize(canWorkCases(a.actor));
      await setShift(db, { workspaceId: a.workspaceId, userId: a.userId, admin: canManageSupport(a.actor) }, req.params.userId, req.body.onShift);
      return { onShift: req.body.onShift };
    },
  );
  app.get('/api/v1/support/me', { schema: { tags, description: 'The caller’s department, shift and whether they lead a department.', response: { 200: ZSupportMe, ...errors } } }, async (req) => {
    const a = await access(req, false);
    return supportMe(db, a.workspaceId, a.userId);
  });
  app.get('/api/v1/support/sla', { schema: { tags, description: 'SLA targets per priority and the support calendar.', response: { 200: ZSlaSettings, ...errors } } }, async (req) =>
    readSla(db, (await access(req, false)).workspaceId),
  );
  app.put(
    '/api/v1/support/sla',
    { schema: { tags, description: 'New targets and calendar, for cases opened (or re-prioritised) from now on.', body: ZSlaSettings, response: { 200: ZSlaSettings, ...errors } } },
    async (req) => {
      const a = await access(req, true);
      await writeSla(db, a.workspaceId, req.body);
      return readSla(db, a.workspaceId);
    },
  );
  app.get(
    '/api/v1/support/holidays',
    { schema: { tags, description: 'The closed days of a year on the support calendar, with their names.', querystring: ZHolidayQuery, response: { 200: z.object({ items: z.array(ZHoliday) }), ...errors } } },
    async (req) => ({ items: await holidaysOf(db, (await access(req, false)).workspaceId, req.query.year) }),
  );
}
