import { foldForSearch } from '@footprint/core';
import type { EventRow } from './queries/insert-events.js';

/** The contact traits Footprint keeps in columns (the rest stay in `traits`). */
export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
  gender: string | null;
  birthday: string | null;
  province: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.normalize('NFC').trim() : typeof v === 'number' ? String(v) : null);
const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Segment's reserved traits, with the spellings Vietnamese systems commonly send. */
export function contactOf(traits: Record<string, unknown>): Contact {
  const address = obj(traits.address);
  const first = str(traits.firstName ?? traits.first_name);
  const last = str(traits.lastName ?? traits.last_name);
  // Vietnamese order: family name first.
  const joined = [last, first].filter(Boolean).join(' ') || null;
  return {
    name: str(traits.name) ?? joined,
    email: str(traits.email)?.toLowerCase() ?? null,
    phone: str(traits.phone),
    gender: str(traits.gender),
    birthday: str(traits.birthday),
    province: str(traits.province ?? traits.city ?? address.city ?? address.state),
  };
}

export function searchText(userId: string, c: Contact): string {
  return foldForSearch([c.name, c.email, c.phone, userId].filter(Boolean).join(' '));
}

const key = (workspaceId: string, id: string) => `${workspaceId}\u0001${id}`;

export interface IdentityPlan {
  /** Known users seen in the group, with the span of their activity. */
  users: Map<string, { workspaceId: string; userId: string; first: string; last: string }>;
  /** Anonymous ids seen together with a user id: they are that customer (the latest pairing wins). */
  links: Map<string, { workspaceId: string; anonymousId: string; userId: string }>;
  /** alias(previousId → userId), in order. */
  aliases: { workspaceId: string; previousId: string; userId: string }[];
  /** identify traits, oldest first. */
  traits: { workspaceId: string; userId: string; traits: Record<string, unknown>; at: string }[];
  /** Latest activity of anonymous ids without a user id in the same message. */
  anonymousSeen: Map<string, { workspaceId: string; anonymousId: string; last: string }>;
}

/** What a group of newly stored events says about who is who. Pure: no I/O. */
export function planIdentity(rows: readonly EventRow[]): IdentityPlan {
  const plan: IdentityPlan = { users: new Map(), links: new Map(), aliases: [], traits: [], anonymousSeen: new Map() };
  const ordered = [...rows].sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
  for (const r of ordered) {
    if (r.userId) {
      const k = key(r.workspaceId, r.userId);
      const u = plan.users.get(k);
      if (!u) plan.users.set(k, { workspaceId: r.workspaceId, userId: r.userId, first: r.timestamp, last: r.timestamp });
      else u.last = r.timestamp;
      if (r.anonymousId) plan.links.set(key(r.workspaceId, r.anonymousId), { workspaceId: r.workspaceId, anonymousId: r.anonymousId, userId: r.userId });
      if (r.type === 'identify' && r.traits) {
        const traits = obj(JSON.parse(r.traits));
        if (Object.keys(traits).length > 0) plan.traits.push({ workspaceId: r.workspaceId, userId: r.userId, traits, at: r.timestamp });
      }
      if (r.type === 'alias') {
        const previousId = str(obj(JSON.parse(r.properties)).previousId);
        if (previousId && previousId !== r.userId) plan.aliases.push({ workspaceId: r.workspaceId, previousId, userId: r.userId });
      }
    } else if (r.anonymousId) {
      plan.anonymousSeen.set(key(r.workspaceId, r.anonymousId), { workspaceId: r.workspaceId, anonymousId: r.anonymousId, last: r.timestamp });
    }
  }
  return plan;
}
