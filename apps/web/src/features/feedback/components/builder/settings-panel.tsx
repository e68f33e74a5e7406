import { SURVEY_STATUSES } from '@footprint/core';
import { Card, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTouchpointOptions } from '../../hooks';
import type { Draft } from '../../lib/draft';

/** Name, status and the touchpoints where the survey listens. */
export function SettingsPanel({ draft, publicId, onChange }: { draft: Draft; publicId: string; onChange: (d: Draft) => void }) {
  const { t } = useTranslation();
  const touchpoints = useTouchpointOptions();
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <TextInput label={t('feedback.builder.name')} withAsterisk maxLength={120} value={draft.name} error={draft.name.trim() ? undefined : t('validation.required')} onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })} />
        <Select
          label={t('feedback.builder.status')}
          allowDeselect={false}
          value={draft.status}
          onChange={(v) => {
            const status = SURVEY_STATUSES.find((s) => s === v);
            if (status) onChange({ ...draft, status });
          }}
          data={SURVEY_STATUSES.map((s) => ({ value: s, label: t(`feedback.statuses.${s}`) }))}
          w={220}
        />
        <MultiSelect
          label={t('feedback.builder.touchpoints')}
          placeholder={t('feedback.builder.touchpointsPlaceholder')}
          data={touchpoints.data ?? []}
          value={draft.touchpointIds}
          onChange={(touchpointIds) => onChange({ ...draft, touchpointIds })}
          searchable
          clearable
        />
        <TextInput label={t('feedback.builder.publicId')} value={publicId} readOnly styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} w={320} />
      </Stack>
    </Card>
  );
}
