import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createDepartment, deleteDepartment, listDepartments, patchDepartment } from '../api';
import { qk } from '../query-keys';

export function useDepartments() {
  return useQuery({ queryKey: qk.departments, queryFn: listDepartments, staleTime: 30_000 });
}

export function useSaveDepartment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string | null; nameVi: string; nameEn: string }) =>
      v.id ? patchDepartment(v.id, { nameVi: v.nameVi, nameEn: v.nameEn }) : createDepartment(v),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: qk.departments });
      // Member rows show department names.
      void qc.invalidateQueries({ queryKey: qk.membersAll });
    },
  });
}

export function useDeleteDepartment() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteDepartment(id),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: qk.departments });
      void qc.invalidateQueries({ queryKey: qk.membersAll });
    },
  });
}
