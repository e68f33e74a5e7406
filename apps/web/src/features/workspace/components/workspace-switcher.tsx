import { Badge, Button, Group, Menu, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/errors';
import { useSession } from '../hooks/use-session';
import { useSwitchWorkspace } from '../hooks/use-workspace';
import { CreateWorkspaceForm } from './create-workspace-form';

export function WorkspaceSwitcher() {
  const { t } = useTranslation();
  const { me, workspace } = useSession();
  const [creating, { open, close }] = useDisclosure(false);
  const switchTo = useSwitchWorkspace();
  const errorMessage = useErrorMessage();

  const choose = (id: string, name: string) => {
    if (id === workspace.id) return;
    switchTo.mutate(id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('shell.switched', { name }) }),
      onError: (err) => notifications.show({ color: 'red', message: errorMessage(err) }),
    });
  };

  return (
    <>
      <Menu position="bottom-start" width={300} shadow="md" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            rightSection={<IconSelector size={16} aria-hidden />}
            loading={switchTo.isPending}
            aria-label={`${t('shell.switchWorkspace')}: ${workspace.name}`}
            maw={260}
          >
            <Text fw={600} size="sm" truncate>
              {workspace.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('shell.yourWorkspaces')}</Menu.Label>
          {me.workspaces.map((m) => (
            <Menu.Item
              key={m.workspace.id}
              onClick={() => choose(m.workspace.id, m.workspace.name)}
              leftSection={m.workspace.id === workspace.id ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />}
              rightSection={
                <Badge size="xs" variant="light" color="gray">
                  {t(`roles.${m.role}`)}
                </Badge>
              }
              aria-current={m.workspace.id === workspace.id ? 'true' : undefined}
            >
              <Group gap={4} wrap="nowrap">
                <Text size="sm" truncate>
                  {m.workspace.name}
                </Text>
              </Group>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('shell.createWorkspace')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={creating} onClose={close} title={t('workspaces.createTitle')} centered>
        <Text size="sm" c="dimmed" mb="md">
          {t('workspaces.createHint')}
        </Text>
        <CreateWorkspaceForm onDone={close} onCancel={close} />
      </Modal>
    </>
  );
}
