import { Anchor, Badge, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconLifebuoy, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { departmentName, useFormat } from '../../workspace';
import type { SupportEntry } from '../lib/support-entries';

export function SupportEntryIcon({ kind }: { kind: SupportEntry['kind'] }) {
  return (
    <ThemeIcon variant="light" color={kind === 'case' ? 'orange' : 'blue'} radius="xl" size="md">
      {kind === 'case' ? <IconLifebuoy size={16} aria-hidden /> : <IconMailForward size={16} aria-hidden />}
    </ThemeIcon>
  );
}

/** A support case opened for the customer, or a reply sent to them, as a timeline line linking to its case. */
export function SupportEntryBody({ entry }: { entry: SupportEntry }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const caseRef = entry.kind === 'case' ? entry.c : entry.r.case;
  return (
    <Stack gap={2} pb="md" style={{ flex: 1, minWidth: 0 }}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {entry.kind === 'case' ? t('supportInbox.timeline.case', { number: caseRef.number }) : t('supportInbox.timeline.reply', { number: caseRef.number })}
          <Text span size="xs" c="dimmed" fw={400} ml={8}>
            {t('supportInbox.timeline.kind')}
          </Text>
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>
        </Text>
      </Group>
      <Anchor component={Link} to={`/support/cases/${caseRef.id}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {caseRef.subject}
      </Anchor>
      {entry.kind === 'case' ? (
        <Group gap={6}>
          <Badge size="xs" variant="light" tt="none">
            {t(`supportInbox.status.${entry.c.status}`)}
          </Badge>
          {entry.c.department && (
            <Text size="xs" c="dimmed">
              {departmentName(entry.c.department, fmt.locale)}
            </Text>
          )}
        </Group>
      ) : (
        <>
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
            {entry.r.body}
          </Text>
          <Text size="xs" c="dimmed">
            {[entry.r.author?.name, entry.r.delivery ? t(`supportInbox.conversation.delivery.${entry.r.delivery}`) : t('supportInbox.conversation.delivery.none')].filter(Boolean).join(' · ')}
          </Text>
        </>
      )}
    </Stack>
  );
}
