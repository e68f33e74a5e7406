import type { RawQuery } from '../../../../db/database.js';

/** Which of these messageIds the workspace already holds (rows of a file imported before). */
export async function existingMessages(q: RawQuery, workspaceId: string, messageIds: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < messageIds.length; i += 10_000) {
    const r = await q<{ message_id: string }>('select message_id from events where workspace_id = $1 and message_id = any($2::text[])', [workspaceId, messageIds.slice(i, i + 10_000)]);
    for (const x of r.rows) found.add(x.message_id);
  }
  return found;
}
