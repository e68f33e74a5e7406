import { canManageKeys, type ApiKey } from '@footprint/core';
import { ActionIcon, Alert, Badge, Button, Card, Code, EmptyState, SimpleGrid, Stack, Table, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconKey, IconLock, IconPlus, IconShieldLock, IconTrash, IconWorld } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { ConfirmRemoval } from '../../../components/confirm-removal';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { KeyCreateModal } from '../components/key-create-modal';
import { useFormat } from '../hooks/use-format';
import { useKeys, useRevokeKey } from '../hooks/use-keys';
import { useSession } from '../hooks/use-session';

export function KeysPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const canManage = canManageKeys(actor);
  // `?create=write` (from the getting-started list) opens the dialog on a write key.
  const [params, setParams] = useSearchParams();
  const creating = canManage && params.has('create');
  const setCreating = (open: boolean) =>
    setParams(
      (p) => {
        if (open) p.set('create', 'write');
        else p.delete('create');
        return p;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={t('settings.keys.title')}
        description={t('settings.keys.intro')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('settings.keys.create')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Explainer icon={<IconWorld size={18} />} title={t('keyTypes.write')} body={t('settings.keys.writeExplain')} />
          <Explainer icon={<IconShieldLock size={18} />} title={t('keyTypes.secret')} body={t('settings.keys.secretExplain')} />
        </SimpleGrid>
        {canManage ? (
          <KeysTable />
        ) : (
          <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
            {t('settings.keys.adminOnly')}
          </Alert>
        )}
      </Stack>
      {canManage && (
        <KeyCreateModal opened={creating} initialType={params.get('create') === 'secret' ? 'secret' : 'write'} onClose={() => setCreating(false)} />
      )}
    </>
  );
}

function Explainer({ icon, title, body }: { icon: ReactNode; title: string; body: string }) {
  return (
    <Card withBorder padding="md">
      <Stack gap={6}>
        <Text fw={600} size="sm" component="div" style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <ThemeIcon variant="light" size={28} radius="md" aria-hidden>
            {icon}
          </ThemeIcon>
          {title}
        </Text>
        <Text size="sm" c="dimmed">
          {body}
        </Text>
      </Stack>
    </Card>
  );
}

function KeysTable() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const keys = useKeys();
  const revoke = useRevokeKey();
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  return (
    <Card withBorder padding="lg">
      {keys.isError ? (
        <QueryError error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.isPending ? (
        <TableSkeleton cols={6} rows={3} />
      ) : keys.data.length === 0 ? (
        <EmptyState icon={<IconKey size={28} aria-hidden />} title={t('settings.keys.empty')} description={t('settings.keys.emptyHint')} py="xl" />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.keys.colName')}</Table.Th>
                <Table.Th>{t('settings.keys.colType')}</Table.Th>
                <Table.Th>{t('settings.keys.colPrefix')}</Table.Th>
                <Table.Th>{t('settings.keys.colLastUsed')}</Table.Th>
                <Table.Th>{t('settings.keys.colStatus')}</Table.Th>
                <Table.Th ta="right">{t('settings.keys.colActions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.data.map((k) => (
                <Table.Tr key={k.id} style={{ opacity: k.revokedAt ? 0.6 : 1 }}>
                  <Table.Td>
                    <Text size="sm" fw={500} id={`key-${k.id}`}>
                      {k.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('settings.keys.colCreated')}: {fmt.date(k.createdAt)}
                      {k.createdBy ? ` · ${t('settings.keys.colCreatedBy')}: ${k.createdBy}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Badge variant="light" color={k.type === 'secret' ? 'grape' : 'teal'} maw="none">
                      {t(`keyTypes.${k.type}`)}
                    </Badge>
                    {k.scope && (
                      <Text size="xs" c="dimmed" mt={4}>
                        {t('settings.keys.colScope')}: {t(`keyScopes.${k.scope}`)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Code>{k.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>{k.lastUsedAt ? fmt.dateTime(k.lastUsedAt) : t('common.never')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {k.revokedAt ? (
                      <Badge variant="outline" color="gray" maw="none">
                        {t('settings.keys.revokedOn', { date: fmt.date(k.revokedAt) })}
                      </Badge>
                    ) : (
                      <Badge variant="dot" color="teal" maw="none">
                        {t('settings.keys.active')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {!k.revokedAt && (
                      <Tooltip label={t('settings.keys.revoke', { name: k.name })}>
                        <ActionIcon variant="subtle" color="red" aria-label={t('settings.keys.revokeShort')} aria-describedby={`key-${k.id}`} onClick={() => setRevoking(k)}>
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmRemoval
        target={revoking}
        onClose={() => setRevoking(null)}
        mutation={revoke}
        title={t('settings.keys.revokeTitle')}
        confirmLabel={t('settings.keys.revokeConfirm')}
        successMessage={t('settings.keys.revoked')}
        body={(r) => t('settings.keys.revokeBody', { name: r.name })}
      />
    </Card>
  );
}
