import { foldForSearch } from '../text/normalize.js';
import type { AssignmentMode, CaseConditions, CaseFacts } from './rule-contracts.js';

/** Letters and digits only, single spaces: so words match whole, whatever the punctuation around them. */
const wordsOf = (s: string): string => ` ${foldForSearch(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** A trait by flat key ("tier") or dotted path ("address.city"), as text; null when missing or not a scalar. */
function traitText(traits: Record<string, unknown>, key: string): string | null {
  let v: unknown = key in traits ? traits[key] : undefined;
  if (v === undefined) {
    v = key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[k] : undefined), traits);
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/**
 * Whether facts meet every condition that is set (AND; a list holds when any item does; empty is
 * "any"). Words and trait values compare folded (case and diacritics ignored, "đ" = "d"); a word
 * or phrase must stand whole in the comment ("lỗi" finds "bị LOI rồi", not "giỏi").
 */
export function matchConditions(c: CaseConditions, facts: CaseFacts): boolean {
  if (c.score) {
    const v = facts.scores[c.score.metric];
    if (v === undefined || !Number.isFinite(v)) return false;
    if (c.score.op === 'lte' ? v > c.score.value : v < c.score.value) return false;
  }
  if (c.touchpointIds.length > 0 && (!facts.touchpointId || !c.touchpointIds.includes(facts.touchpointId))) return false;
  if (c.surveyIds.length > 0 && (!facts.surveyId || !c.surveyIds.includes(facts.surveyId))) return false;
  if (c.channels.length > 0 && (!facts.channel || !(c.channels as readonly string[]).includes(facts.channel))) return false;
  if (c.words.length > 0) {
    const text = wordsOf(facts.comment);
    const any = c.words.some((w) => {
      const folded = wordsOf(w);
      return folded.trim() !== '' && text.includes(folded);
    });
    if (!any) return false;
  }
  if (c.segment) {
    const v = traitText(facts.traits, c.segment.trait);
    if (v === null) return false;
    const have = foldForSearch(v);
    const want = foldForSearch(c.segment.value);
    if (c.segment.op === 'eq' ? have !== want : !have.includes(want)) return false;
  }
  return true;
}

/** The first enabled rule (by position) whose conditions the facts meet, or null. */
export function firstMatch<R extends { enabled: boolean; position: number; conditions: CaseConditions }>(rules: readonly R[], facts: CaseFacts): R | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  return ordered.find((r) => r.enabled && matchConditions(r.conditions, facts)) ?? null;
}

export interface AgentLoad {
  id: string;
  onShift: boolean;
  /** When they were last given a case; null = never (first in turn). */
  lastAssignedAt: Date | null;
  openCases: number;
}

const byTurn = (a: AgentLoad, b: AgentLoad): number => {
  const ta = a.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const tb = b.lastAssignedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * Who in a department gets a new case: only agents on shift. Round robin: the one given a case
 * longest ago (never first; ties by id, so the choice is stable). Least loaded: fewest open cases,
 * ties by round robin. Manual: nobody (the case waits in the department's queue).
 */
export function pickAgent(mode: AssignmentMode, agents: readonly AgentLoad[]): string | null {
  if (mode === 'manual') return null;
  const on = agents.filter((a) => a.onShift);
  if (on.length === 0) return null;
  const sorted = [...on].sort(mode === 'least_loaded' ? (a, b) => a.openCases - b.openCases || byTurn(a, b) : byTurn);
  return sorted[0]!.id;
}
