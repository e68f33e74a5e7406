import { z } from 'zod';
import { ZKeyScope, ZKeyType, ZRole } from './roles.js';
import { nfc } from '../text/normalize.js';

/**
 * Text people type: no control characters (PostgreSQL cannot even store NUL) and no lone UTF-16
 * surrogates (they would be stored as U+FFFD, silently changing what was sent).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_LONE_SURROGATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/u;
export const zCleanString = () =>
  z.string().refine((s) => !CONTROL_OR_LONE_SURROGATE.test(s), 'Contains control characters or invalid Unicode');

/** A trimmed, NFC-normalised, non-empty piece of text. */
export const zText = (max: number) =>
  zCleanString()
    .transform((s) => nfc(s).trim())
    .pipe(z.string().min(1).max(max));

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email().max(254));

/** Long enough to resist guessing, short enough that the KDF input stays bounded. */
export const ZPassword = z.string().min(10).max(200);

export const ZLocale = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof ZLocale>;

export const ZTimeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown time zone');

export const ZId = z.uuid();

export const ZSetupStatus = z.object({ needsSetup: z.boolean() });
export type SetupStatus = z.infer<typeof ZSetupStatus>;

export const ZSetupInput = z.object({
  workspaceName: zText(120),
  name: zText(120),
  email: ZEmail,
  password: ZPassword,
  locale: ZLocale.default('vi'),
  timeZone: ZTimeZone.default('Asia/Ho_Chi_Minh'),
});
export type SetupInput = z.input<typeof ZSetupInput>;

export const ZLoginInput = z.object({ email: ZEmail, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof ZLoginInput>;

export const ZWorkspace = z.object({
  id: ZId,
  name: z.string(),
  timeZone: z.string(),
  locale: ZLocale,
  createdAt: z.string(),
});
export type Workspace = z.infer<typeof ZWorkspace>;

export const ZWorkspaceCreate = z.object({
  name: zText(120),
  timeZone: ZTimeZone.default('Asia/Ho_Chi_Minh'),
  locale: ZLocale.default('vi'),
});
export const ZWorkspacePatch = z
  .object({ name: zText(120), timeZone: ZTimeZone, locale: ZLocale })
  .partial();

export const ZMembership = z.object({
  workspace: ZWorkspace,
  role: ZRole,
});

export const ZMe = z.object({
  user: z.object({ id: ZId, email: z.string(), name: z.string(), locale: ZLocale }),
  workspaces: z.array(ZMembership),
  activeWorkspaceId: ZId.nullable(),
});
export type Me = z.infer<typeof ZMe>;

export const ZMePatch = z.object({ name: zText(120), locale: ZLocale }).partial();
export const ZSwitchWorkspace = z.object({ workspaceId: ZId });

export const ZDepartment = z.object({
  id: ZId,
  key: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type Department = z.infer<typeof ZDepartment>;
export const ZDepartmentInput = z.object({
  nameVi: zText(80),
  nameEn: zText(80),
});
export const ZDepartmentPatch = ZDepartmentInput.partial();

export const ZMember = z.object({
  userId: ZId,
  name: z.string(),
  email: z.string(),
  role: ZRole,
  department: z.object({ id: ZId, nameVi: z.string(), nameEn: z.string() }).nullable(),
  joinedAt: z.string(),
});
export type Member = z.infer<typeof ZMember>;
export const ZMemberPatch = z
  .object({ role: ZRole, departmentId: ZId.nullable() })
  .partial();

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export const ZMemberQuery = z.object({
  q: zCleanString().max(120).optional(),
  role: ZRole.optional(),
  departmentId: ZId.optional(),
  sort: z.enum(['name', 'email', 'role', 'joinedAt']).default('name'),
  order: z.enum(SORT_DIRECTIONS).default('asc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type MemberQuery = z.infer<typeof ZMemberQuery>;

export const zPage = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const ZInvitation = z.object({
  id: ZId,
  email: z.string(),
  role: ZRole,
  department: z.object({ id: ZId, nameVi: z.string(), nameEn: z.string() }).nullable(),
  invitedBy: z.string().nullable(),
  expiresAt: z.string(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof ZInvitation>;
export const ZInvitationCreate = z.object({
  email: ZEmail,
  role: ZRole.exclude(['owner']),
  departmentId: ZId.nullable().optional(),
});
/** The created invitation plus its link (shown once, also emailed). */
export const ZInvitationCreated = ZInvitation.extend({ acceptUrl: z.string(), emailQueued: z.boolean() });

export const ZInvitationPreview = z.object({
  workspaceName: z.string(),
  email: z.string(),
  role: ZRole,
  invitedBy: z.string().nullable(),
  existingUser: z.boolean(),
});
export const ZInvitationAccept = z.object({
  name: zText(120).optional(),
  password: ZPassword.optional(),
});

export const ZPasswordResetRequest = z.object({ email: ZEmail });
export const ZPasswordResetConfirm = z.object({ token: z.string().min(20).max(200), password: ZPassword });

export const ZApiKey = z.object({
  id: ZId,
  name: z.string(),
  type: ZKeyType,
  scope: ZKeyScope.nullable(),
  prefix: z.string(),
  createdBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiKey = z.infer<typeof ZApiKey>;
export const ZApiKeyCreate = z
  .object({ name: zText(80), type: ZKeyType, scope: ZKeyScope.optional() })
  .refine((k) => k.type === 'secret' || k.scope === undefined, {
    message: 'Only secret keys have a scope',
    path: ['scope'],
  });
/** The whole key appears only in this response. */
export const ZApiKeyCreated = ZApiKey.extend({ key: z.string() });

export const ZJob = z.object({
  id: ZId,
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number().min(0).max(1),
  message: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof ZJob>;
export const ZDemoLoad = z.object({ customers: z.number().int().min(10).max(1_000_000).default(500) });

export const ZErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
export type ErrorBody = z.infer<typeof ZErrorBody>;
