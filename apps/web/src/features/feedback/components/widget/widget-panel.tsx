import type { Survey } from '@footprint/core';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormSkeleton, QueryError } from '../../../../components/query-state';
import { useSurveyWidget } from '../../widget-hooks';
import { FrequencyCapCard } from './frequency-cap-card';
import { WidgetInstall } from './widget-install';
import { WidgetSettingsForm } from './widget-settings-form';
import { WidgetStats } from './widget-stats';

/** The builder's "Channel: web widget" tab: when the widget asks, how it went, the cap, and how to install it. */
export function WidgetPanel({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const widget = useSurveyWidget(survey.id);
  if (widget.isError) return <QueryError error={widget.error} onRetry={() => void widget.refetch()} />;
  if (widget.isPending) return <FormSkeleton fields={6} />;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('widget.intro')}
      </Text>
      {/* Keyed by what was saved: a change from elsewhere (live update) restarts the form. */}
      <WidgetSettingsForm key={JSON.stringify(widget.data.settings)} survey={survey} saved={widget.data.settings} />
      <WidgetStats stats={widget.data.stats} />
      <FrequencyCapCard />
      <WidgetInstall events={widget.data.settings.triggers.events} />
    </Stack>
  );
}
