import type { CaseConditions } from '@footprint/core';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRuleSurveys, useRuleTouchpoints } from '../hooks';

/** A rule's conditions in plain words: "NPS ≤ 6 · tại Giao hàng · có từ “trễ”, “hỏng”". */
export function ConditionsSummary({ conditions }: { conditions: CaseConditions }) {
  const { t } = useTranslation();
  const touchpoints = useRuleTouchpoints();
  const surveys = useRuleSurveys();
  const nameOf = (list: { id: string; name: string }[] | undefined, id: string) => list?.find((x) => x.id === id)?.name ?? t('supportSettings.summary.unknown');
  const parts: string[] = [];
  const c = conditions;
  if (c.score) parts.push(`${t(`supportSettings.metrics.${c.score.metric}`)} ${t(`supportSettings.opSymbols.${c.score.op}`)} ${c.score.value}`);
  if (c.touchpointIds.length) parts.push(t('supportSettings.summary.touchpoints', { names: c.touchpointIds.map((id) => nameOf(touchpoints.data?.items, id)).join(', ') }));
  if (c.surveyIds.length) parts.push(t('supportSettings.summary.surveys', { names: c.surveyIds.map((id) => nameOf(surveys.data?.items, id)).join(', ') }));
  if (c.channels.length) parts.push(t('supportSettings.summary.channels', { names: c.channels.map((ch) => t(`supportSettings.channels.${ch}`)).join(', ') }));
  if (c.words.length) parts.push(t('supportSettings.summary.words', { words: c.words.map((w) => `“${w}”`).join(', ') }));
  if (c.segment) parts.push(t('supportSettings.summary.segment', { trait: c.segment.trait, op: t(`supportSettings.segmentOps.${c.segment.op}`), value: c.segment.value }));
  return (
    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {parts.length ? parts.join(' · ') : t('supportSettings.summary.any')}
    </Text>
  );
}
