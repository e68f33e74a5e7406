import { canAssignRole, ROLES, type Actor, type Department, type Member, type Role } from '@footprint/core';
import { ActionIcon, Badge, Group, Select, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/errors';
import { departmentName } from '../department-name';
import { useFormat } from '../hooks/use-format';
import { useUpdateMember } from '../hooks/use-members';

const NONE = 'none';

interface Props {
  member: Member;
  actor: Actor;
  isSelf: boolean;
  canManage: boolean;
  departments: Department[];
  onRemove: (m: Member) => void;
}

export function MemberRow({ member, actor, isSelf, canManage, departments, onRemove }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const update = useUpdateMember();
  const errorMessage = useErrorMessage();
  // Whether this actor may touch this member at all (admins cannot change or remove owners).
  const editable = canManage && canAssignRole(actor, member.role, member.role === 'viewer' ? 'agent' : 'viewer');
  const roles = ROLES.filter((r) => r === member.role || canAssignRole(actor, member.role, r));
  const dept = member.department ? departmentName(member.department, fmt.locale) : null;

  const patch = (body: { role?: Role; departmentId?: string | null }) =>
    update.mutate(
      { userId: member.userId, ...body },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('settings.members.updated', { name: member.name }) }),
        onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
      },
    );

  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={500} id={`member-${member.userId}`}>
            {member.name}
          </Text>
          {isSelf && (
            <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
              {t('common.you')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {member.email}
        </Text>
      </Table.Td>
      <Table.Td>
        {editable ? (
          <Select
            aria-label={t('settings.members.roleOf', { name: member.name })}
            size="xs"
            w={170}
            allowDeselect={false}
            disabled={update.isPending}
            value={member.role}
            data={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={(v) => {
              const r = ROLES.find((x) => x === v);
              if (r && r !== member.role) patch({ role: r });
            }}
          />
        ) : (
          <Badge variant="light" color={member.role === 'owner' ? 'teal' : 'gray'}>
            {t(`roles.${member.role}`)}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {editable ? (
          <Select
            aria-label={t('settings.members.departmentOf', { name: member.name })}
            size="xs"
            w={190}
            allowDeselect={false}
            disabled={update.isPending}
            value={member.department?.id ?? NONE}
            data={[
              { value: NONE, label: t('settings.members.noDepartment') },
              ...departments.map((d) => ({ value: d.id, label: departmentName(d, fmt.locale) })),
            ]}
            onChange={(v) => {
              const id = v === NONE || v === null ? null : v;
              if (id !== (member.department?.id ?? null)) patch({ departmentId: id });
            }}
          />
        ) : (
          <Text size="sm">{dept ?? t('common.none')}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{fmt.date(member.joinedAt)}</Text>
      </Table.Td>
      {canManage && (
        <Table.Td>
          {editable && !isSelf && (
            <Tooltip label={t('settings.members.remove', { name: member.name })}>
              <ActionIcon variant="subtle" color="red" aria-label={t('settings.members.removeShort')} aria-describedby={`member-${member.userId}`} onClick={() => onRemove(member)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}
