import { canManageTouchpoints, foldForSearch, type Touchpoint } from '@footprint/core';
import { ActionIcon, Alert, Anchor, Button, Card, EmptyState, Group, Progress, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconMapPin, IconPencil, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../components/confirm-modal';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { SearchInput } from '../../../components/search-input';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat, useSession } from '../../workspace';
import { ChannelBadge } from '../components/channel-badge';
import { RulesSummary } from '../components/rules-summary';
import { TouchpointModal, type TouchpointDraft } from '../components/touchpoint-modal';
import { UnmatchedCard } from '../components/unmatched-card';
import { useDeleteTouchpoint, useReorderTouchpoints, useTouchpoints } from '../hooks/use-touchpoints';

type Editing = { touchpoint: Touchpoint | null; draft?: TouchpointDraft } | null;

/** Touchpoints in placement order, how re-placement is going, and what is not mapped yet. */
export function TouchpointsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { actor } = useSession();
  const canManage = canManageTouchpoints(actor);
  const list = useTouchpoints();
  const reorder = useReorderTouchpoints();
  const remove = useDeleteTouchpoint();
  const errorMessage = useErrorMessage();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Touchpoint | null>(null);
  const [search, setSearch] = useState('');

  const items = list.data?.items ?? [];
  const needle = foldForSearch(search);
  const shown = needle ? items.filter((x) => foldForSearch(`${x.name} ${x.description ?? ''}`).includes(needle)) : items;
  const max = Math.max(1, ...items.map((x) => x.events30d));
  const move = (id: string, by: -1 | 1) => {
    const ids = items.map((x) => x.id);
    const i = ids.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    reorder.mutate(ids, { onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }) });
  };
  const placement = list.data?.placement;

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <Text size="sm" c="dimmed" maw={760}>
              {t('collection.touchpoints.intro')}
            </Text>
            {canManage && (
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ touchpoint: null })}>
                {t('collection.touchpoints.add')}
              </Button>
            )}
          </Group>
          {placement && placement.state !== 'idle' && (
            <Alert color={placement.state === 'failed' ? 'orange' : 'blue'} variant="light" icon={<IconRefresh size={18} aria-hidden />} role="status">
              <Stack gap={6}>
                <Text size="sm">
                  {t(`collection.touchpoints.placement.${placement.state}`, { percent: Math.round(placement.progress * 100) })}
                </Text>
                {placement.state !== 'failed' && (
                  <Progress value={placement.progress * 100} animated={placement.state === 'running'} aria-label={t('collection.touchpoints.placement.running', { percent: Math.round(placement.progress * 100) })} />
                )}
              </Stack>
            </Alert>
          )}
          {list.isError ? (
            <QueryError error={list.error} onRetry={() => void list.refetch()} />
          ) : list.isPending ? (
            <TableSkeleton cols={6} rows={6} />
          ) : items.length === 0 ? (
            <EmptyState icon={<IconMapPin size={28} aria-hidden />} title={t('collection.touchpoints.emptyTitle')} description={t('collection.touchpoints.emptyBody')} py="xl">
              {canManage && (
                <EmptyState.Actions>
                  <Button variant="light" onClick={() => setEditing({ touchpoint: null })}>
                    {t('collection.touchpoints.add')}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          ) : (
            <>
              <Group justify="space-between">
                <SearchInput label={t('collection.touchpoints.colName')} value={search} onChange={setSearch} />
                <Text size="xs" c="dimmed">
                  {t('collection.touchpoints.orderHint')}
                </Text>
              </Group>
              <Table.ScrollContainer minWidth={900}>
                <Table verticalSpacing="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={90}>{t('collection.touchpoints.colOrder')}</Table.Th>
                      <Table.Th>{t('collection.touchpoints.colName')}</Table.Th>
                      <Table.Th>{t('collection.touchpoints.colChannel')}</Table.Th>
                      <Table.Th>{t('collection.touchpoints.colRules')}</Table.Th>
                      <Table.Th w={170}>{t('collection.touchpoints.colEvents')}</Table.Th>
                      <Table.Th>{t('collection.touchpoints.colLast')}</Table.Th>
                      {canManage && <Table.Th ta="right">{t('collection.touchpoints.colActions')}</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((tp) => {
                      const index = items.indexOf(tp);
                      return (
                        <Table.Tr key={tp.id}>
                          <Table.Td>
                            <Group gap={2} wrap="nowrap">
                              <Text size="sm" c="dimmed" w={22}>
                                {index + 1}
                              </Text>
                              {canManage && (
                                <>
                                  <ActionIcon variant="subtle" size="sm" disabled={index === 0 || reorder.isPending} aria-label={t('collection.touchpoints.moveUp', { name: tp.name })} onClick={() => move(tp.id, -1)}>
                                    <IconArrowUp size={14} aria-hidden />
                                  </ActionIcon>
                                  <ActionIcon variant="subtle" size="sm" disabled={index === items.length - 1 || reorder.isPending} aria-label={t('collection.touchpoints.moveDown', { name: tp.name })} onClick={() => move(tp.id, 1)}>
                                    <IconArrowDown size={14} aria-hidden />
                                  </ActionIcon>
                                </>
                              )}
                            </Group>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {tp.name}
                            </Text>
                            {tp.description && (
                              <Text size="xs" c="dimmed">
                                {tp.description}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>
                            <ChannelBadge channel={tp.channel} />
                          </Table.Td>
                          <Table.Td maw={320}>
                            <RulesSummary rules={tp.rules} />
                          </Table.Td>
                          <Table.Td>
                            <Anchor component={Link} to={`/collection/events?touchpointId=${tp.id}`} size="sm">
                              {fmt.number(tp.events30d)}
                            </Anchor>
                            <Progress value={(tp.events30d / max) * 100} size="sm" mt={4} aria-hidden />
                          </Table.Td>
                          <Table.Td fz="sm">{tp.lastEventAt ? fmt.dateTime(tp.lastEventAt) : t('common.none')}</Table.Td>
                          {canManage && (
                            <Table.Td>
                              <Group gap={4} justify="flex-end" wrap="nowrap">
                                <Tooltip label={t('collection.touchpoints.edit', { name: tp.name })}>
                                  <ActionIcon variant="subtle" aria-label={t('collection.touchpoints.edit', { name: tp.name })} onClick={() => setEditing({ touchpoint: tp })}>
                                    <IconPencil size={16} aria-hidden />
                                  </ActionIcon>
                                </Tooltip>
                                <Tooltip label={t('collection.touchpoints.remove', { name: tp.name })}>
                                  <ActionIcon variant="subtle" color="red" aria-label={t('collection.touchpoints.remove', { name: tp.name })} onClick={() => setDeleting(tp)}>
                                    <IconTrash size={16} aria-hidden />
                                  </ActionIcon>
                                </Tooltip>
                              </Group>
                            </Table.Td>
                          )}
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
          {list.data && list.data.unmatched30d > 0 && items.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('collection.touchpoints.unmatchedShare', { formatted: fmt.number(list.data.unmatched30d) })}
            </Text>
          )}
        </Stack>
      </Card>
      <UnmatchedCard canManage={canManage} onCreate={(draft) => setEditing({ touchpoint: null, draft })} />
      {canManage && <TouchpointModal opened={editing !== null} touchpoint={editing?.touchpoint ?? null} draft={editing?.draft} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={t('collection.touchpoints.removeTitle')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          const name = deleting.name;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('collection.touchpoints.removed', { name }) });
              setDeleting(null);
            },
            onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
          });
        }}
      >
        {deleting ? t('collection.touchpoints.removeBody', { name: deleting.name }) : null}
      </ConfirmModal>
    </Stack>
  );
}
