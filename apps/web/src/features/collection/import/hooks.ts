import type { ImportMappingInput, ImportQuery } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteImport, getImport, listImportErrors, listImports, runImport, saveMapping } from './api';

/** Cache keys of imports; a finished import job marks them stale. */
export const ik = {
  all: ['imports'] as const,
  list: (q: Partial<ImportQuery>) => ['imports', 'list', q] as const,
  one: (id: string) => ['imports', 'one', id] as const,
  errors: (id: string, page: number) => ['imports', 'errors', id, page] as const,
};

export const useImports = (q: Partial<ImportQuery>) => useQuery({ queryKey: ik.list(q), queryFn: () => listImports(q), placeholderData: keepPreviousData });
export const useImport = (id: string | null) => useQuery({ queryKey: ik.one(id ?? 'none'), queryFn: () => getImport(id!), enabled: id !== null });
export const useImportErrors = (id: string, page: number, pageSize: number, enabled: boolean) =>
  useQuery({ queryKey: ik.errors(id, page), queryFn: () => listImportErrors(id, page, pageSize), enabled, placeholderData: keepPreviousData });

export function useSaveMapping(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (m: ImportMappingInput) => saveMapping(id, m),
    onSuccess: (imp) => {
      qc.setQueryData(ik.one(id), imp);
      void qc.invalidateQueries({ queryKey: ['imports', 'errors', id] });
      void qc.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

export function useRunImport(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => runImport(id),
    onSuccess: (r) => {
      qc.setQueryData(ik.one(id), r.import);
      void qc.invalidateQueries({ queryKey: ['imports', 'list'] });
    },
  });
}

export function useDeleteImport() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteImport, onSuccess: () => void qc.invalidateQueries({ queryKey: ik.all }) });
}
