import { z } from 'zod';
import { CHANNELS } from '../collection/touchpoints.js';
import { JOURNEY_KINDS, JOURNEY_TEMPLATE_KEYS, ZJourneyDoc } from './contracts.js';
import { ZJourneyLiveQuery } from './live-contracts.js';

/** A name in both languages, as responses carry it. */
const zNames = z.object({ vi: z.string(), en: z.string() });

/** A model to start a map from, as the template picker shows it. */
export const ZJourneyTemplate = z.object({
  key: z.enum(JOURNEY_TEMPLATE_KEYS),
  name: zNames,
  description: zNames,
  stages: z.array(zNames),
});
export type JourneyTemplate = z.infer<typeof ZJourneyTemplate>;

/** Restoring a saved version: `version` is the map's current version (the restore is a save). */
export const ZJourneyRestore = z.object({ version: z.number().int().min(1) });
export const ZJourneyVersionParams = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(1_000_000_000) });
export const ZJourneyShareParams = z.object({ id: z.uuid(), shareId: z.uuid() });
export const ZJourneyShareToken = z.object({ token: z.string().min(20).max(64).regex(/^[A-Za-z0-9]+$/) });
/** `from`/`to` (workspace days, both or neither) print the live figures of that period; `personaId` narrows them to a persona. */
export const ZJourneyExportQuery = z
  .object({
    lang: z.enum(['vi', 'en']).default('vi'),
    from: ZJourneyLiveQuery.shape.from.optional(),
    to: ZJourneyLiveQuery.shape.to.optional(),
    personaId: z.uuid().optional(),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: 'Give both `from` and `to`, or neither', path: ['from'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] })
  .refine((q) => q.personaId === undefined || q.from !== undefined, { message: 'A persona needs a period', path: ['personaId'] });

/** What a conflicting save is told: the map's current version, and who saved it when. */
export const ZJourneyConflict = z.object({
  version: z.number().int(),
  updatedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  updatedAt: z.string(),
});
export type JourneyConflict = z.infer<typeof ZJourneyConflict>;

/**
 * A map as its read-only link shows it: the document with every name it refers to resolved, and
 * nothing else of the workspace (no member, no customer).
 */
export const ZPublicJourney = z.object({
  name: z.string(),
  description: z.string(),
  kind: z.enum(JOURNEY_KINDS),
  workspaceName: z.string(),
  persona: z.object({ name: z.string() }).nullable(),
  doc: ZJourneyDoc,
  /** Linked touchpoints by id: their current name and channel. A deleted one is missing (show the item's own name). */
  touchpoints: z.record(z.string(), z.object({ name: z.string(), channel: z.enum(CHANNELS) })),
  /** Departments named as owners, by id. */
  departments: z.record(z.string(), z.object({ nameVi: z.string(), nameEn: z.string() })),
  /** Whether the link may also show the live figures. */
  withLive: z.boolean(),
  updatedAt: z.string(),
});
export type PublicJourney = z.infer<typeof ZPublicJourney>;
