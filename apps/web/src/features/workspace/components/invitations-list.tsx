import type { Invitation } from '@footprint/core';
import { ActionIcon, Badge, Card, Group, Skeleton, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconMail, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoval } from '../../../components/confirm-removal';
import { QueryError } from '../../../components/query-state';
import { departmentName } from '../department-name';
import { useFormat } from '../hooks/use-format';
import { useInvitations, useRevokeInvitation } from '../hooks/use-members';

export function InvitationsList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  return (
    <Card withBorder padding="lg">
      <Title order={2} fz="h4" mb="md">
        {t('settings.invitations.title')}
      </Title>
      {invitations.isError ? (
        <QueryError error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      ) : invitations.data.length === 0 ? (
        <Group gap="xs" c="dimmed">
          <IconMail size={18} aria-hidden />
          <Text size="sm">{t('settings.invitations.empty')}</Text>
        </Group>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('settings.members.colEmail')}</Table.Th>
                <Table.Th>{t('settings.members.colRole')}</Table.Th>
                <Table.Th>{t('settings.members.colDepartment')}</Table.Th>
                <Table.Th>{t('settings.keys.colStatus')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('settings.members.colActions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.map((inv) => (
                <Table.Tr key={inv.id}>
                  <Table.Td>
                    <Text size="sm" fw={500} id={`invitation-${inv.id}`}>
                      {inv.email}
                    </Text>
                    {inv.invitedBy && (
                      <Text size="xs" c="dimmed">
                        {t('settings.invitations.invitedBy', { name: inv.invitedBy })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`roles.${inv.role}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{inv.department ? departmentName(inv.department, fmt.locale) : t('common.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {t('settings.invitations.expires', { date: fmt.date(inv.expiresAt) })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Tooltip label={t('settings.invitations.revoke', { email: inv.email })}>
                      <ActionIcon variant="subtle" color="red" aria-label={t('settings.invitations.revokeShort')} aria-describedby={`invitation-${inv.id}`} onClick={() => setRevoking(inv)}>
                        <IconX size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
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
        title={t('settings.invitations.revokeTitle')}
        confirmLabel={t('settings.invitations.revokeConfirm')}
        successMessage={t('settings.invitations.revoked')}
        body={(r) => t('settings.invitations.revokeBody', { email: r.email })}
      />
    </Card>
  );
}
