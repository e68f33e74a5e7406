import { z } from 'zod';
import { RESPONSE_CHANNELS } from '../feedback/response-contracts.js';
import { zCleanString, zText } from '../workspace/contracts.js';
import { nfc } from '../text/normalize.js';

/**
 * A case is one customer problem someone owns until it is resolved and confirmed. Its status says
 * whose move it is: `new` (nobody has touched it), `open` (an agent is on it), `waiting_customer`,
 * `waiting_department` (a hand-off to another department is open), `resolved` (the customer is asked
 * to confirm) and `closed` (nothing more to do; a new message reopens it).
 */
export const CASE_STATUSES = ['new', 'open', 'waiting_customer', 'waiting_department', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** The backlog: statuses in which a case still needs work. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['new', 'open', 'waiting_customer', 'waiting_department'];
export const isOpenStatus = (s: CaseStatus): boolean => OPEN_CASE_STATUSES.includes(s);

/** Lowest first. Escalation raises a case one step (`urgent` stays `urgent`). */
export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];
export const raisePriority = (p: CasePriority): CasePriority => CASE_PRIORITIES[Math.min(CASE_PRIORITIES.indexOf(p) + 1, CASE_PRIORITIES.length - 1)]!;

/** How the case came to be: an automation rule on feedback, a person in the dashboard, or the API. */
export const CASE_SOURCES = ['rule', 'manual', 'api'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** Where the customer spoke: the feedback channels, plus the ways a case is opened by hand. */
export const CASE_CHANNELS = [...RESPONSE_CHANNELS, 'hotline', 'chat', 'store', 'facebook', 'zalo', 'other'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** Whether a target was met: `pending` (not yet due, not yet done), `met`, `breached`; `none` when no SLA applies. */
export const SLA_STATES = ['none', 'pending', 'met', 'breached'] as const;
export type SlaState = (typeof SLA_STATES)[number];

const zPerson = z.object({ id: z.string(), name: z.string() }).nullable();
const zDepartment = z.object({ id: z.string(), nameVi: z.string(), nameEn: z.string() });
/** Case text: NFC, trimmed. */
const zCaseText = (min: number, max: number) =>
  zCleanString()
    .transform((s) => nfc(s).trim())
    .pipe(z.string().min(min).max(max));
export const zCaseTag = zText(40);

/** A case as the inbox lists it. */
export const ZCaseSummary = z.object({
  id: z.string(),
  /** Per-workspace running number shown as "#1024". */
  number: z.number().int(),
  subject: z.string(),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(CASE_PRIORITIES),
  source: z.enum(CASE_SOURCES),
  channel: z.enum(CASE_CHANNELS).nullable(),
  tags: z.array(z.string()),
  /** `userId` is the business's own id of the customer, the address of their page (and timeline). */
  customer: z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), userId: z.string().optional() }).nullable(),
  department: zDepartment.nullable(),
  assignee: zPerson,
  touchpoint: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The feedback it came from, if any. */
  responseId: z.string().nullable(),
  firstResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  sla: z.object({ firstResponse: z.enum(SLA_STATES), resolution: z.enum(SLA_STATES) }),
  /** Departments this case waits on (open hand-offs), with the earliest due time among them. */
  waitingOn: z.array(zDepartment.extend({ dueAt: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Bumped by every change; send it back with a PATCH (409 version_conflict when it moved on). */
  version: z.number().int(),
});
export type CaseSummary = z.infer<typeof ZCaseSummary>;

/** The feedback behind a case, as the case shows it. */
export const ZCaseFeedback = z.object({
  responseId: z.string(),
  surveyName: z.string(),
  metric: z.enum(['nps', 'csat', 'ces', 'csi']).nullable(),
  score: z.number().nullable(),
  comment: z.string().nullable(),
  answeredAt: z.string(),
});

export const ZCase = ZCaseSummary.extend({
  description: z.string(),
  feedback: ZCaseFeedback.nullable(),
  /** The customer's answer to "were you satisfied with how we resolved it?" (1–5). */
  resolutionCsat: z.object({ score: z.number().int().min(1).max(5), comment: z.string().nullable(), answeredAt: z.string() }).nullable(),
  reopenedCount: z.number().int(),
  createdBy: zPerson,
});
export type Case = z.infer<typeof ZCase>;

export const ZCaseCreate = z.object({
  subject: zCaseText(1, 200),
  description: zCaseText(0, 10_000).default(''),
  customerId: z.uuid().nullable().default(null),
  /** Open a case from a response by hand (a rule does it on its own); one case per response. */
  responseId: z.uuid().nullable().default(null),
  touchpointId: z.uuid().nullable().default(null),
  channel: z.enum(CASE_CHANNELS).nullable().default(null),
  /** Left out: routing rules choose the department, and its assignment mode the agent. */
  departmentId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  priority: z.enum(CASE_PRIORITIES).default('normal'),
  tags: z.array(zCaseTag).max(20).default([]),
});
export type CaseCreate = z.input<typeof ZCaseCreate>;

export const ZCasePatch = z.object({
  subject: zCaseText(1, 200).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  priority: z.enum(CASE_PRIORITIES).optional(),
  departmentId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  tags: z.array(zCaseTag).max(20).optional(),
  version: z.number().int().min(1),
});
export type CasePatch = z.input<typeof ZCasePatch>;

export const ZCaseParams = z.object({ id: z.uuid() });

/** Queues: everything the caller may see, their own, nobody's, or one department's (`departmentId`). */
export const CASE_QUEUES = ['all', 'mine', 'unassigned', 'department'] as const;
const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(500)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)).max(values.length));
export const ZCaseQuery = z.object({
  queue: z.enum(CASE_QUEUES).default('all'),
  departmentId: z.uuid().optional(),
  /** Comma-separated statuses; left out, the open ones. */
  status: csv(CASE_STATUSES).optional(),
  priority: csv(CASE_PRIORITIES).optional(),
  assigneeId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  touchpointId: z.uuid().optional(),
  channel: z.enum(CASE_CHANNELS).optional(),
  tag: zCaseTag.optional(),
  /** Only cases past a due time (first response or resolution) while still open. */
  breached: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  /** Subject, description, customer name or email, "#number"; diacritics ignored. */
  q: zCleanString().max(200).optional(),
  sort: z.enum(['createdAt', 'updatedAt', 'priority', 'dueAt', 'number']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type CaseQuery = z.infer<typeof ZCaseQuery>;
export type CaseQueryInput = z.input<typeof ZCaseQuery>;

/** The inbox's side list: open cases the caller may see per queue, and per department (with its open hand-offs). */
export const ZCaseQueues = z.object({
  all: z.number().int(),
  mine: z.number().int(),
  unassigned: z.number().int(),
  breached: z.number().int(),
  departments: z.array(zDepartment.extend({ open: z.number().int(), handoffsOpen: z.number().int() })),
});
export type CaseQueues = z.infer<typeof ZCaseQueues>;

/** One change to many cases at once; each case is changed (and audited) on its own. */
export const ZCaseBulk = z.object({
  ids: z.array(z.uuid()).min(1).max(200),
  set: z
    .object({
      status: z.enum(CASE_STATUSES).optional(),
      priority: z.enum(CASE_PRIORITIES).optional(),
      departmentId: z.uuid().nullable().optional(),
      assigneeId: z.uuid().nullable().optional(),
      addTag: zCaseTag.optional(),
    })
    .refine((s) => Object.values(s).some((v) => v !== undefined), { message: 'Nothing to change' }),
});
export const ZCaseBulkResult = z.object({ changed: z.number().int(), notFound: z.array(z.string()) });

/** A reply goes to the customer (by email, and into their timeline); a note stays inside, and may @mention members. */
export const CASE_MESSAGE_KINDS = ['reply', 'note', 'system'] as const;
export type CaseMessageKind = (typeof CASE_MESSAGE_KINDS)[number];
export const ZCaseMessage = z.object({
  id: z.string(),
  kind: z.enum(CASE_MESSAGE_KINDS),
  body: z.string(),
  author: zPerson,
  mentions: z.array(z.object({ id: z.string(), name: z.string() })),
  /** A reply's email: queued, sent, failed (with why), or null when the customer has no email. */
  delivery: z.object({ status: z.enum(['queued', 'sent', 'failed']), error: z.string().nullable() }).nullable(),
  createdAt: z.string(),
});
export type CaseMessage = z.infer<typeof ZCaseMessage>;
export const ZCaseMessageCreate = z
  .object({
    kind: z.enum(['reply', 'note']),
    body: zCaseText(1, 10_000),
    mentions: z.array(z.uuid()).max(20).default([]),
    /** The status to leave the case in after a reply (e.g. `resolved` for "reply and resolve"). */
    status: z.enum(CASE_STATUSES).optional(),
  })
  .refine((m) => m.kind === 'note' || m.mentions.length === 0, { message: 'Only notes mention members', path: ['mentions'] });
export type CaseMessageCreate = z.input<typeof ZCaseMessageCreate>;

/** A question from one department to another, with its own due time. */
export const HANDOFF_STATUSES = ['open', 'answered', 'cancelled'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];
export const ZHandoff = z.object({
  id: z.string(),
  case: z.object({ id: z.string(), number: z.number().int(), subject: z.string(), priority: z.enum(CASE_PRIORITIES) }),
  fromDepartment: zDepartment.nullable(),
  toDepartment: zDepartment,
  request: z.string(),
  requestedBy: zPerson,
  dueAt: z.string(),
  status: z.enum(HANDOFF_STATUSES),
  answer: z.string().nullable(),
  answeredBy: zPerson,
  answeredAt: z.string().nullable(),
  /** Open and past its due time. */
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type Handoff = z.infer<typeof ZHandoff>;
export const ZHandoffCreate = z.object({
  toDepartmentId: z.uuid(),
  request: zCaseText(1, 2000),
  /** Due within this many business hours of the workspace's support calendar. */
  dueInHours: z.number().min(0.25).max(24 * 30).default(4),
});
export type HandoffCreate = z.input<typeof ZHandoffCreate>;
export const ZHandoffAnswer = z.object({ answer: zCaseText(1, 5000) });
export const ZHandoffParams = z.object({ id: z.uuid() });
export const ZHandoffQuery = z.object({
  /** The department whose queue it is (an agent's own by default). */
  departmentId: z.uuid().optional(),
  /** Asked of the department (`to`), asked by it (`from`), or both. */
  direction: z.enum(['to', 'from', 'any']).default('any'),
  status: z.enum(HANDOFF_STATUSES).default('open'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

/** One audited change: who changed which field from what to what, when. */
export const ZCaseAuditEntry = z.object({
  id: z.string(),
  actor: zPerson,
  /** Set by a rule, the SLA clock or the system, rather than a person. */
  automation: z.string().nullable(),
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  at: z.string(),
});
export type CaseAuditEntry = z.infer<typeof ZCaseAuditEntry>;

/** A saved inbox view: a name and the query it keeps. */
export const ZCaseView = z.object({ id: z.string(), name: z.string(), query: z.record(z.string(), z.string()), createdAt: z.string() });
export const ZCaseViewCreate = z.object({ name: zText(80), query: z.record(z.string().max(40), z.string().max(500)) });

/** The resolution question a customer answers from the email's link. */
export const ZResolutionCsatAnswer = z.object({ score: z.number().int().min(1).max(5), comment: zCaseText(0, 2000).optional() });
export const ZResolutionCsatToken = z.object({ token: z.string().min(20).max(64).regex(/^[A-Za-z0-9_-]+$/) });

/** A customer's cases and the replies sent to them, as their timeline shows them (newest first). */
export const ZCustomerCaseItem = z.object({
  id: z.string(),
  number: z.number().int(),
  subject: z.string(),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(CASE_PRIORITIES),
  department: zDepartment.nullable(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export const ZCustomerReplyItem = z.object({
  id: z.string(),
  case: z.object({ id: z.string(), number: z.number().int(), subject: z.string() }),
  body: z.string(),
  author: zPerson,
  delivery: z.enum(['queued', 'sent', 'failed']).nullable(),
  createdAt: z.string(),
});
export const ZCustomerSupport = z.object({ cases: z.array(ZCustomerCaseItem), replies: z.array(ZCustomerReplyItem) });
export type CustomerSupport = z.infer<typeof ZCustomerSupport>;
