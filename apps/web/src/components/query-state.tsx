import { Alert, Button, Center, Group, Loader, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/errors';

/** The error state of every data screen: what went wrong and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('common.loadFailed')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="60vh" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {t('common.loading')}
        </Text>
      </Group>
    </Center>
  );
}

/** Placeholder rows with the table's shape while it loads. */
export function TableSkeleton({ rows = 5, cols }: { rows?: number; cols: number }) {
  const { t } = useTranslation();
  return (
    <Table aria-busy="true" aria-label={t('common.loading')}>
      <Table.Tbody>
        {Array.from({ length: rows }, (_, r) => (
          <Table.Tr key={r}>
            {Array.from({ length: cols }, (_, c) => (
              <Table.Td key={c}>
                <Skeleton height={14} radius="sm" width={c === 0 ? '80%' : '60%'} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function FormSkeleton({ fields = 3 }: { fields?: number }) {
  return (
    <Stack gap="md" aria-busy="true">
      {Array.from({ length: fields }, (_, i) => (
        <Stack key={i} gap={6}>
          <Skeleton height={12} width={140} radius="sm" />
          <Skeleton height={36} radius="md" />
        </Stack>
      ))}
    </Stack>
  );
}
