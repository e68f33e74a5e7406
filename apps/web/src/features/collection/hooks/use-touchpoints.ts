import type { Touchpoint, TouchpointInput, TouchpointList, TouchpointRulesInput } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createTouchpoint, deleteTouchpoint, listTouchpoints, listUnmatched, previewRules, reorderTouchpoints, updateTouchpoint } from '../api';
import { ck } from '../query-keys';

/**
 * The workspace's touchpoints with placement progress. While past events are being re-placed the
 * list refreshes itself (live `job.progress` messages also refresh it when the stream is up).
 */
export function useTouchpoints() {
  return useQuery({
    queryKey: ck.touchpoints,
    queryFn: listTouchpoints,
    staleTime: 15_000,
    refetchInterval: (q) => {
      const state = q.state.data?.placement.state;
      return state === 'queued' || state === 'running' ? 2_000 : false;
    },
  });
}

/** Touchpoint names by id, for lists of events. */
export function useTouchpointNames(): Map<string, Touchpoint> {
  const { data } = useTouchpoints();
  return useMemo(() => new Map((data?.items ?? []).map((t) => [t.id, t])), [data]);
}

export function useUnmatched(days: number) {
  return useQuery({ queryKey: ck.unmatched(days), queryFn: () => listUnmatched(days), placeholderData: keepPreviousData });
}

/** How rules would place the latest events; runs once the form has settled. */
export function useRulesPreview(rules: TouchpointRulesInput | null) {
  return useQuery({
    queryKey: ck.preview(rules),
    queryFn: () => previewRules(rules!),
    enabled: rules !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ck.touchpoints });
    void qc.invalidateQueries({ queryKey: ['collection', 'events'] });
  };
}

export function useSaveTouchpoint() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (v: { id: string | null; input: TouchpointInput }) => (v.id ? updateTouchpoint(v.id, v.input) : createTouchpoint(v.input)),
    onSuccess: invalidate,
  });
}

export function useDeleteTouchpoint() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => deleteTouchpoint(id), onSettled: invalidate });
}

/** Moves touchpoints in the placement order; the list shows the new order at once. */
export function useReorderTouchpoints() {
  const qc = useQueryClient();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (ids: string[]) => reorderTouchpoints(ids),
    onMutate: async (ids) => {
      await qc.cancelQueries({ queryKey: ck.touchpoints });
      const before = qc.getQueryData<TouchpointList>(ck.touchpoints);
      if (before) {
        const byId = new Map(before.items.map((t) => [t.id, t]));
        qc.setQueryData<TouchpointList>(ck.touchpoints, { ...before, items: ids.map((id) => byId.get(id)).filter((t): t is Touchpoint => t !== undefined) });
      }
      return { before };
    },
    onError: (_e, _ids, ctx) => {
      if (ctx?.before) qc.setQueryData(ck.touchpoints, ctx.before);
    },
    onSettled: invalidate,
  });
}
