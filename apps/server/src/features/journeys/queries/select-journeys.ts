import { eq, and, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/database.js';
import { journeys, personas, users } from '../../../db/schema.js';

const currentState = alias(journeys, 'current_state');

/** Maps with the names they refer to (persona, current-state map, last editor) and the page's total. */
export const selectJourneys = (db: Db) =>
  db
    .select({
      j: journeys,
      personaName: personas.name,
      currentStateName: currentState.name,
      updaterName: users.name,
      total: sql<number>`count(*) over()`.mapWith(Number),
    })
    .from(journeys)
    .leftJoin(personas, and(eq(personas.workspaceId, journeys.workspaceId), eq(personas.id, journeys.personaId)))
    .leftJoin(currentState, and(eq(currentState.workspaceId, journeys.workspaceId), eq(currentState.id, journeys.currentStateId)))
    .leftJoin(users, eq(users.id, journeys.updatedBy));

export type JourneyRow = Awaited<ReturnType<ReturnType<typeof selectJourneys>['execute']>>[number];
