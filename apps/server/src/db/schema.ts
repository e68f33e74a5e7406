import { sql } from 'drizzle-orm';
import {
  boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();

/*
 * Tenant tables carry workspace_id and a (workspace_id, id) key. The few global tables (users,
 * sessions, password resets, login failures, jobs) describe people and the installation, which
 * span workspaces; on Citus they become reference/local tables (docs/scaling.md).
 */

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Ho_Chi_Minh'),
  locale: text('locale', { enum: ['vi', 'en'] }).notNull().default('vi'),
  /** Bumped by every change to the touchpoints, so a re-placement job can tell it was superseded. */
  touchpointRevision: integer('touchpoint_revision').notNull().default(0),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale', { enum: ['vi', 'en'] }).notNull().default('vi'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email)],
);

export const departments = pgTable(
  'departments',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    key: text('key'),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const memberships = pgTable(
  'memberships',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['owner', 'admin', 'analyst', 'agent', 'viewer'] }).notNull(),
    departmentId: uuid('department_id'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] }), index('memberships_user_idx').on(t.userId)],
);

export const invitations = pgTable(
  'invitations',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: ['owner', 'admin', 'analyst', 'agent', 'viewer'] }).notNull(),
    departmentId: uuid('department_id'),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by'),
    expiresAt: ts('expires_at').notNull(),
    acceptedAt: ts('accepted_at'),
    revokedAt: ts('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex('invitations_token_key').on(t.tokenHash)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    type: text('type', { enum: ['write', 'secret'] }).notNull(),
    scope: text('scope', { enum: ['full', 'read'] }),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdBy: uuid('created_by'),
    lastUsedAt: ts('last_used_at'),
    revokedAt: ts('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex('api_keys_hash_key').on(t.keyHash)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // sha256 of the cookie token: a stolen table yields no usable cookie
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    activeWorkspaceId: uuid('active_workspace_id'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
  createdAt: createdAt(),
});

export const loginFailures = pgTable('login_failures', {
  email: text('email').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: ts('window_started_at').notNull().defaultNow(),
  lockedUntil: ts('locked_until'),
});

export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id'),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    runAt: ts('run_at').notNull().defaultNow(),
    lockedBy: text('locked_by'),
    lockedUntil: ts('locked_until'),
    progress: real('progress').notNull().default(0),
    message: text('message'),
    result: jsonb('result'),
    error: text('error'),
    visible: boolean('visible').notNull().default(false),
    createdAt: createdAt(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    index('jobs_claim_idx').on(t.status, t.runAt),
    index('jobs_workspace_idx').on(t.workspaceId, t.createdAt),
  ],
);

/**
 * Every footprint: Segment-shaped messages, append-only. (workspace_id, message_id) is unique, so a
 * client that retries after a lost acknowledgement stores its event once.
 */
export const events = pgTable(
  'events',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    messageId: text('message_id').notNull(),
    type: text('type', { enum: ['identify', 'track', 'page', 'screen', 'group', 'alias'] }).notNull(),
    event: text('event'),
    anonymousId: text('anonymous_id'),
    userId: text('user_id'),
    properties: jsonb('properties').notNull().default(sql`'{}'::jsonb`),
    traits: jsonb('traits'),
    context: jsonb('context').notNull().default(sql`'{}'::jsonb`),
    /** When it happened, on the server's clock (device clock skew corrected). */
    timestamp: ts('timestamp').notNull(),
    originalTimestamp: ts('original_timestamp'),
    sentAt: ts('sent_at'),
    receivedAt: ts('received_at').notNull(),
    /** The write key it came through. */
    sourceKeyId: uuid('source_key_id'),
    /** The touchpoint its rules place it on (no foreign key: ingestion must not wait on one). */
    touchpointId: uuid('touchpoint_id'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('events_message_key').on(t.workspaceId, t.messageId),
    index('events_time_idx').on(t.workspaceId, t.timestamp),
    index('events_user_idx').on(t.workspaceId, t.userId, t.timestamp),
    index('events_anonymous_idx').on(t.workspaceId, t.anonymousId, t.timestamp),
    index('events_name_idx').on(t.workspaceId, t.event, t.timestamp),
    index('events_touchpoint_idx').on(t.workspaceId, t.touchpointId, t.timestamp),
  ],
);

/**
 * Where a customer meets the business. Rules (core ZTouchpointRules) place events on it; the first
 * touchpoint by position whose rules an event meets takes it. Journeys arrange touchpoints in stages.
 */
export const touchpoints = pgTable(
  'touchpoints',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull(),
    description: text('description'),
    channel: text('channel').notNull(),
    rules: jsonb('rules').notNull(),
    position: integer('position').notNull(),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex('touchpoints_name_key').on(t.workspaceId, t.nameSearch)],
);

/** A known customer: someone identified by the business's own user id. */
export const customers = pgTable(
  'customers',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    userId: text('user_id').notNull(),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    gender: text('gender'),
    birthday: text('birthday'),
    province: text('province'),
    /** Latest value of every trait. Personal data: exported and erased with the customer. */
    traits: jsonb('traits').notNull().default(sql`'{}'::jsonb`),
    /** Folded name, email, phone and user id (core's foldForSearch), for Vietnamese-aware search. */
    search: text('search').notNull().default(''),
    firstSeen: ts('first_seen').notNull(),
    lastSeen: ts('last_seen').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('customers_user_key').on(t.workspaceId, t.userId),
    index('customers_last_seen_idx').on(t.workspaceId, t.lastSeen),
  ],
);

/** Which customer an identifier belongs to: user ids and the anonymous ids merged into them. */
export const customerIdentities = pgTable(
  'customer_identities',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['user', 'anonymous'] }).notNull(),
    value: text('value').notNull(),
    customerId: uuid('customer_id').notNull(),
    linkedAt: ts('linked_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.kind, t.value] }), index('customer_identities_customer_idx').on(t.workspaceId, t.customerId)],
);

/** Every change of a trait, when it was observed. */
export const customerTraitHistory = pgTable(
  'customer_trait_history',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    customerId: uuid('customer_id').notNull(),
    trait: text('trait').notNull(),
    value: jsonb('value'),
    observedAt: ts('observed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('customer_trait_history_idx').on(t.workspaceId, t.customerId, t.observedAt)],
);

/**
 * An offline file (CSV/XLSX) on its way in: what was read from it, how its columns map to events,
 * and how the import went. The rows live in the database, not in a temp file, so any server
 * process's job runner can import them. `columns`, `preview` and `rows` are JSON text: JSON escapes
 * NUL and lone surrogates, which jsonb refuses, so a bad cell is reported instead of failing the upload.
 */
export const imports = pgTable(
  'imports',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    fileName: text('file_name').notNull(),
    /** core's foldForSearch of the file name. */
    search: text('search').notNull().default(''),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    /** SHA-256 of the rows read: the events' messageIds derive from it, so the same file twice adds nothing. */
    contentHash: text('content_hash').notNull(),
    byteSize: integer('byte_size').notNull(),
    columns: text('columns').notNull(),
    preview: text('preview').notNull(),
    rows: text('rows').notNull(),
    rowCount: integer('row_count').notNull(),
    suggested: jsonb('suggested').notNull(),
    /** The saved mapping; null until one is saved. */
    mapping: jsonb('mapping'),
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: ['uploaded', 'invalid', 'ready', 'importing', 'done', 'failed'] }).notNull().default('uploaded'),
    errorCount: integer('error_count').notNull().default(0),
    imported: integer('imported'),
    duplicates: integer('duplicates'),
    jobId: uuid('job_id'),
    error: text('error'),
    /** The member who uploaded it; null when a secret key did. */
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    finishedAt: ts('finished_at'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('imports_created_idx').on(t.workspaceId, t.createdAt)],
);

/** The validation report: each bad row of an import with every reason (core's RowIssue[]). */
export const importErrors = pgTable(
  'import_errors',
  {
    workspaceId: uuid('workspace_id').notNull(),
    importId: uuid('import_id').notNull(),
    row: integer('row').notNull(),
    issues: jsonb('issues').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.importId, t.row] }),
    foreignKey({ columns: [t.workspaceId, t.importId], foreignColumns: [imports.workspaceId, imports.id] }).onDelete('cascade'),
  ],
);

/** A survey: its definition (core ZSurveyDefinition) and the public id its link and QR code carry. */
export const surveys = pgTable(
  'surveys',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull(),
    status: text('status', { enum: ['draft', 'active', 'paused', 'archived'] }).notNull().default('draft'),
    definition: jsonb('definition').notNull(),
    /** Unguessable, global: public survey pages find the survey (and its workspace) by it. */
    publicId: text('public_id').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('surveys_public_key').on(t.publicId),
    index('surveys_updated_idx').on(t.workspaceId, t.updatedAt),
  ],
);

/** Where a survey listens: its touchpoints. */
export const surveyTouchpoints = pgTable(
  'survey_touchpoints',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    touchpointId: uuid('touchpoint_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.surveyId, t.touchpointId] }),
    index('survey_touchpoints_touchpoint_idx').on(t.workspaceId, t.touchpointId),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.touchpointId], foreignColumns: [touchpoints.workspaceId, touchpoints.id] }).onDelete('cascade'),
  ],
);

/**
 * A survey response, saved as it is answered (partial answers are kept) and completed once. The
 * client names it (a UUID), so a retried save never makes a second response.
 */
export const responses = pgTable(
  'responses',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    touchpointId: uuid('touchpoint_id'),
    channel: text('channel', { enum: ['link', 'widget', 'kiosk', 'email', 'qr'] }).notNull(),
    language: text('language', { enum: ['vi', 'en'] }).notNull(),
    answers: jsonb('answers').notNull(),
    /** Open-text answers folded for search without diacritics. */
    search: text('search').notNull().default(''),
    userId: text('user_id'),
    anonymousId: text('anonymous_id'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    completedAt: ts('completed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('responses_survey_idx').on(t.workspaceId, t.surveyId, t.completedAt),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  ],
);

/**
 * Score counts per survey question, touchpoint, channel and day (in the workspace's time zone),
 * added to when a response completes: dashboards read these, never the responses.
 * `touchpoint_id` is the nil UUID for responses at no touchpoint (a key column cannot be null).
 */
export const scoreRollups = pgTable(
  'score_rollups',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    questionId: text('question_id').notNull(),
    touchpointId: uuid('touchpoint_id').notNull(),
    channel: text('channel').notNull(),
    day: text('day').notNull(),
    metric: text('metric', { enum: ['nps', 'csat', 'ces', 'csi'] }).notNull(),
    counts: jsonb('counts').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.surveyId, t.questionId, t.touchpointId, t.channel, t.day] }),
    index('score_rollups_day_idx').on(t.workspaceId, t.day),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  ],
);
