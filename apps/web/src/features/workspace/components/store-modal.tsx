import type { Store } from '@footprint/core';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { useSaveStore } from '../hooks/use-stores';
import { useValidators } from '../hooks/use-validators';

interface Props {
  opened: boolean;
  /** null: a new store. */
  store: Store | null;
  onClose: () => void;
}

export function StoreModal({ opened, store, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={store ? t('stores.editTitle') : t('stores.addTitle')} centered>
      <StoreForm key={store?.id ?? 'new'} store={store} onDone={onClose} />
    </Modal>
  );
}

function StoreForm({ store, onDone }: { store: Store | null; onDone: () => void }) {
  const { t } = useTranslation();
  const v = useValidators();
  const save = useSaveStore();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const optional = (max: number) => (s: string) => (s.trim().length > max ? t('validation.tooLong') : null);
  const form = useForm({
    initialValues: { name: store?.name ?? '', address: store?.address ?? '', province: store?.province ?? '' },
    validate: { name: v.required(120), address: optional(300), province: optional(80) },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(
      { id: store?.id ?? null, input: { name: values.name.trim(), address: values.address.trim(), province: values.province.trim() } },
      {
        onSuccess: (s) => {
          notifications.show({ color: 'teal', message: t('stores.saved', { name: s.name }) });
          onDone();
        },
        onError: (err) => {
          if (isApiError(err) && err.code === 'store_name_taken') form.setFieldError('name', t('stores.nameTaken'));
          else applyFieldErrors(err, ['name', 'address', 'province'], form.setFieldError);
        },
      },
    ),
  );
  const banner = save.isError && !(isApiError(save.error) && (save.error.code === 'store_name_taken' || save.error.code === 'validation_failed'));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <TextInput label={t('stores.name')} placeholder={t('stores.namePlaceholder')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('stores.address')} {...form.getInputProps('address')} />
        <TextInput label={t('stores.province')} placeholder={t('stores.provincePlaceholder')} {...form.getInputProps('province')} />
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
