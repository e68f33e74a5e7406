import { CASE_CHANNELS, SCORE_METRICS, type CaseChannel, type ScoreMetric } from '@footprint/core';
import { Group, MultiSelect, NumberInput, Select, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRuleSurveys, useRuleTouchpoints } from '../hooks';
import { SCORE_RANGES, type ConditionsDraft } from '../lib/conditions';

const isMetric = (v: string | null): v is ScoreMetric => SCORE_METRICS.some((m) => m === v);
const isChannel = (v: string): v is CaseChannel => CASE_CHANNELS.some((c) => c === v);

/**
 * The conditions of a trigger or a routing rule: a score against a cut-off, where the feedback was
 * given (touchpoints, surveys, channels), words in the comment and a customer trait.
 */
export function ConditionsBuilder({ draft, onChange, disabled }: { draft: ConditionsDraft; onChange: (d: ConditionsDraft) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const touchpoints = useRuleTouchpoints();
  const surveys = useRuleSurveys();
  const range = SCORE_RANGES[draft.score.metric];
  const set = (patch: Partial<ConditionsDraft>) => onChange({ ...draft, ...patch });
  // Keep chosen items that are not in the loaded list (deleted since) visible, so they can be removed.
  const withChosen = (items: { value: string; label: string }[], chosen: string[]) => [
    ...items,
    ...chosen.filter((id) => !items.some((i) => i.value === id)).map((id) => ({ value: id, label: t('supportSettings.summary.unknown') })),
  ];

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('supportSettings.conditions.lead')}
      </Text>
      <Stack gap={6}>
        <Switch label={t('supportSettings.conditions.scoreOn')} checked={draft.score.on} disabled={disabled} onChange={(e) => set({ score: { ...draft.score, on: e.currentTarget.checked } })} />
        {draft.score.on && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('supportSettings.conditions.metric')}
              allowDeselect={false}
              value={draft.score.metric}
              disabled={disabled}
              onChange={(v) => isMetric(v) && set({ score: { ...draft.score, metric: v } })}
              data={SCORE_METRICS.map((m) => ({ value: m, label: t(`supportSettings.metrics.${m}`) }))}
              w={110}
            />
            <Select
              label={t('supportSettings.conditions.op')}
              allowDeselect={false}
              value={draft.score.op}
              disabled={disabled}
              onChange={(v) => (v === 'lte' || v === 'gte') && set({ score: { ...draft.score, op: v } })}
              data={(['lte', 'gte'] as const).map((o) => ({ value: o, label: t(`supportSettings.ops.${o}`) }))}
              w={150}
            />
            <NumberInput
              label={t('supportSettings.conditions.value')}
              description={t('supportSettings.conditions.scale', range)}
              min={range.min}
              max={range.max}
              allowDecimal={false}
              value={draft.score.value}
              disabled={disabled}
              onChange={(value) => set({ score: { ...draft.score, value } })}
              w={140}
            />
          </Group>
        )}
      </Stack>
      <MultiSelect
        label={t('supportSettings.conditions.touchpoints')}
        placeholder={draft.touchpointIds.length ? undefined : t('supportSettings.conditions.touchpointsPlaceholder')}
        searchable
        clearable
        disabled={disabled}
        value={draft.touchpointIds}
        onChange={(touchpointIds) => set({ touchpointIds })}
        data={withChosen((touchpoints.data?.items ?? []).map((tp) => ({ value: tp.id, label: tp.name })), draft.touchpointIds)}
        maxValues={50}
      />
      <MultiSelect
        label={t('supportSettings.conditions.surveys')}
        placeholder={draft.surveyIds.length ? undefined : t('supportSettings.conditions.surveysPlaceholder')}
        searchable
        clearable
        disabled={disabled}
        value={draft.surveyIds}
        onChange={(surveyIds) => set({ surveyIds })}
        data={withChosen((surveys.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })), draft.surveyIds)}
        maxValues={50}
      />
      <MultiSelect
        label={t('supportSettings.conditions.channels')}
        placeholder={draft.channels.length ? undefined : t('supportSettings.conditions.channelsPlaceholder')}
        clearable
        disabled={disabled}
        value={draft.channels}
        onChange={(v) => set({ channels: v.filter(isChannel) })}
        data={CASE_CHANNELS.map((c) => ({ value: c, label: t(`supportSettings.channels.${c}`) }))}
      />
      <TagsInput
        label={t('supportSettings.conditions.words')}
        description={t('supportSettings.conditions.wordsHint')}
        placeholder={t('supportSettings.conditions.wordsPlaceholder')}
        disabled={disabled}
        value={draft.words}
        onChange={(words) => set({ words })}
        maxTags={50}
        clearable
        splitChars={[',']}
      />
      <Stack gap={6}>
        <Switch
          label={t('supportSettings.conditions.segmentOn')}
          checked={draft.segment.on}
          disabled={disabled}
          onChange={(e) => set({ segment: { ...draft.segment, on: e.currentTarget.checked } })}
        />
        {draft.segment.on && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              label={t('supportSettings.conditions.trait')}
              placeholder={t('supportSettings.conditions.traitPlaceholder')}
              value={draft.segment.trait}
              maxLength={80}
              disabled={disabled}
              onChange={(e) => set({ segment: { ...draft.segment, trait: e.currentTarget.value } })}
              w={160}
            />
            <Select
              label={t('supportSettings.conditions.segmentOp')}
              allowDeselect={false}
              value={draft.segment.op}
              disabled={disabled}
              onChange={(v) => (v === 'eq' || v === 'contains') && set({ segment: { ...draft.segment, op: v } })}
              data={(['eq', 'contains'] as const).map((o) => ({ value: o, label: t(`supportSettings.segmentOps.${o}`) }))}
              w={130}
            />
            <TextInput
              label={t('supportSettings.conditions.segmentValue')}
              value={draft.segment.value}
              maxLength={200}
              disabled={disabled}
              onChange={(e) => set({ segment: { ...draft.segment, value: e.currentTarget.value } })}
              style={{ flex: 1, minWidth: 160 }}
            />
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
