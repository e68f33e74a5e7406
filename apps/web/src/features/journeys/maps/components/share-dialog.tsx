import type { JourneyShare } from '@footprint/core';
import { Badge, Button, Divider, Group, Loader, Modal, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { CopyField } from '../../../../components/copy-field';
import { QueryError } from '../../../../components/query-state';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat } from '../../../workspace';
import { useCreateShare, useDeleteShare, useShares } from '../hooks';

const absolute = (url: string) => (url.startsWith('http') ? url : `${window.location.origin}${url.startsWith('/') ? '' : '/'}${url}`);

/** Read-only links to the map: make one (with or without live figures), copy it, revoke old ones. */
export function ShareDialog({ opened, onClose, journeyId }: { opened: boolean; onClose: () => void; journeyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const shares = useShares(journeyId, opened);
  const create = useCreateShare(journeyId);
  const remove = useDeleteShare(journeyId);
  const [withLive, setWithLive] = useState(false);
  const [made, setMade] = useState<JourneyShare | null>(null);
  const [revoking, setRevoking] = useState<JourneyShare | null>(null);
  const failed = (e: unknown) => notifications.show({ color: 'red', message: message(e) });

  return (
    <>
      <Modal opened={opened} onClose={onClose} title={t('journeyMaps.share.title')} size="lg">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('journeyMaps.share.intro')}
          </Text>
          <Switch label={t('journeyMaps.share.withLive')} checked={withLive} onChange={(e) => setWithLive(e.currentTarget.checked)} />
          <Group>
            <Button
              leftSection={<IconLink size={16} aria-hidden />}
              loading={create.isPending}
              onClick={() =>
                create.mutate(withLive, {
                  onSuccess: (s) => {
                    setMade(s);
                    notifications.show({ color: 'green', message: t('journeyMaps.share.created') });
                  },
                  onError: failed,
                })
              }
            >
              {t('journeyMaps.share.create')}
            </Button>
          </Group>
          {made?.url && <CopyField label={t('journeyMaps.share.newLink')} value={absolute(made.url)} href={absolute(made.url)} />}
          <Divider />
          <Text size="sm" fw={600}>
            {t('journeyMaps.share.links')}
          </Text>
          {shares.isError ? (
            <QueryError error={shares.error} onRetry={() => void shares.refetch()} />
          ) : shares.isPending ? (
            <Loader size="xs" />
          ) : shares.data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('journeyMaps.share.none')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {shares.data.map((s) => (
                <li key={s.id} data-share-id={s.id}>
                  <Group justify="space-between" wrap="nowrap">
                    <Stack gap={2}>
                      <Group gap={6}>
                        <Text size="sm" ff="monospace">
                          {t('journeyMaps.share.startsWith', { start: s.tokenStart })}
                        </Text>
                        <Badge size="xs" variant="light" color={s.withLive ? 'teal' : 'gray'} tt="none">
                          {s.withLive ? t('journeyMaps.share.live') : t('journeyMaps.share.mapOnly')}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t('journeyMaps.share.madeBy', { name: s.createdBy?.name ?? t('journeyMaps.list.byKey'), when: fmt.dateTime(s.createdAt) })}
                      </Text>
                    </Stack>
                    <Button size="compact-xs" variant="light" color="red" onClick={() => setRevoking(s)}>
                      {t('journeyMaps.share.revoke')}
                    </Button>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Modal>
      <ConfirmModal
        opened={revoking !== null}
        title={t('journeyMaps.share.revokeTitle')}
        confirmLabel={t('journeyMaps.share.revoke')}
        loading={remove.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => {
          if (!revoking) return;
          const id = revoking.id;
          remove.mutate(id, {
            onSuccess: () => {
              setRevoking(null);
              if (made?.id === id) setMade(null);
              notifications.show({ message: t('journeyMaps.share.revoked') });
            },
            onError: failed,
          });
        }}
      >
        {t('journeyMaps.share.revokeBody')}
      </ConfirmModal>
    </>
  );
}
