import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/errors';
import { useCreateView, useDeleteView, useViews } from '../cases/hooks';
import { readFilters, type InboxFilters } from './filters';

/** Saved views: keep the current filters under a name, pick one back, delete your own. */
export function SavedViews({ current, onPick }: { current: InboxFilters; onPick: (f: InboxFilters) => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const views = useViews();
  const create = useCreateView();
  const remove = useDeleteView();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const failed = (e: unknown) => notifications.show({ color: 'red', message: message(e) });
  const save = () => {
    if (!name.trim()) return;
    const query = Object.fromEntries(Object.entries(current).filter((e): e is [string, string] => typeof e[1] === 'string'));
    create.mutate(
      { name: name.trim(), query },
      {
        onSuccess: (v) => {
          notifications.show({ message: t('supportInbox.views.saved', { name: v.name }) });
          setNaming(false);
          setName('');
        },
        onError: failed,
      },
    );
  };
  return (
    <Group gap="xs">
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />}>
            {t('supportInbox.views.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={240}>
          {views.isError ? (
            <Menu.Label c="red">{message(views.error)}</Menu.Label>
          ) : views.isPending ? (
            <Menu.Label>{t('common.loading')}</Menu.Label>
          ) : views.data.length === 0 ? (
            <Menu.Label>{t('supportInbox.views.empty')}</Menu.Label>
          ) : (
            views.data.map((v) => (
              <Group key={v.id} gap={4} wrap="nowrap" pr={4}>
                <Menu.Item onClick={() => onPick(readFilters(v.query))} style={{ flex: 1 }}>
                  {v.name}
                </Menu.Item>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={t('supportInbox.views.delete', { name: v.name })}
                  onClick={() => remove.mutate(v.id, { onSuccess: () => notifications.show({ message: t('supportInbox.views.deleted', { name: v.name }) }), onError: failed })}
                >
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              </Group>
            ))
          )}
        </Menu.Dropdown>
      </Menu>
      <Button variant="subtle" leftSection={<IconBookmarkPlus size={16} aria-hidden />} onClick={() => setNaming(true)}>
        {t('supportInbox.views.save')}
      </Button>
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('supportInbox.views.saveTitle')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('supportInbox.views.saveHint')}
            </Text>
            <TextInput label={t('supportInbox.views.name')} required maxLength={80} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
                {t('supportInbox.views.saveSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
