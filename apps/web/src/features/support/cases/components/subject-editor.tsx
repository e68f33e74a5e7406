import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Renames a case: a button beside the title and a small dialog, saved with the case's version like any change. */
export function SubjectEditor({ subject, busy, onSave }: { subject: string; busy: boolean; onSave: (subject: string, done: () => void) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm({
    initialValues: { subject },
    validate: { subject: (v) => (v.normalize('NFC').trim().length === 0 ? t('supportInbox.create.subjectRequired') : v.trim().length > 200 ? t('supportInbox.case.subjectTooLong') : null) },
  });
  const start = () => {
    form.setValues({ subject });
    form.resetDirty({ subject });
    setOpen(true);
  };
  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={start}>
        {t('supportInbox.case.rename')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('supportInbox.case.renameTitle')}>
        <form
          onSubmit={form.onSubmit((v) => {
            const next = v.subject.normalize('NFC').trim();
            if (next === subject) return setOpen(false);
            onSave(next, () => setOpen(false));
          })}
        >
          <Stack gap="md">
            <TextInput label={t('supportInbox.create.subject')} data-autofocus maxLength={200} {...form.getInputProps('subject')} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
