import { canImportFootprints } from '@footprint/core';
import { useSession } from '../../workspace';

/** Whether the signed-in member may import files (owner, admin, analyst). */
export function useCanImport(): boolean {
  const { role } = useSession();
  return canImportFootprints({ kind: 'member', role });
}
