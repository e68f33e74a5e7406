import { z } from 'zod';
import { CHANNELS } from '../collection/touchpoints.js';
import { zCleanString, zText } from '../workspace/contracts.js';
import { nfc } from '../text/normalize.js';

/**
 * A journey map is one document (stages × lanes), saved whole with a version number, so that two
 * people editing one map cannot overwrite each other silently: a save names the version it was
 * made on and is refused (409 version_conflict) when the map has moved on since.
 */
export const JOURNEY_KINDS = ['current', 'future', 'day_in_life', 'blueprint'] as const;
export type JourneyKind = (typeof JOURNEY_KINDS)[number];

/**
 * Rows of the grid. Text lanes (actions, questions, thoughts, frontstage, backstage, support, text)
 * hold notes; `touchpoints` holds touchpoint items; `emotions` the designed emotion of each stage;
 * `pains` and `opportunities` their own items. `text` is a custom lane titled by its user. The
 * blueprint's line of visibility runs between the frontstage and the backstage lanes.
 */
export const LANE_KINDS = [
  'actions',
  'questions',
  'touchpoints',
  'thoughts',
  'emotions',
  'pains',
  'opportunities',
  'frontstage',
  'backstage',
  'support',
  'text',
] as const;
export type LaneKind = (typeof LANE_KINDS)[number];
/** Lane kinds that hold plain notes. */
export const NOTE_LANES: readonly LaneKind[] = ['actions', 'questions', 'thoughts', 'frontstage', 'backstage', 'support', 'text'];

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'in_progress', 'done'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const PAIN_SEVERITIES = ['low', 'medium', 'high'] as const;
export type PainSeverity = (typeof PAIN_SEVERITIES)[number];
export const TARGET_METRICS = ['nps', 'csat', 'ces'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** The designed emotion scale: −2 (very unhappy) … +2 (delighted). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

/** Ids inside a map are short strings made by the client (core's newJourneyKey), unique within the map. */
export const zJourneyKey = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'Letters, digits, _ and - (at most 40)');
/** Free text on a map: NFC, trimmed, may be empty. */
const zMapText = (max: number) =>
  zCleanString()
    .transform((s) => nfc(s).trim())
    .pipe(z.string().max(max));

export const ZLocalizedName = z.object({ vi: zText(80), en: zMapText(80).default('') });
export type LocalizedName = z.infer<typeof ZLocalizedName>;

export const ZJourneyNote = z.object({ id: zJourneyKey, text: zMapText(1000) });
export type JourneyNote = z.infer<typeof ZJourneyNote>;

/** A target a touchpoint's measured score is held to, e.g. CSAT ≥ 80 (% satisfied), CES ≥ 5.5. */
export const ZTouchpointTarget = z
  .object({ metric: z.enum(TARGET_METRICS), min: z.number().finite() })
  .refine((t) => (t.metric === 'nps' ? t.min >= -100 && t.min <= 100 : t.metric === 'csat' ? t.min >= 0 && t.min <= 100 : t.min >= 1 && t.min <= 7), {
    message: 'NPS from −100 to 100, CSAT from 0 to 100 (%), CES from 1 to 7',
    path: ['min'],
  });
export type TouchpointTarget = z.infer<typeof ZTouchpointTarget>;

/**
 * A touchpoint on the map. Linked to a workspace touchpoint (`touchpointId`) it shows what was
 * measured there; unlinked (a future-state idea) it is just its name.
 */
export const ZJourneyTouchpoint = z.object({
  id: zJourneyKey,
  touchpointId: z.uuid().nullable().default(null),
  /** Shown when not linked; a linked item shows its touchpoint's current name. */
  name: zMapText(120).default(''),
  channel: z.enum(CHANNELS),
  mode: z.enum(['online', 'offline']),
  /** The department that owns it. */
  departmentId: z.uuid().nullable().default(null),
  target: ZTouchpointTarget.nullable().default(null),
});
export type JourneyTouchpoint = z.infer<typeof ZJourneyTouchpoint>;

export const ZJourneyPain = z.object({ id: zJourneyKey, text: zMapText(1000), severity: z.enum(PAIN_SEVERITIES).default('medium') });
export type JourneyPain = z.infer<typeof ZJourneyPain>;

export const ZJourneyOpportunity = z.object({
  id: zJourneyKey,
  text: zMapText(1000),
  /** Who carries it: a member's name or a team, as written. */
  owner: zMapText(120).default(''),
  status: z.enum(OPPORTUNITY_STATUSES).default('idea'),
});
export type JourneyOpportunity = z.infer<typeof ZJourneyOpportunity>;

export const ZJourneyEmotion = z.object({ value: z.number().int().min(EMOTION_MIN).max(EMOTION_MAX), note: zMapText(300).default('') });
export type JourneyEmotion = z.infer<typeof ZJourneyEmotion>;

/** What one stage holds in one lane; only the field of the lane's kind is used. */
export const ZJourneyCell = z.object({
  notes: z.array(ZJourneyNote).max(50).default([]),
  touchpoints: z.array(ZJourneyTouchpoint).max(30).default([]),
  pains: z.array(ZJourneyPain).max(50).default([]),
  opportunities: z.array(ZJourneyOpportunity).max(50).default([]),
  emotion: ZJourneyEmotion.nullable().default(null),
});
export type JourneyCell = z.infer<typeof ZJourneyCell>;
export type JourneyCellInput = z.input<typeof ZJourneyCell>;

export const ZJourneyStage = z.object({
  id: zJourneyKey,
  name: ZLocalizedName,
  description: zMapText(1000).default(''),
  /** Keyed by lane id. A lane without a cell here is empty in this stage. */
  cells: z.record(zJourneyKey, ZJourneyCell).default({}),
});
export type JourneyStage = z.infer<typeof ZJourneyStage>;

export const ZJourneyLane = z.object({
  id: zJourneyKey,
  kind: z.enum(LANE_KINDS),
  /** A custom lane's title; empty means the kind's own name in the reader's language. */
  title: zMapText(80).default(''),
  hidden: z.boolean().default(false),
});
export type JourneyLane = z.infer<typeof ZJourneyLane>;

export const MAX_STAGES = 20;
export const MAX_LANES = 30;

/** The map itself: stages left to right, lanes top to bottom. */
export const ZJourneyDoc = z
  .object({
    stages: z.array(ZJourneyStage).min(1).max(MAX_STAGES),
    lanes: z.array(ZJourneyLane).min(1).max(MAX_LANES),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    const once = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `The id "${id}" is used twice in this map`, path });
      seen.add(id);
    };
    const lanes = new Set<string>();
    doc.lanes.forEach((l, i) => {
      once(l.id, ['lanes', i, 'id']);
      lanes.add(l.id);
    });
    doc.stages.forEach((s, i) => {
      once(s.id, ['stages', i, 'id']);
      for (const [laneId, cell] of Object.entries(s.cells)) {
        if (!lanes.has(laneId)) ctx.addIssue({ code: 'custom', message: `No lane "${laneId}" in this map`, path: ['stages', i, 'cells', laneId] });
        for (const [field, items] of [
          ['notes', cell.notes],
          ['touchpoints', cell.touchpoints],
          ['pains', cell.pains],
          ['opportunities', cell.opportunities],
        ] as const)
          items.forEach((item, k) => once(item.id, ['stages', i, 'cells', laneId, field, k, 'id']));
      }
    });
  });
export type JourneyDoc = z.infer<typeof ZJourneyDoc>;
export type JourneyDocInput = z.input<typeof ZJourneyDoc>;

const zPerson = z.object({ id: z.string(), name: z.string() }).nullable();
const zRef = z.object({ id: z.string(), name: z.string() }).nullable();

/** A map as lists show it. */
export const ZJourneySummary = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(JOURNEY_KINDS),
  stageCount: z.number().int(),
  touchpointCount: z.number().int(),
  /** The persona it is drawn for, if any. */
  persona: zRef,
  /** For a future-state map: the current-state map it improves on. */
  currentState: zRef,
  updatedBy: zPerson,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type JourneySummary = z.infer<typeof ZJourneySummary>;

export const ZJourney = ZJourneySummary.extend({
  doc: ZJourneyDoc,
  /** Bumped by every save; send it back with a PATCH. */
  version: z.number().int(),
  /** Future-state maps made from this one. */
  futureStates: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type Journey = z.infer<typeof ZJourney>;

export const JOURNEY_TEMPLATE_KEYS = ['aida', '5a', 'acc', 'retail', 'blank'] as const;
export type JourneyTemplateKey = (typeof JOURNEY_TEMPLATE_KEYS)[number];

export const ZJourneyCreate = z
  .object({
    name: zText(120),
    description: zMapText(2000).default(''),
    kind: z.enum(JOURNEY_KINDS).default('current'),
    /** Start from a model's stages, from a whole document, or (future state) from a copy of `currentStateId`. */
    template: z.enum(JOURNEY_TEMPLATE_KEYS).optional(),
    doc: ZJourneyDoc.optional(),
    currentStateId: z.uuid().nullable().default(null),
    personaId: z.uuid().nullable().default(null),
  })
  .refine((b) => b.template !== undefined || b.doc !== undefined || b.currentStateId !== null, {
    message: 'Give a template, a document, or the current-state map to start from',
    path: ['template'],
  })
  .refine((b) => b.currentStateId === null || b.kind === 'future', { message: 'Only a future-state map links to a current-state map', path: ['currentStateId'] });
export type JourneyCreate = z.input<typeof ZJourneyCreate>;

export const ZJourneyPatch = z.object({
  name: zText(120).optional(),
  description: zMapText(2000).optional(),
  kind: z.enum(JOURNEY_KINDS).optional(),
  personaId: z.uuid().nullable().optional(),
  currentStateId: z.uuid().nullable().optional(),
  doc: ZJourneyDoc.optional(),
  /** The version this edit was made on: when the map has moved on since, the save is refused (409 version_conflict). */
  version: z.number().int().min(1),
});
export type JourneyPatch = z.input<typeof ZJourneyPatch>;

export const ZJourneyParams = z.object({ id: z.uuid() });

export const ZJourneyQuery = z.object({
  q: zCleanString().max(200).optional(),
  kind: z.enum(JOURNEY_KINDS).optional(),
  personaId: z.uuid().optional(),
  sort: z.enum(['updatedAt', 'name', 'kind']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type JourneyQuery = z.infer<typeof ZJourneyQuery>;

/** One saved state in a map's history. */
export const ZJourneyVersionSummary = z.object({
  version: z.number().int(),
  name: z.string(),
  savedBy: zPerson,
  savedAt: z.string(),
  stageCount: z.number().int(),
});
export type JourneyVersionSummary = z.infer<typeof ZJourneyVersionSummary>;

export const ZJourneyVersion = ZJourneyVersionSummary.extend({ doc: ZJourneyDoc });
export type JourneyVersion = z.infer<typeof ZJourneyVersion>;

/** A read-only link to a map: whoever has it sees the map (and, if allowed, its live figures), nothing else. */
export const ZJourneyShare = z.object({
  id: z.string(),
  /** The token is shown once, when the link is made; lists show only its start. */
  url: z.string().nullable(),
  tokenStart: z.string(),
  withLive: z.boolean(),
  createdBy: zPerson,
  createdAt: z.string(),
});
export type JourneyShare = z.infer<typeof ZJourneyShare>;
export const ZJourneyShareCreate = z.object({ withLive: z.boolean().default(false) });

/** Every id in a map, in one place: for undo/redo and for making new ids that do not clash. */
export function journeyKeys(doc: JourneyDocInput): Set<string> {
  const keys = new Set<string>();
  for (const l of doc.lanes) keys.add(l.id);
  for (const s of doc.stages) {
    keys.add(s.id);
    for (const cell of Object.values(s.cells ?? {}))
      for (const items of [cell.notes, cell.touchpoints, cell.pains, cell.opportunities]) for (const item of items ?? []) keys.add(item.id);
  }
  return keys;
}

/** A new id not yet used in the map: short, random, URL-safe. `random` is injectable for tests. */
export function newJourneyKey(taken: Set<string>, random: () => number = Math.random): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyz23456789';
  for (;;) {
    let key = '';
    for (let i = 0; i < 8; i++) key += alphabet[Math.floor(random() * alphabet.length)];
    if (!taken.has(key)) return key;
  }
}

/** Every linked workspace touchpoint of each stage, in order: what the live layer and the stage scores read. */
export function stageTouchpoints(doc: JourneyDoc): { stageId: string; touchpointIds: string[] }[] {
  const tpLanes = new Set(doc.lanes.filter((l) => l.kind === 'touchpoints').map((l) => l.id));
  return doc.stages.map((s) => {
    const ids: string[] = [];
    for (const [laneId, cell] of Object.entries(s.cells))
      if (tpLanes.has(laneId)) for (const tp of cell.touchpoints) if (tp.touchpointId && !ids.includes(tp.touchpointId)) ids.push(tp.touchpointId);
    return { stageId: s.id, touchpointIds: ids };
  });
}
