import type { QueryClient } from '@tanstack/react-query';

/** The support setup changed somewhere (another admin, an agent's shift): refetch what shows it. */
export function supportSettingsChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: ['support', 'settings'] });
}
