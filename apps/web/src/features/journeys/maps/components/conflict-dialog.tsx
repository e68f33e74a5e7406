import type { Journey } from '@footprint/core';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClock } from '../lib/clock';

/** Someone saved the map while this person was editing: whose map wins is their choice. */
export function ConflictDialog({ latest, onLoadTheirs, onKeepMine }: { latest: Journey | null; onLoadTheirs: () => void; onKeepMine: () => void }) {
  const { t } = useTranslation();
  const clock = useClock();
  return (
    <Modal opened={latest !== null} onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} title={t('journeyMaps.editor.conflictTitle')} centered>
      {latest && (
        <Stack gap="md">
          <Text size="sm">{t('journeyMaps.editor.conflictBody', { name: latest.updatedBy?.name ?? t('journeyMaps.editor.conflictSomeone'), time: clock.time(latest.updatedAt) })}</Text>
          <Stack gap={4}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('journeyMaps.editor.loadTheirsHint')}
              </Text>
              <Button variant="default" onClick={onLoadTheirs} style={{ flex: 'none' }}>
                {t('journeyMaps.editor.loadTheirs')}
              </Button>
            </Group>
            <Group justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('journeyMaps.editor.keepMineHint')}
              </Text>
              <Button color="orange" onClick={onKeepMine} style={{ flex: 'none' }}>
                {t('journeyMaps.editor.keepMine')}
              </Button>
            </Group>
          </Stack>
        </Stack>
      )}
    </Modal>
  );
}
