import { DEFAULT_TIME_ZONE } from '@footprint/core';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { TimeZoneSelect } from '../../../components/time-zone-select';
import { isLocale } from '../../../i18n';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { useCreateWorkspace } from '../hooks/use-workspace';
import { useValidators } from '../hooks/use-validators';

/** Creates a workspace and switches to it (used by the header menu and the "no workspace" screen). */
export function CreateWorkspaceForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const { t, i18n } = useTranslation();
  const v = useValidators();
  const create = useCreateWorkspace();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm({
    initialValues: { name: '', timeZone: DEFAULT_TIME_ZONE, locale: isLocale(i18n.language) ? i18n.language : 'vi' },
    validate: { name: v.required(120) },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('workspaces.created', { name: values.name.trim() }) });
        form.reset();
        onDone?.();
      },
      onError: (err) => applyFieldErrors(err, ['name', 'timeZone', 'locale'], form.setFieldError),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <TextInput label={t('workspaces.name')} required data-autofocus {...form.getInputProps('name')} />
        <TimeZoneSelect label={t('workspaces.timeZone')} {...form.getInputProps('timeZone')} />
        <Select
          label={t('workspaces.defaultLanguage')}
          allowDeselect={false}
          data={[
            { value: 'vi', label: t('language.vi') },
            { value: 'en', label: t('language.en') },
          ]}
          {...form.getInputProps('locale')}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={create.isPending}>
            {t('workspaces.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
