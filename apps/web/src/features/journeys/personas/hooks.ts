import { canManagePersonas, type Persona, type PersonaPatch, type PersonaQuery, type PersonaRule } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSession } from '../../workspace';
import { createPersona, deletePersona, duplicatePersona, getPersona, listPersonas, patchPersona, previewCoverage } from './api';

/** Cache keys of personas; live `personas.changed` messages mark them stale. */
export const pk = {
  all: ['journeys', 'personas'] as const,
  lists: ['journeys', 'personas', 'list'] as const,
  list: (q: Partial<PersonaQuery>) => ['journeys', 'personas', 'list', q] as const,
  one: (id: string) => ['journeys', 'personas', 'one', id] as const,
  coverage: (rule: PersonaRule) => ['journeys', 'personas', 'coverage', rule] as const,
};

/** Personas changed somewhere (another tab, another member): refetch lists, open personas and counts. */
export function personasChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: pk.all });
}

export const usePersonas = (q: Partial<PersonaQuery>) => useQuery({ queryKey: pk.list(q), queryFn: () => listPersonas(q), placeholderData: keepPreviousData });
export const usePersona = (id: string) => useQuery({ queryKey: pk.one(id), queryFn: () => getPersona(id) });
export const useCoveragePreview = (rule: PersonaRule | null) =>
  useQuery({ queryKey: pk.coverage(rule ?? { match: 'any', conditions: [] }), queryFn: () => previewCoverage(rule!), enabled: rule !== null, placeholderData: keepPreviousData });

/** Whether the signed-in member may edit personas (owner, admin, analyst). */
export function useCanManagePersonas(): boolean {
  const { role } = useSession();
  return canManagePersonas({ kind: 'member', role });
}

function usePersonaWrite<A, R extends Persona | void>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (p) => {
      if (p) qc.setQueryData(pk.one(p.id), p);
      void qc.invalidateQueries({ queryKey: pk.lists });
    },
  });
}

export const useCreatePersona = () => usePersonaWrite(createPersona);
export const usePatchPersona = () => usePersonaWrite(({ id, patch }: { id: string; patch: PersonaPatch }) => patchPersona(id, patch));
export const useDuplicatePersona = () => usePersonaWrite(duplicatePersona);
export const useDeletePersona = () => usePersonaWrite(deletePersona);
