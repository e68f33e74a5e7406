import type { Department } from '@footprint/core';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { useSaveDepartment } from '../hooks/use-departments';
import { useValidators } from '../hooks/use-validators';

interface Props {
  opened: boolean;
  /** null: a new department. */
  department: Department | null;
  onClose: () => void;
}

export function DepartmentModal({ opened, department, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={department ? t('settings.departments.editTitle') : t('settings.departments.addTitle')} centered>
      <DepartmentForm key={department?.id ?? 'new'} department={department} onDone={onClose} />
    </Modal>
  );
}

function DepartmentForm({ department, onDone }: { department: Department | null; onDone: () => void }) {
  const { t } = useTranslation();
  const v = useValidators();
  const save = useSaveDepartment();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm({
    initialValues: { nameVi: department?.nameVi ?? '', nameEn: department?.nameEn ?? '' },
    validate: { nameVi: v.required(80), nameEn: v.required(80) },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(
      { id: department?.id ?? null, nameVi: values.nameVi.trim(), nameEn: values.nameEn.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('settings.departments.saved') });
          onDone();
        },
        onError: (err) => applyFieldErrors(err, ['nameVi', 'nameEn'], form.setFieldError),
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <TextInput label={t('settings.departments.nameVi')} required data-autofocus lang="vi" {...form.getInputProps('nameVi')} />
        <TextInput label={t('settings.departments.nameEn')} required lang="en" {...form.getInputProps('nameEn')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
