import type { Journey, JourneyVersionSummary } from '@footprint/core';
import { Alert, Badge, Button, Drawer, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { QueryError } from '../../../../components/query-state';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat } from '../../../workspace';
import { useRestoreVersion, useVersion, useVersions } from '../hooks';
import type { DepartmentRef, TouchpointRef } from './grid-context';
import { JourneyGrid } from './journey-grid';

interface Props {
  opened: boolean;
  onClose: () => void;
  journeyId: string;
  currentVersion: number;
  canRestore: boolean;
  /** Unsaved edits would be lost by a restore: it waits for them. */
  dirty: boolean;
  language: 'vi' | 'en';
  touchpoints: TouchpointRef[];
  departments: DepartmentRef[];
  onRestored: (j: Journey) => void;
}

/** Every saved version of the map: who saved it and when, a read-only look at it, and restore. */
export function HistoryDrawer({ opened, onClose, journeyId, currentVersion, canRestore, dirty, language, touchpoints, departments, onRestored }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const versions = useVersions(journeyId, opened);
  const [previewing, setPreviewing] = useState<number | null>(null);
  const [restoring, setRestoring] = useState<JourneyVersionSummary | null>(null);
  const preview = useVersion(journeyId, previewing);
  const restore = useRestoreVersion(journeyId);
  const items = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);

  return (
    <>
      <Drawer opened={opened} onClose={onClose} position="right" size="md" title={t('journeyMaps.history.title')}>
        {versions.isError ? (
          <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
        ) : versions.isPending ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          </Group>
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('journeyMaps.history.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {dirty && canRestore && (
              <Alert color="yellow" variant="light">
                {t('journeyMaps.history.unsavedFirst')}
              </Alert>
            )}
            {items.map((v) => (
              <li key={v.version} data-version={v.version}>
                <Group justify="space-between" wrap="nowrap" p="xs" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}>
                  <Stack gap={2}>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {t('journeyMaps.history.version', { n: v.version })}
                      </Text>
                      {v.version === currentVersion && (
                        <Badge size="xs" variant="light" color="green">
                          {t('journeyMaps.history.current')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {fmt.dateTime(v.savedAt)} · {v.savedBy ? t('journeyMaps.history.by', { name: v.savedBy.name }) : t('journeyMaps.history.byUnknown')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {v.name} · {t('journeyMaps.history.stages', { count: v.stageCount })}
                    </Text>
                  </Stack>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="default" onClick={() => setPreviewing(v.version)} aria-label={`${t('journeyMaps.history.preview')} ${t('journeyMaps.history.version', { n: v.version })}`}>
                      {t('journeyMaps.history.preview')}
                    </Button>
                    {canRestore && v.version !== currentVersion && (
                      <Button size="compact-xs" variant="light" disabled={dirty} onClick={() => setRestoring(v)} aria-label={`${t('journeyMaps.history.restore')} ${t('journeyMaps.history.version', { n: v.version })}`}>
                        {t('journeyMaps.history.restore')}
                      </Button>
                    )}
                  </Group>
                </Group>
              </li>
            ))}
          </Stack>
        )}
      </Drawer>
      <Modal
        opened={previewing !== null}
        onClose={() => setPreviewing(null)}
        size="100%"
        title={preview.data ? t('journeyMaps.history.previewTitle', { n: preview.data.version, when: fmt.dateTime(preview.data.savedAt) }) : t('common.loading')}
      >
        {preview.isError ? (
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
        ) : preview.data ? (
          <JourneyGrid doc={preview.data.doc} language={language} editable={false} touchpoints={touchpoints} departments={departments} />
        ) : (
          <Loader size="sm" />
        )}
      </Modal>
      <ConfirmModal
        opened={restoring !== null}
        title={t('journeyMaps.history.restoreTitle', { n: restoring?.version ?? 0 })}
        confirmLabel={t('journeyMaps.history.restore')}
        loading={restore.isPending}
        onClose={() => setRestoring(null)}
        onConfirm={() => {
          if (!restoring) return;
          const n = restoring.version;
          restore.mutate({ version: n, current: currentVersion }, {
            onSuccess: (j) => {
              setRestoring(null);
              onRestored(j);
              notifications.show({ color: 'green', message: t('journeyMaps.history.restored', { n }) });
            },
            onError: (e) => notifications.show({ color: 'red', message: message(e) }),
          });
        }}
      >
        {t('journeyMaps.history.restoreBody', { when: restoring ? fmt.dateTime(restoring.savedAt) : '' })}
      </ConfirmModal>
    </>
  );
}
