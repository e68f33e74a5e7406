import type { FeedbackSettings, WidgetSettingsInput } from '@footprint/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sk } from './query-keys';
import { getFeedbackSettings, getSurveyWidget, patchFeedbackSettings, putSurveyWidget } from './widget-api';

/** Under the feedback keys, so live `surveys.changed` messages refresh them too. */
export const wk = {
  widget: (id: string) => [...sk.all, 'widget', id] as const,
  settings: [...sk.all, 'settings'] as const,
};

export const useSurveyWidget = (id: string) => useQuery({ queryKey: wk.widget(id), queryFn: () => getSurveyWidget(id) });
export const useFeedbackSettings = () => useQuery({ queryKey: wk.settings, queryFn: getFeedbackSettings });

export function usePutSurveyWidget(id: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (s: WidgetSettingsInput) => putSurveyWidget(id, s), onSuccess: (w) => qc.setQueryData(wk.widget(id), w) });
}

export function usePatchFeedbackSettings() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (p: Partial<FeedbackSettings>) => patchFeedbackSettings(p), onSuccess: (s) => qc.setQueryData(wk.settings, s) });
}
