import type { Touchpoint } from '@footprint/core';
import { Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import { isChannel } from './channel-badge';

/** A touchpoint's rules in words, one line per rule ("event: Đặt hàng or Mua hàng"). */
export function RulesSummary({ rules }: { rules: Touchpoint['rules'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const or = t('collection.touchpoints.summary.or');
  const value = (v: string | number | boolean | undefined) => (typeof v === 'number' ? fmt.number(v) : typeof v === 'boolean' ? t(v ? 'collection.values.yes' : 'collection.values.no') : `“${v ?? ''}”`);
  const lines: string[] = [];
  if (rules.types.length > 0) lines.push(t('collection.touchpoints.summary.types', { list: rules.types.map((x) => t(`collection.types.${x}`)).join(or) }));
  if (rules.events.length > 0) lines.push(t('collection.touchpoints.summary.events', { list: rules.events.map((e) => `“${e}”`).join(or) }));
  if (rules.channels.length > 0) lines.push(t('collection.touchpoints.summary.channels', { list: rules.channels.map((c) => (isChannel(c) ? t(`collection.touchpoints.channels.${c}`) : c)).join(or) }));
  for (const c of rules.conditions) {
    lines.push(
      c.op === 'exists'
        ? t('collection.touchpoints.summary.conditionExists', { property: c.property })
        : t('collection.touchpoints.summary.condition', { property: c.property, op: t(`collection.touchpoints.ops.${c.op}`), value: value(c.value) }),
    );
  }
  return (
    <Stack gap={2}>
      {rules.urlPattern !== null && (
        <Text size="xs">
          {t('collection.touchpoints.summary.url', { pattern: '' })}
          <Code>{rules.urlPattern}</Code>
        </Text>
      )}
      {lines.map((l) => (
        <Text key={l} size="xs" style={{ overflowWrap: 'anywhere' }}>
          {l}
        </Text>
      ))}
    </Stack>
  );
}
