import { escapeLike, foldForSearch, NPS_GROUPS, type NpsGroup, type ResponseFilters } from '@footprint/core';
import type { RawQuery } from '../../../db/database.js';
import { findCustomerIdentities } from '../../collection/index.js';

/** The most words of a text search that are matched; more add nothing useful and cost scans. */
const MAX_WORDS = 10;

const isNpsGroup = (g: string): g is NpsGroup => (NPS_GROUPS as readonly string[]).includes(g);

/** A WHERE clause over `responses r` built with numbered parameters. */
export class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];
  /** Adds a parameter and returns its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  add(clause: string): void {
    this.clauses.push(clause);
  }
  get sql(): string {
    return this.clauses.join(' and ');
  }
}

/**
 * The responses the filters pick, within the workspace. Days are the workspace's calendar days
 * (PostgreSQL converts them with its time zone, daylight saving included); `to` is included.
 * A customer is found under every identity they have (signed in or not).
 */
export async function responseWhere(q: RawQuery, workspaceId: string, f: ResponseFilters): Promise<Where> {
  const w = new Where();
  const ws = w.param(workspaceId);
  w.add(`r.workspace_id = ${ws}`);
  if (f.surveyId) w.add(`r.survey_id = ${w.param(f.surveyId)}`);
  if (f.touchpointId) w.add(`r.touchpoint_id = ${w.param(f.touchpointId)}`);
  if (f.channel) w.add(`r.channel = ${w.param(f.channel)}`);
  if (f.storeId) w.add(`r.store_id = ${w.param(f.storeId)}`);
  if (f.status) w.add(f.status === 'completed' ? 'r.completed_at is not null' : 'r.completed_at is null');
  if (f.scoreGroup) w.add(`${isNpsGroup(f.scoreGroup) ? 'r.nps_group' : 'r.score_group'} = ${w.param(f.scoreGroup)}`);
  const zone = `(select time_zone from workspaces where id = ${ws})`;
  if (f.from) w.add(`r.answered_at >= (${w.param(f.from)}::date)::timestamp at time zone ${zone}`);
  if (f.to) w.add(`r.answered_at < (${w.param(f.to)}::date + 1)::timestamp at time zone ${zone}`);
  // Every word typed must appear in the folded open answers: "ha noi" finds "Hà Nội".
  for (const word of foldForSearch(f.q ?? '').split(' ').filter(Boolean).slice(0, MAX_WORDS)) w.add(`r.search like ${w.param(`%${escapeLike(word)}%`)}`);
  if (f.customer) {
    const userId = f.customer.normalize('NFC');
    const ids = (await findCustomerIdentities(q, workspaceId, userId)) ?? { userIds: [userId], anonymousIds: [] };
    w.add(`(r.user_id = any(${w.param(ids.userIds)}::text[]) or (r.user_id is null and r.anonymous_id = any(${w.param(ids.anonymousIds)}::text[])))`);
  }
  return w;
}
