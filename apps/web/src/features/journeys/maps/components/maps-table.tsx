import type { JourneySummary } from '@footprint/core';
import { ActionIcon, Anchor, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmRemoval } from '../../../../components/confirm-removal';
import { useErrorMessage } from '../../../../lib/errors';
import { useClock } from '../lib/clock';
import { useDeleteJourney, useDuplicateJourney } from '../hooks';
import { mapPath } from '../paths';
import { KindBadge } from './kind-badge';

/** One page of maps, each with its actions menu. */
export function MapsTable({ items, busy, canEdit }: { items: JourneySummary[]; busy: boolean; canEdit: boolean }) {
  const { t } = useTranslation();
  const clock = useClock();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const duplicate = useDuplicateJourney();
  const remove = useDeleteJourney();
  const [deleting, setDeleting] = useState<JourneySummary | null>(null);
  const failed = (e: unknown) => notifications.show({ color: 'red', message: message(e) });

  return (
    <>
      <Table.ScrollContainer minWidth={900}>
        <Table aria-busy={busy} verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('journeyMaps.list.colName')}</Table.Th>
              <Table.Th>{t('journeyMaps.list.colKind')}</Table.Th>
              <Table.Th>{t('journeyMaps.list.colPersona')}</Table.Th>
              <Table.Th>{t('journeyMaps.list.colStages')}</Table.Th>
              <Table.Th>{t('journeyMaps.list.colBy')}</Table.Th>
              <Table.Th>{t('journeyMaps.list.colUpdated')}</Table.Th>
              <Table.Th w={60}>
                <VisuallyHidden>{t('journeyMaps.list.colActions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={mapPath(m.id)} fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {m.name}
                    </Anchor>
                    {m.currentState && (
                      <Text size="xs" c="dimmed">
                        {t('journeyMaps.list.futureOf', { name: m.currentState.name })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <KindBadge kind={m.kind} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={m.persona ? undefined : 'dimmed'}>
                    {m.persona?.name ?? t('journeyMaps.list.noPersona')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('journeyMaps.list.stages', { count: m.stageCount })}</Text>
                  <Text size="xs" c="dimmed">
                    {t('journeyMaps.list.touchpoints', { count: m.touchpointCount })}
                  </Text>
                </Table.Td>
                <Table.Td>{m.updatedBy?.name ?? t('journeyMaps.list.byKey')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{clock.stamp(m.updatedAt)}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('journeyMaps.list.actionsFor', { name: m.name })}>
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => void navigate(mapPath(m.id))}>
                        {t('journeyMaps.list.open')}
                      </Menu.Item>
                      {canEdit && (
                        <>
                          <Menu.Item
                            leftSection={<IconCopy size={16} aria-hidden />}
                            onClick={() => duplicate.mutate(m.id, { onSuccess: (c) => notifications.show({ message: t('journeyMaps.list.duplicated', { name: c.name }) }), onError: failed })}
                          >
                            {t('journeyMaps.list.duplicate')}
                          </Menu.Item>
                          <Menu.Divider />
                          <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(m)}>
                            {t('journeyMaps.list.delete')}
                          </Menu.Item>
                        </>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmRemoval
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={remove}
        title={t('journeyMaps.list.deleteTitle')}
        confirmLabel={t('journeyMaps.list.delete')}
        successMessage={t('journeyMaps.list.deleted', { name: deleting?.name ?? '' })}
        body={(m) => t('journeyMaps.list.deleteBody', { name: m.name })}
      />
    </>
  );
}
