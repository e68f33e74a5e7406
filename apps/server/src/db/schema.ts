import { sql } from 'drizzle-orm';
import {
  boolean, customType, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid,
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

/** A place where customers meet the business in person: a shop, branch or clinic. Kiosks stand in one. */
export const stores = pgTable(
  'stores',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull(),
    address: text('address').notNull().default(''),
    province: text('province').notNull().default(''),
    /** Name, address and province folded by core's foldForSearch: searched without diacritics. */
    search: text('search').notNull().default(''),
    /** The province folded, so "Đà Nẵng" sorts among the D's. */
    provinceSearch: text('province_search').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex('stores_name_key').on(t.workspaceId, t.nameSearch)],
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
    /** Bumped by every edit: a save made from an older version is refused instead of overwriting. */
    version: integer('version').notNull().default(1),
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
    /** Where it was given in person (a kiosk's store), which kiosk, and which email invitation. */
    storeId: uuid('store_id'),
    deviceId: uuid('device_id'),
    invitationId: uuid('invitation_id'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    completedAt: ts('completed_at'),
    /** When it was completed, else last saved: what the responses screen filters and sorts by. */
    answeredAt: ts('answered_at').generatedAlwaysAs(sql`coalesce(completed_at, updated_at)`),
    /** Its first score answer (core's responseScore), kept for filtering; null when it has none. */
    scoreMetric: text('score_metric', { enum: ['nps', 'csat', 'ces', 'csi', 'rating'] }),
    scoreValue: doublePrecision('score_value'),
    /** The score on 0..100, so answers on different scales sort together. */
    scoreNorm: doublePrecision('score_norm'),
    scoreGroup: text('score_group', { enum: ['negative', 'neutral', 'positive'] }),
    npsGroup: text('nps_group', { enum: ['detractor', 'passive', 'promoter'] }),
    /** core's RESPONSE_SCORE_VERSION it was scored with; older rows are scored again by a job. */
    scoreVersion: integer('score_version').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('responses_survey_idx').on(t.workspaceId, t.surveyId, t.completedAt),
    index('responses_completed_idx').on(t.workspaceId, t.completedAt),
    index('responses_user_idx').on(t.workspaceId, t.userId),
    index('responses_anonymous_idx').on(t.workspaceId, t.anonymousId),
    index('responses_answered_idx').on(t.workspaceId, t.answeredAt, t.id),
    index('responses_score_idx').on(t.workspaceId, t.scoreGroup, t.answeredAt),
    // Trigram index: "%ha noi%" on the folded open answers uses it (pg_trgm, also loaded in PGlite).
    index('responses_search_idx').using('gin', t.search.op('gin_trgm_ops')),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  ],
);

/**
 * Score counts per survey question, touchpoint, channel, store and day (in the workspace's time
 * zone), added to when a response completes: dashboards read these, never the responses.
 * `touchpoint_id` and `store_id` are the nil UUID when there is none (a key column cannot be null).
 */
export const scoreRollups = pgTable(
  'score_rollups',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    questionId: text('question_id').notNull(),
    touchpointId: uuid('touchpoint_id').notNull(),
    channel: text('channel').notNull(),
    storeId: uuid('store_id').notNull().default('00000000-0000-0000-0000-000000000000'),
    day: text('day').notNull(),
    metric: text('metric', { enum: ['nps', 'csat', 'ces', 'csi'] }).notNull(),
    counts: jsonb('counts').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.surveyId, t.questionId, t.touchpointId, t.channel, t.storeId, t.day] }),
    index('score_rollups_day_idx').on(t.workspaceId, t.day),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  ],
);

/**
 * A kiosk tablet in a store, running one survey (at one of its touchpoints). The tablet holds a
 * long-lived device token; only its SHA-256 is kept, like API keys. A pairing code (also hashed,
 * single use, expiring) is how a tablet gets its token. No foreign key to the survey: deleting a
 * survey leaves the tablet registered, showing a notice until another survey is chosen.
 */
export const kioskDevices = pgTable(
  'kiosk_devices',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull(),
    storeId: uuid('store_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    touchpointId: uuid('touchpoint_id'),
    tokenHash: text('token_hash'),
    pairCodeHash: text('pair_code_hash'),
    pairExpiresAt: ts('pair_expires_at'),
    pairedAt: ts('paired_at'),
    lastSeenAt: ts('last_seen_at'),
    appVersion: text('app_version'),
    /** Answers waiting on the tablet, as its last heartbeat said. */
    queued: integer('queued').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('kiosk_devices_token_key').on(t.tokenHash),
    uniqueIndex('kiosk_devices_pair_code_key').on(t.pairCodeHash),
    index('kiosk_devices_store_idx').on(t.workspaceId, t.storeId),
    // A store with tablets in it cannot be deleted until they are moved or removed (NO ACTION: checked at the end of a statement, so a workspace's cascade still works).
    foreignKey({ columns: [t.workspaceId, t.storeId], foreignColumns: [stores.workspaceId, stores.id] }),
  ],
);

/** bytea: both drivers read it back as bytes (node-postgres a Buffer, PGlite a Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A CSV/XLSX file of responses, made by a background job from saved filters. The file lives in
 * the database, so whichever process made it, any process serves it; kept EXPORT_KEEP_DAYS days.
 */
export const responseExports = pgTable(
  'response_exports',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    language: text('language', { enum: ['vi', 'en'] }).notNull(),
    filters: jsonb('filters').notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull().default('queued'),
    rowCount: integer('row_count').notNull().default(0),
    file: bytea('file'),
    byteSize: integer('byte_size'),
    fileName: text('file_name').notNull(),
    jobId: uuid('job_id'),
    error: text('error'),
    /** The member who asked for it; null when a secret key did. */
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    finishedAt: ts('finished_at'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('response_exports_created_idx').on(t.workspaceId, t.createdAt)],
);

/** A survey's web widget (core ZWidgetSettings); a survey without a row has its widget off. */
export const surveyWidgets = pgTable(
  'survey_widgets',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    /** Also inside `settings`; a column so the SDK's config reads only the enabled ones. */
    enabled: boolean('enabled').notNull().default(false),
    settings: jsonb('settings').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.surveyId] }),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  ],
);

/** Workspace-wide feedback settings; a workspace without a row has the defaults (core DEFAULT_FEEDBACK_SETTINGS). */
export const feedbackSettings = pgTable('feedback_settings', {
  workspaceId: uuid('workspace_id').primaryKey().references(() => workspaces.id, { onDelete: 'cascade' }),
  frequencyCapDays: integer('frequency_cap_days').notNull().default(30),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * Each time the web widget asked someone (it was shown), and whether they closed it or answered.
 * The frequency cap counts these per person (user id, anonymous id and the ids linked to them), so
 * clearing the browser's storage does not make someone askable again.
 */
export const widgetImpressions = pgTable(
  'widget_impressions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    anonymousId: text('anonymous_id').notNull(),
    userId: text('user_id'),
    shownAt: ts('shown_at').notNull().defaultNow(),
    dismissedAt: ts('dismissed_at'),
    answeredAt: ts('answered_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('widget_impressions_anonymous_idx').on(t.workspaceId, t.anonymousId, t.shownAt),
    index('widget_impressions_user_idx').on(t.workspaceId, t.userId, t.shownAt),
    index('widget_impressions_survey_idx').on(t.workspaceId, t.surveyId, t.shownAt),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  ],
);

/**
 * An email campaign: a survey sent to customers (chosen by filters, or an uploaded list), with one
 * reminder. `send_revision` is bumped by every send, schedule, cancel and retry, so a background
 * job that was queued for an earlier plan finds it superseded and does nothing.
 */
export const surveyCampaigns = pgTable(
  'survey_campaigns',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull(),
    surveyId: uuid('survey_id').notNull(),
    touchpointId: uuid('touchpoint_id'),
    status: text('status', { enum: ['draft', 'scheduled', 'sending', 'sent', 'cancelled'] }).notNull().default('draft'),
    /** core ZAudience, plus what the last uploaded list gave (`file`). */
    audience: jsonb('audience').notNull(),
    /** core ZCampaignContent: subject and body in vi (and en). */
    content: jsonb('content').notNull(),
    defaultLanguage: text('default_language', { enum: ['vi', 'en'] }).notNull().default('vi'),
    reminderDays: integer('reminder_days'),
    scheduledAt: ts('scheduled_at'),
    sendRevision: integer('send_revision').notNull().default(0),
    /** When the customers the filters take were written down as recipients (once, at the first send). */
    materializedAt: ts('materialized_at'),
    jobId: uuid('job_id'),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    reminderStatus: text('reminder_status', { enum: ['none', 'scheduled', 'sending', 'sent'] }).notNull().default('none'),
    reminderDueAt: ts('reminder_due_at'),
    remindedAt: ts('reminded_at'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('survey_campaigns_updated_idx').on(t.workspaceId, t.updatedAt),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
  ],
);

/**
 * An invitation to answer a survey: a personal link (campaign_id null) or one recipient of an email
 * campaign. Its token is the public credential in the link (`/s/<publicId>?t=<token>`): it names the
 * customer, touchpoint and invitation, and is kept (not hashed) so a reminder carries the same link.
 * One response per invitation: `response_id` is bound on the first save.
 */
export const surveyInvites = pgTable(
  'survey_invites',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    campaignId: uuid('campaign_id'),
    token: text('token').notNull(),
    channel: text('channel', { enum: ['email', 'link'] }).notNull(),
    /** The customer, by the business's own user id (responses.user_id takes it). */
    userId: text('user_id'),
    /** Personal data: the address (lower case) and name the invitation went to. */
    email: text('email'),
    name: text('name'),
    /** Folded name and email, for the recipients table's search. */
    search: text('search').notNull().default(''),
    language: text('language', { enum: ['vi', 'en'] }).notNull().default('vi'),
    touchpointId: uuid('touchpoint_id'),
    /** Email delivery; null for a personal link. */
    status: text('status', { enum: ['queued', 'sending', 'sent', 'failed', 'bounced', 'suppressed'] }),
    error: text('error'),
    sentAt: ts('sent_at'),
    reminderStatus: text('reminder_status', { enum: ['sending', 'sent', 'failed', 'skipped'] }),
    reminderError: text('reminder_error'),
    remindedAt: ts('reminded_at'),
    /** First time the link was opened (a click: no tracking pixel). */
    openedAt: ts('opened_at'),
    responseId: uuid('response_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('survey_invites_token_key').on(t.token),
    uniqueIndex('survey_invites_campaign_email_key').on(t.workspaceId, t.campaignId, t.email),
    // One personal link per survey, customer and touchpoint ("no touchpoint" counts as one value).
    uniqueIndex('survey_invites_link_key')
      .on(t.workspaceId, t.surveyId, t.userId, sql`coalesce(${t.touchpointId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`campaign_id is null`),
    index('survey_invites_campaign_idx').on(t.workspaceId, t.campaignId, t.status),
    foreignKey({ columns: [t.workspaceId, t.surveyId], foreignColumns: [surveys.workspaceId, surveys.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.campaignId], foreignColumns: [surveyCampaigns.workspaceId, surveyCampaigns.id] }).onDelete('cascade'),
  ],
);

/** Addresses that get no more survey email from this workspace: unsubscribed, bounced, or added by hand. */
export const emailSuppressions = pgTable(
  'email_suppressions',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    /** Lower case. */
    email: text('email').notNull(),
    reason: text('reason', { enum: ['unsubscribed', 'bounced', 'manual'] }).notNull(),
    campaignId: uuid('campaign_id'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.email] })],
);

/**
 * A persona: who a map is drawn for. `profile` holds core's persona profile (demographics, goals,
 * needs, frustrations, behaviours, channels, quote, empathy map); `rule` the customer traits it
 * covers (core's persona rule), so it can count real customers and their scores.
 */
export const personas = pgTable(
  'personas',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    nameSearch: text('name_search').notNull(),
    /** A small photo as a data: URL (resized in the browser), or null for the drawn avatar. */
    photo: text('photo'),
    avatar: text('avatar').notNull().default(''),
    profile: jsonb('profile').notNull().default(sql`'{}'::jsonb`),
    rule: jsonb('rule'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), uniqueIndex('personas_name_key').on(t.workspaceId, t.nameSearch)],
);

/**
 * A journey map: one document (core ZJourneyDoc) saved whole. `version` is bumped by every save
 * and a save made on an older version is refused, so two editors never overwrite each other.
 */
export const journeys = pgTable(
  'journeys',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    /** The name folded by core's foldForSearch. */
    nameSearch: text('name_search').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: ['current', 'future', 'day_in_life', 'blueprint'] }).notNull(),
    doc: jsonb('doc').notNull(),
    version: integer('version').notNull().default(1),
    personaId: uuid('persona_id'),
    /** A future-state map's current-state map. */
    currentStateId: uuid('current_state_id'),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('journeys_updated_idx').on(t.workspaceId, t.updatedAt),
    index('journeys_current_state_idx').on(t.workspaceId, t.currentStateId),
    foreignKey({ columns: [t.workspaceId, t.personaId], foreignColumns: [personas.workspaceId, personas.id] }).onDelete('set null'),
  ],
);

/** A map's saved states, for history and restore. Saves close together by one person share a row. */
export const journeyVersions = pgTable(
  'journey_versions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    journeyId: uuid('journey_id').notNull(),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    doc: jsonb('doc').notNull(),
    savedBy: uuid('saved_by'),
    savedAt: ts('saved_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.journeyId, t.version] }),
    foreignKey({ columns: [t.workspaceId, t.journeyId], foreignColumns: [journeys.workspaceId, journeys.id] }).onDelete('cascade'),
  ],
);

/** A read-only link to a map. Only the token's SHA-256 is kept, like API keys. */
export const journeyShares = pgTable(
  'journey_shares',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    journeyId: uuid('journey_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    tokenStart: text('token_start').notNull(),
    /** Whether the link also shows the live figures (counts and scores, never a customer). */
    withLive: boolean('with_live').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('journey_shares_token_key').on(t.tokenHash),
    foreignKey({ columns: [t.workspaceId, t.journeyId], foreignColumns: [journeys.workspaceId, journeys.id] }).onDelete('cascade'),
  ],
);

/**
 * Who was at which touchpoint on which day (the workspace's calendar): one row per touchpoint,
 * day and person, added to where events are written, so the journey live layer never scans
 * events. `person` is the customer's id when the event's user id or anonymous id resolves to a
 * customer, else `a:` + the anonymous id; linking an anonymous id to a customer (or merging two
 * customers) moves its rows, and re-placing past events recomputes the rows they touch.
 */
export const touchpointVisits = pgTable(
  'touchpoint_visits',
  {
    workspaceId: uuid('workspace_id').notNull(),
    touchpointId: uuid('touchpoint_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    person: text('person').notNull(),
    /** The customer, when the person is one (null for an anonymous visitor). */
    customerId: uuid('customer_id'),
    firstAt: ts('first_at').notNull(),
    lastAt: ts('last_at').notNull(),
    events: integer('events').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.touchpointId, t.day, t.person] }), index('touchpoint_visits_person_idx').on(t.workspaceId, t.person)],
);

/**
 * Support: one row per workspace with its support calendar and SLA targets (core ZSlaSettings), the
 * department a case goes to when no routing rule matches, and the counter behind case numbers.
 */
export const supportSettings = pgTable('support_settings', {
  workspaceId: uuid('workspace_id').primaryKey().references(() => workspaces.id, { onDelete: 'cascade' }),
  hours: jsonb('hours').notNull(),
  policies: jsonb('policies').notNull(),
  defaultDepartmentId: uuid('default_department_id'),
  /** The last case number given out; taken with UPDATE … RETURNING, so numbers never repeat. */
  lastCaseNumber: integer('last_case_number').notNull().default(0),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** How a department takes its cases: assignment mode and its lead (notified of breaches). */
export const supportDepartments = pgTable(
  'support_departments',
  {
    workspaceId: uuid('workspace_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    assignment: text('assignment', { enum: ['round_robin', 'least_loaded', 'manual'] }).notNull().default('manual'),
    leadId: uuid('lead_id'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.departmentId] }),
    foreignKey({ columns: [t.workspaceId, t.departmentId], foreignColumns: [departments.workspaceId, departments.id] }).onDelete('cascade'),
  ],
);

/** An agent's shift switch and when they were last given a case (round robin takes the longest-waiting). */
export const supportAgents = pgTable(
  'support_agents',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    onShift: boolean('on_shift').notNull().default(true),
    lastAssignedAt: ts('last_assigned_at'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
);

/**
 * A customer problem owned until resolved. `version` is bumped by every change (409 on a stale one).
 * `search` is core's foldForSearch of number, subject, description and the customer's name/email.
 * SLA due times are computed on the support calendar when the case is made or its priority changes;
 * `*_breached_at` are set once by the SLA sweep, which escalates at that moment.
 */
export const cases = pgTable(
  'cases',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    number: integer('number').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    search: text('search').notNull().default(''),
    status: text('status', { enum: ['new', 'open', 'waiting_customer', 'waiting_department', 'resolved', 'closed'] }).notNull().default('new'),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] }).notNull().default('normal'),
    source: text('source', { enum: ['rule', 'manual', 'api'] }).notNull(),
    channel: text('channel'),
    tags: jsonb('tags').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    customerId: uuid('customer_id'),
    responseId: uuid('response_id'),
    touchpointId: uuid('touchpoint_id'),
    departmentId: uuid('department_id'),
    assigneeId: uuid('assignee_id'),
    triggerId: uuid('trigger_id'),
    createdBy: uuid('created_by'),
    firstResponseDueAt: ts('first_response_due_at'),
    resolutionDueAt: ts('resolution_due_at'),
    firstResponseAt: ts('first_response_at'),
    /** The agent who sent the first reply. */
    firstResponseBy: uuid('first_response_by'),
    resolvedAt: ts('resolved_at'),
    closedAt: ts('closed_at'),
    firstResponseBreachedAt: ts('first_response_breached_at'),
    resolutionBreachedAt: ts('resolution_breached_at'),
    /** Replies sent to the customer, and by how many different agents (FCR needs one reply by one agent). */
    replyCount: integer('reply_count').notNull().default(0),
    replierCount: integer('replier_count').notNull().default(0),
    reopenedCount: integer('reopened_count').notNull().default(0),
    /** The resolution CSAT question: the emailed link's token hash, and the answer. */
    csatTokenHash: text('csat_token_hash'),
    csatScore: integer('csat_score'),
    csatComment: text('csat_comment'),
    csatAt: ts('csat_at'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('cases_number_key').on(t.workspaceId, t.number),
    // One case per piece of feedback: rules racing in several processes cannot open a second.
    uniqueIndex('cases_response_key').on(t.workspaceId, t.responseId),
    uniqueIndex('cases_csat_token_key').on(t.csatTokenHash),
    index('cases_queue_idx').on(t.workspaceId, t.departmentId, t.status, t.createdAt),
    index('cases_assignee_idx').on(t.workspaceId, t.assigneeId, t.status),
    index('cases_customer_idx').on(t.workspaceId, t.customerId),
    index('cases_created_idx').on(t.workspaceId, t.createdAt),
    index('cases_resolved_idx').on(t.workspaceId, t.resolvedAt),
    // The SLA sweep's questions every few seconds: targets not yet marked, by due time.
    index('cases_first_response_due_idx').on(t.firstResponseDueAt).where(sql`first_response_breached_at is null and first_response_at is null`),
    index('cases_resolution_due_idx').on(t.resolutionDueAt).where(sql`resolution_breached_at is null`),
  ],
);

/** A case's conversation: replies (to the customer, emailed), internal notes (with @mentions) and system lines. */
export const caseMessages = pgTable(
  'case_messages',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind', { enum: ['reply', 'note', 'system'] }).notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id'),
    mentions: jsonb('mentions').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    deliveryStatus: text('delivery_status', { enum: ['queued', 'sent', 'failed'] }),
    deliveryError: text('delivery_error'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('case_messages_case_idx').on(t.workspaceId, t.caseId, t.createdAt),
    foreignKey({ columns: [t.workspaceId, t.caseId], foreignColumns: [cases.workspaceId, cases.id] }).onDelete('cascade'),
  ],
);

/** A question from a case to another department, with its own due time, answered back into the case. */
export const caseHandoffs = pgTable(
  'case_handoffs',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    fromDepartmentId: uuid('from_department_id'),
    toDepartmentId: uuid('to_department_id').notNull(),
    request: text('request').notNull(),
    requestedBy: uuid('requested_by'),
    dueAt: ts('due_at').notNull(),
    status: text('status', { enum: ['open', 'answered', 'cancelled'] }).notNull().default('open'),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredAt: ts('answered_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('case_handoffs_case_idx').on(t.workspaceId, t.caseId),
    index('case_handoffs_queue_idx').on(t.workspaceId, t.toDepartmentId, t.status, t.dueAt),
    index('case_handoffs_due_idx').on(t.dueAt).where(sql`status = 'open'`),
    foreignKey({ columns: [t.workspaceId, t.caseId], foreignColumns: [cases.workspaceId, cases.id] }).onDelete('cascade'),
  ],
);

/** Who changed what on a case, when: a person (`actor_id`) or an automation (its name). */
export const caseAudit = pgTable(
  'case_audit',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    caseId: uuid('case_id').notNull(),
    actorId: uuid('actor_id'),
    automation: text('automation'),
    field: text('field').notNull(),
    oldValue: text('old_value'),
    newValue: text('new_value'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('case_audit_case_idx').on(t.workspaceId, t.caseId, t.at),
    foreignKey({ columns: [t.workspaceId, t.caseId], foreignColumns: [cases.workspaceId, cases.id] }).onDelete('cascade'),
  ],
);

/** Automation: feedback matching `conditions` opens a case (core ZCaseTrigger). */
export const caseTriggers = pgTable(
  'case_triggers',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    position: integer('position').notNull(),
    conditions: jsonb('conditions').notNull(),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] }).notNull().default('normal'),
    tags: jsonb('tags').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    fired: integer('fired').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/** Routing: a case matching `conditions` goes to `department_id` (core ZRoutingRule). */
export const routingRules = pgTable(
  'routing_rules',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    position: integer('position').notNull(),
    conditions: jsonb('conditions').notNull(),
    departmentId: uuid('department_id').notNull(),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId, t.departmentId], foreignColumns: [departments.workspaceId, departments.id] }).onDelete('cascade'),
  ],
);

/**
 * A member's alerts (core ZNotification). `email_state` tracks its email: `pending` as notify()
 * writes it; the mailer job plans it from the member's preferences into `scheduled` with its
 * `email_due_at` (at once, the next digest, or the end of quiet hours) — or `none` when the member
 * does not want it by email; at that time it is claimed into `queued` together with one email job
 * for the member, and `sent` once that email is accepted.
 */
export const notifications = pgTable(
  'notifications',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    kind: text('kind', { enum: ['negative_feedback', 'sla_breach', 'assigned', 'mention', 'handoff'] }).notNull(),
    caseId: uuid('case_id'),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    readAt: ts('read_at'),
    emailState: text('email_state', { enum: ['none', 'pending', 'scheduled', 'queued', 'sent'] }).notNull().default('none'),
    emailDueAt: ts('email_due_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('notifications_user_idx').on(t.workspaceId, t.userId, t.createdAt),
    index('notifications_email_idx').on(t.emailState, t.emailDueAt),
  ],
);

/** A member's alert settings (core ZAlertPreferences); no row means the defaults. */
export const alertPreferences = pgTable(
  'alert_preferences',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    prefs: jsonb('prefs').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
);

/** A member's saved inbox views. */
export const caseViews = pgTable(
  'case_views',
  {
    workspaceId: uuid('workspace_id').notNull().references(() => workspaces.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    query: jsonb('query').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] }), index('case_views_user_idx').on(t.workspaceId, t.userId)],
);
