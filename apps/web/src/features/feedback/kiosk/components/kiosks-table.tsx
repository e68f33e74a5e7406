import type { KioskDevice } from '@footprint/core';
import { ActionIcon, Badge, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconPlugConnectedX, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';
import { SurveyStatusBadge } from '../../components/survey-status-badge';
import { KioskStatusBadge, LastSeen, statusOf } from './kiosk-status';

interface Props {
  items: KioskDevice[];
  busy: boolean;
  now: number;
  offlineAfterSeconds: number;
  canManage: boolean;
  onEdit: (d: KioskDevice) => void;
  onNewCode: (d: KioskDevice) => void;
  onUnpair: (d: KioskDevice) => void;
  onDelete: (d: KioskDevice) => void;
}

/** One page of tablets: where each stands, what it asks, whether it is heard from, what it still holds. */
export function KiosksTable({ items, busy, now, offlineAfterSeconds, canManage, onEdit, onNewCode, onUnpair, onDelete }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-busy={busy} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('kiosk.colName')}</Table.Th>
            <Table.Th>{t('kiosk.colStore')}</Table.Th>
            <Table.Th>{t('kiosk.colSurvey')}</Table.Th>
            <Table.Th>{t('kiosk.colStatus')}</Table.Th>
            <Table.Th>{t('kiosk.colLastSeen')}</Table.Th>
            <Table.Th ta="right">{t('kiosk.colQueued')}</Table.Th>
            {canManage && (
              <Table.Th w={60}>
                <VisuallyHidden>{t('kiosk.colActions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => {
            const status = statusOf(d, now, offlineAfterSeconds);
            return (
              <Table.Tr key={d.id} data-kiosk={d.name}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {d.name}
                    </Text>
                    {d.appVersion && (
                      <Text size="xs" c="dimmed">
                        {t('kiosk.version', { version: d.appVersion })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>{d.store?.name ?? t('common.none')}</Table.Td>
                <Table.Td>
                  {d.survey ? (
                    <Stack gap={4} align="flex-start">
                      <Text size="sm">{d.survey.name}</Text>
                      {d.survey.status !== 'active' && <SurveyStatusBadge status={d.survey.status} />}
                      {d.touchpoint && (
                        <Badge variant="outline" color="gray" tt="none">
                          {d.touchpoint.name}
                        </Badge>
                      )}
                    </Stack>
                  ) : (
                    <Text size="sm" c="red">
                      {t('kiosk.noSurvey')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <KioskStatusBadge status={status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <LastSeen at={d.lastSeenAt} now={now} />
                </Table.Td>
                <Table.Td ta="right">
                  {d.state === 'paired' && d.queued > 0 ? (
                    <Badge color="orange" variant="light" data-testid="queued">
                      {t('kiosk.queued', { count: d.queued, formatted: fmt.number(d.queued) })}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed" data-testid="queued">
                      {fmt.number(d.state === 'paired' ? d.queued : 0)}
                    </Text>
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('kiosk.actionsFor', { name: d.name })}>
                          <IconDots size={18} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(d)}>
                          {t('kiosk.edit')}
                        </Menu.Item>
                        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={() => onNewCode(d)}>
                          {t('kiosk.newCode')}
                        </Menu.Item>
                        {d.state === 'paired' && (
                          <Menu.Item leftSection={<IconPlugConnectedX size={16} aria-hidden />} onClick={() => onUnpair(d)}>
                            {t('kiosk.unpair')}
                          </Menu.Item>
                        )}
                        <Menu.Divider />
                        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onDelete(d)}>
                          {t('kiosk.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
