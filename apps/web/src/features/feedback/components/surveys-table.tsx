import type { SurveyStatus, SurveySummary } from '@footprint/core';
import { ActionIcon, Anchor, Badge, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconCopy, IconDots, IconPencil, IconPlayerPause, IconPlayerPlay, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmModal } from '../../../components/confirm-modal';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../workspace';
import { useDeleteSurvey, useDuplicateSurvey, usePatchSurvey } from '../hooks';
import { surveyPath } from '../paths';
import { SurveyStatusBadge } from './survey-status-badge';

/** The surveys of one page of the list, each with its actions menu. */
export function SurveysTable({ items, busy, canManage }: { items: SurveySummary[]; busy: boolean; canManage: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const duplicate = useDuplicateSurvey();
  const patch = usePatchSurvey();
  const remove = useDeleteSurvey();
  const [deleting, setDeleting] = useState<SurveySummary | null>(null);
  const failed = (e: unknown) => notifications.show({ color: 'red', message: message(e) });

  const setStatus = (s: SurveySummary, status: SurveyStatus) =>
    patch.mutate(
      { id: s.id, patch: { status } },
      { onSuccess: () => notifications.show({ message: t('feedback.list.statusChanged', { name: s.name, status: t(`feedback.statuses.${status}`) }) }), onError: failed },
    );

  return (
    <>
      <Table.ScrollContainer minWidth={960}>
        <Table aria-busy={busy} verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('feedback.list.colName')}</Table.Th>
              <Table.Th>{t('feedback.list.colStatus')}</Table.Th>
              <Table.Th>{t('feedback.list.colTouchpoints')}</Table.Th>
              <Table.Th>{t('feedback.list.colMetrics')}</Table.Th>
              <Table.Th>{t('feedback.list.colBy')}</Table.Th>
              <Table.Th>{t('feedback.list.colUpdated')}</Table.Th>
              <Table.Th w={60}>
                <VisuallyHidden>{t('feedback.list.colActions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={surveyPath(s.id)} fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {s.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('feedback.list.questions', { count: s.questionCount })}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <SurveyStatusBadge status={s.status} />
                </Table.Td>
                <Table.Td>
                  {s.touchpoints.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('feedback.list.noTouchpoint')}
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {s.touchpoints.map((tp) => (
                        <Badge key={tp.id} variant="outline" color="gray" tt="none">
                          {tp.name}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {s.metrics.map((m) => (
                      <Badge key={m} variant="light" color="cyan">
                        {m.toUpperCase()}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{s.createdBy?.name ?? t('feedback.list.byKey')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.date(s.updatedAt)}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('feedback.list.actionsFor', { name: s.name })}>
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => void navigate(surveyPath(s.id))}>
                        {t('feedback.list.open')}
                      </Menu.Item>
                      {canManage && (
                        <>
                          <Menu.Item
                            leftSection={<IconCopy size={16} aria-hidden />}
                            onClick={() => duplicate.mutate(s.id, { onSuccess: (c) => notifications.show({ message: t('feedback.list.duplicated', { name: c.name }) }), onError: failed })}
                          >
                            {t('feedback.list.duplicate')}
                          </Menu.Item>
                          {s.status === 'draft' && (
                            <Menu.Item leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => setStatus(s, 'active')}>
                              {t('feedback.list.activate')}
                            </Menu.Item>
                          )}
                          {s.status === 'active' && (
                            <Menu.Item leftSection={<IconPlayerPause size={16} aria-hidden />} onClick={() => setStatus(s, 'paused')}>
                              {t('feedback.list.pause')}
                            </Menu.Item>
                          )}
                          {s.status === 'paused' && (
                            <Menu.Item leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => setStatus(s, 'active')}>
                              {t('feedback.list.resume')}
                            </Menu.Item>
                          )}
                          {s.status !== 'archived' && (
                            <Menu.Item leftSection={<IconArchive size={16} aria-hidden />} onClick={() => setStatus(s, 'archived')}>
                              {t('feedback.list.archive')}
                            </Menu.Item>
                          )}
                          <Menu.Divider />
                          <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(s)}>
                            {t('feedback.list.delete')}
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
      <ConfirmModal
        opened={deleting !== null}
        title={t('feedback.list.deleteTitle')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          const name = deleting.name;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setDeleting(null);
              notifications.show({ message: t('feedback.list.deleted', { name }) });
            },
            onError: failed,
          });
        }}
      >
        {t('feedback.list.deleteBody', { name: deleting?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
