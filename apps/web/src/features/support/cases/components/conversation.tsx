import type { CaseMessage } from '@footprint/core';
import { Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconLock, IconMail, IconSettingsAutomation } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../components/query-state';
import { useFormat } from '../../../workspace';
import { useMessages } from '../hooks';

const DELIVERY_COLOR = { queued: 'gray', sent: 'teal', failed: 'red' } as const;

/** The body with each @mention of a member picked out. */
function Body({ m }: { m: CaseMessage }) {
  if (m.mentions.length === 0) return <>{m.body}</>;
  const names = m.mentions.map((x) => `@${x.name}`).sort((a, b) => b.length - a.length);
  const parts: { text: string; mention: boolean }[] = [];
  let rest = m.body;
  while (rest) {
    let at = -1;
    let hit = '';
    for (const n of names) {
      const i = rest.indexOf(n);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        hit = n;
      }
    }
    if (at < 0) {
      parts.push({ text: rest, mention: false });
      break;
    }
    if (at > 0) parts.push({ text: rest.slice(0, at), mention: false });
    parts.push({ text: hit, mention: true });
    rest = rest.slice(at + hit.length);
  }
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {p.mention ? (
            <Text span fw={600} c="orange.8">
              {p.text}
            </Text>
          ) : (
            p.text
          )}
        </Fragment>
      ))}
    </>
  );
}

/** Replies to the customer, internal notes and system lines, oldest first; notes look unmistakably internal. */
export function Conversation({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const messages = useMessages(caseId);
  if (messages.isError) return <QueryError error={messages.error} onRetry={() => void messages.refetch()} />;
  if (messages.isPending) {
    return (
      <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
        <Skeleton height={64} radius="md" />
        <Skeleton height={64} radius="md" />
      </Stack>
    );
  }
  if (messages.data.length === 0) {
    return (
      <Text size="sm" c="dimmed" ta="center" py="md">
        {t('supportInbox.conversation.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('supportInbox.conversation.label')}>
      {messages.data.map((m) =>
        m.kind === 'system' ? (
          <Group component="li" key={m.id} gap={6} justify="center" data-message-kind="system">
            <IconSettingsAutomation size={14} aria-hidden color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed" ta="center" style={{ whiteSpace: 'pre-wrap' }}>
              {m.body} · {fmt.dateTime(m.createdAt)}
            </Text>
          </Group>
        ) : (
          <Paper
            component="li"
            key={m.id}
            withBorder
            p="sm"
            radius="md"
            data-message-kind={m.kind}
            bg={m.kind === 'note' ? 'var(--mantine-color-yellow-light)' : undefined}
            style={m.kind === 'note' ? { borderStyle: 'dashed', borderColor: 'var(--mantine-color-yellow-6)' } : { borderLeft: '3px solid var(--mantine-color-blue-filled)' }}
          >
            <Group justify="space-between" gap="xs" mb={4} wrap="wrap">
              <Group gap={6}>
                {m.kind === 'note' ? <IconLock size={14} aria-hidden /> : <IconMail size={14} aria-hidden />}
                <Text size="sm" fw={600}>
                  {m.author?.name ?? t('supportInbox.audit.system')}
                </Text>
                <Badge size="xs" variant="light" color={m.kind === 'note' ? 'yellow' : 'blue'} tt="none">
                  {m.kind === 'note' ? t('supportInbox.conversation.note') : t('supportInbox.conversation.reply')}
                </Badge>
                {m.delivery && (
                  <Badge size="xs" variant="dot" color={DELIVERY_COLOR[m.delivery.status]} tt="none" title={m.delivery.error ?? undefined} data-delivery={m.delivery.status}>
                    {t(`supportInbox.conversation.delivery.${m.delivery.status}`)}
                  </Badge>
                )}
                {m.kind === 'reply' && !m.delivery && (
                  <Badge size="xs" variant="dot" color="gray" tt="none">
                    {t('supportInbox.conversation.delivery.none')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {fmt.dateTime(m.createdAt)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Body m={m} />
            </Text>
            {m.delivery?.status === 'failed' && m.delivery.error && (
              <Text size="xs" c="red" mt={4}>
                {t('supportInbox.conversation.failedWhy', { error: m.delivery.error })}
              </Text>
            )}
          </Paper>
        ),
      )}
    </Stack>
  );
}
