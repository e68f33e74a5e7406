import type { KeyScope, Role } from './roles.js';

/**
 * Who is acting on a workspace: a signed-in member (by role) or a secret API key (by scope).
 * Write keys never reach the management API, so they have no actor here.
 */
export type Actor =
  | { kind: 'member'; role: Role }
  | { kind: 'key'; scope: KeyScope };

const rank: Record<Role, number> = { owner: 5, admin: 4, analyst: 3, agent: 2, viewer: 1 };

const isAdmin = (a: Actor): boolean =>
  a.kind === 'member' ? rank[a.role] >= rank.admin : a.scope === 'full';

/** Every member and every secret key may read the workspace's own settings and directory. */
export const canReadWorkspace = (_a: Actor): boolean => true;
export const canEditWorkspace = isAdmin;
export const canManageMembers = isAdmin;
export const canManageDepartments = isAdmin;
/** Keys are credentials: only people (owner/admin) create or revoke them, never another key. */
export const canManageKeys = (a: Actor): boolean => a.kind === 'member' && isAdmin(a);
export const canLoadDemo = isAdmin;
/** Building surveys and choosing where they run: CX managers (admins) and analysts. */
export const canManageSurveys = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');
/** Mapping events to touchpoints is analysts' work as much as admins'. */
export const canManageTouchpoints = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');
/** Exporting responses in bulk (they carry personal data): owners, admins and analysts, or a full secret key. */
export const canExportResponses = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');
/** Emailing customers a survey (campaigns, reminders, the unsubscribe list): what survey builders do. */
export const canSendSurveyEmails = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');
/** A personal link answers as one customer: made by those who build surveys. */
export const canMakePersonalLinks = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');
/** Importing offline footprints (CSV/XLSX): owners, admins and analysts, or a full secret key. */
export const canImportFootprints = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');

/** Stores (shops, branches): the CX team's map of where customers come in person. */
export const canManageStores = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');
/** Registering, moving and unpairing kiosk tablets: the same people who decide where surveys run. */
export const canManageKiosks = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');

/** Drawing journey maps, sharing them read-only and restoring their versions: CX managers and analysts. */
export const canEditJourney = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : a.scope === 'full');
/** Personas and the customer rule each covers: the same people who draw the maps. */
export const canManagePersonas = canEditJourney;

/**
 * Only an owner may create or remove another owner; admins manage everyone below owner.
 * (An admin cannot promote itself or anyone to owner.)
 */
export function canAssignRole(a: Actor, from: Role | null, to: Role): boolean {
  if (!canManageMembers(a)) return false;
  if (a.kind === 'key') return to !== 'owner' && from !== 'owner';
  if (a.role === 'owner') return true;
  return to !== 'owner' && from !== 'owner';
}

/**
 * Support. Agents work the cases of their own department (and any given to them or asked of their
 * department by a hand-off); analysts, admins and owners see every case. Viewers see no case (cases
 * carry customers' personal data) but read the KPIs like any dashboard.
 */
export const canWorkCases = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.agent : a.scope === 'full');
export const canReadCases = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.agent : true);
/** Whether an actor sees every department's cases rather than its own department's. */
export const canSeeAllCases = (a: Actor): boolean => (a.kind === 'member' ? rank[a.role] >= rank.analyst : true);
/** Case rules, routing, assignment modes, SLA targets and the support calendar: admins (the CX lead). */
export const canManageSupport = isAdmin;
export const canReadSupportKpis = (_a: Actor): boolean => true;
/** Alerts and their email preferences are a member's own: an API key has none to read or change. */
export const canHaveAlerts = (a: Actor): boolean => a.kind === 'member';
