import type { AlertPreferences } from '@footprint/core';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { getAlertPreferences, listNotifications, markNotificationsRead, saveAlertPreferences } from './api';

export const alertKeys = {
  all: ['alerts'] as const,
  list: (pageSize: number) => ['alerts', 'list', pageSize] as const,
  preferences: ['alerts', 'preferences'] as const,
};

/** A member's alerts changed (new ones, or read elsewhere): the bell refetches. */
export function notificationsChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: alertKeys.all, predicate: (q) => q.queryKey[1] === 'list' });
}

export function useNotifications(pageSize: number) {
  return useQuery({ queryKey: alertKeys.list(pageSize), queryFn: () => listNotifications({ page: 1, pageSize }) });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: () => notificationsChanged(qc),
  });
}

export function useAlertPreferences() {
  return useQuery({ queryKey: alertKeys.preferences, queryFn: getAlertPreferences });
}

export function useSaveAlertPreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: AlertPreferences) => saveAlertPreferences(p),
    onSuccess: (saved) => qc.setQueryData(alertKeys.preferences, saved),
  });
}
