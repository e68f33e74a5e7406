import type { Case, CaseAuditEntry } from '@footprint/core';
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';
import { useAuditLabels } from '../lib/audit-labels';

/**
 * Someone changed the case while this person was looking at it: say who changed what (the audit
 * entries since the version on screen) and load the case as it is now.
 */
export function ConflictDialog({ current, changes, onReload }: { current: Case | null; changes: CaseAuditEntry[]; onReload: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useAuditLabels();
  return (
    <Modal opened={current !== null} onClose={onReload} title={t('supportInbox.conflict.title')} centered closeOnClickOutside={false}>
      {current && (
        <Stack gap="md">
          <Text size="sm">{t('supportInbox.conflict.body', { time: fmt.dateTime(current.updatedAt) })}</Text>
          {changes.length > 0 ? (
            <List size="sm" spacing={4}>
              {changes.map((c) => (
                <List.Item key={c.id}>{label.sentence(c)}</List.Item>
              ))}
            </List>
          ) : (
            <Text size="sm" c="dimmed">
              {t('supportInbox.conflict.unknown')}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('supportInbox.conflict.hint')}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onReload}>{t('supportInbox.conflict.reload')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
