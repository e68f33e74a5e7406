import type { AlertKind, Notification } from '@footprint/core';
import { ActionIcon, Alert, Anchor, Box, Button, Group, Indicator, Popover, ScrollArea, Skeleton, Stack, Text, ThemeIcon, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlarm, IconArrowsExchange, IconAt, IconBell, IconMoodSad, IconUserCheck, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../workspace';
import { useMarkRead, useNotifications } from './hooks';
import { alertSentence } from './sentence';

const KIND_ICON: Record<AlertKind, { icon: Icon; color: string }> = {
  negative_feedback: { icon: IconMoodSad, color: 'red' },
  sla_breach: { icon: IconAlarm, color: 'orange' },
  assigned: { icon: IconUserCheck, color: 'blue' },
  mention: { icon: IconAt, color: 'grape' },
  handoff: { icon: IconArrowsExchange, color: 'teal' },
};
const PAGE = 20;

/**
 * The bell in the header: the unread count (kept live by `notifications.changed`), and a list of
 * the member's alerts in their language; opening one marks it read and goes to its case.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [pageSize, setPageSize] = useState(PAGE);
  const list = useNotifications(pageSize);
  const unread = list.data?.unread ?? 0;
  const label = unread > 0 ? t('alerts.bell.unread', { count: unread }) : t('alerts.bell.label');
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md" withArrow trapFocus={false}>
      <Popover.Target>
        <Tooltip label={label} disabled={opened}>
          <Indicator label={unread > 99 ? '99+' : unread} size={16} color="red" disabled={unread === 0} offset={4}>
            <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} aria-haspopup="dialog" aria-expanded={opened} onClick={() => setOpened((o) => !o)} data-testid="notification-bell">
              <IconBell size={20} aria-hidden />
            </ActionIcon>
          </Indicator>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown p={0} role="dialog" aria-label={t('alerts.bell.title')}>
        <NotificationList list={list} onClose={() => setOpened(false)} onMore={() => setPageSize((n) => n + PAGE)} />
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationList({ list, onClose, onMore }: { list: ReturnType<typeof useNotifications>; onClose: () => void; onMore: () => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const mark = useMarkRead();
  const open = (n: Notification) => {
    if (!n.readAt) mark.mutate({ ids: [n.id] });
    onClose();
    void navigate(n.case ? `/support/cases/${n.case.id}` : '/support/inbox');
  };
  return (
    <Stack gap={0}>
      <Group justify="space-between" px="md" py="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text fw={600}>{t('alerts.bell.title')}</Text>
        <Button size="compact-xs" variant="subtle" disabled={!list.data || list.data.unread === 0} loading={mark.isPending} onClick={() => mark.mutate({ all: true })}>
          {t('alerts.bell.markAll')}
        </Button>
      </Group>
      {list.isPending ? (
        <Stack p="md" gap="sm" aria-busy>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} h={44} />
          ))}
        </Stack>
      ) : list.isError ? (
        <Alert m="md" color="red" variant="light" role="alert">
          <Group justify="space-between">
            <Text size="sm">{t('alerts.bell.error')}</Text>
            <Button size="compact-xs" variant="light" onClick={() => void list.refetch()}>
              {t('alerts.bell.retry')}
            </Button>
          </Group>
        </Alert>
      ) : list.data.items.length === 0 ? (
        <Stack p="lg" gap={4} align="center" ta="center">
          <IconBell size={28} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text fw={600}>{t('alerts.bell.empty')}</Text>
          <Text size="sm" c="dimmed">
            {t('alerts.bell.emptyBody')}
          </Text>
        </Stack>
      ) : (
        <ScrollArea.Autosize mah={420}>
          <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {list.data.items.map((n) => {
              const k = KIND_ICON[n.kind];
              return (
                <li key={n.id}>
                  <UnstyledButton
                    w="100%"
                    px="md"
                    py="sm"
                    onClick={() => open(n)}
                    data-unread={!n.readAt || undefined}
                    style={{ borderBottom: '1px solid var(--mantine-color-default-border)', background: n.readAt ? undefined : 'var(--mantine-color-blue-light)' }}
                  >
                    <Group gap="sm" wrap="nowrap" align="flex-start">
                      <ThemeIcon variant="light" color={k.color} radius="xl" size="md" aria-hidden>
                        <k.icon size={16} />
                      </ThemeIcon>
                      <Box style={{ minWidth: 0, flex: 1 }}>
                        <Text size="sm" fw={n.readAt ? 400 : 600}>
                          {alertSentence(n, t, i18n.language)}
                        </Text>
                        {n.case && (
                          <Text size="xs" c="dimmed" truncate>
                            {n.case.subject}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {t(`alerts.kinds.${n.kind}`)} · {fmt.dateTime(n.createdAt)}
                        </Text>
                      </Box>
                      {!n.readAt && <Box w={8} h={8} mt={6} bg="blue" style={{ borderRadius: 4, flex: 'none' }} aria-label={t('alerts.bell.unreadDot')} role="img" />}
                    </Group>
                  </UnstyledButton>
                </li>
              );
            })}
          </Stack>
          {list.data.total > list.data.items.length && (
            <Group justify="center" p="xs">
              <Button size="compact-sm" variant="subtle" onClick={onMore} loading={list.isFetching}>
                {t('alerts.bell.more')}
              </Button>
            </Group>
          )}
        </ScrollArea.Autosize>
      )}
      <Group justify="flex-end" px="md" py="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Anchor component={Link} to="/settings/notifications" size="sm" onClick={onClose}>
          {t('alerts.bell.settings')}
        </Anchor>
      </Group>
    </Stack>
  );
}
