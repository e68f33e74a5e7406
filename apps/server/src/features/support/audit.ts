import type { Db } from '../../db/database.js';
import { caseAudit } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';

export interface AuditBy {
  workspaceId: string;
  caseId: string;
  /** The member who made the change, or null for an automation. */
  actorId: string | null;
  /** What made it when no person did: a rule's name, "SLA", "system". */
  automation?: string | null;
}
export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** Writes who changed what on a case, in the change's own transaction; unchanged fields are skipped. */
export async function recordChanges(tx: Db, by: AuditBy, changes: readonly FieldChange[]): Promise<void> {
  const real = changes.filter((c) => c.from !== c.to);
  if (real.length === 0) return;
  const at = new Date();
  await tx.insert(caseAudit).values(
    real.map((c) => ({
      workspaceId: by.workspaceId,
      id: newId(),
      caseId: by.caseId,
      actorId: by.actorId,
      automation: by.automation ?? null,
      field: c.field,
      oldValue: c.from,
      newValue: c.to,
      at,
    })),
  );
}
