import type { Me } from '@footprint/core';
import { Alert, Button, Card, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { applyLanguage, isLocale } from '../../../i18n';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { useSession } from '../hooks/use-session';
import { useValidators } from '../hooks/use-validators';
import { useUpdateProfile } from '../hooks/use-workspace';

export function ProfilePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <>
      <PageHeader title={t('settings.profile.title')} description={t('settings.profile.intro')} />
      <Card withBorder padding="lg" maw={640}>
        <ProfileForm key={`${me.user.id}:${me.user.locale}`} me={me} />
      </Card>
    </>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const v = useValidators();
  const save = useUpdateProfile();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm({
    initialValues: { name: me.user.name, locale: me.user.locale },
    validate: { name: v.required(120) },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(values, {
      onSuccess: (updated) => {
        form.resetDirty({ name: updated.user.name, locale: updated.user.locale });
        applyLanguage(updated.user.locale);
        notifications.show({ color: 'teal', message: t('common.saved') });
      },
      onError: (err) => applyFieldErrors(err, ['name', 'locale'], form.setFieldError),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <TextInput label={t('settings.profile.name')} required autoComplete="name" {...form.getInputProps('name')} />
        <TextInput label={t('settings.profile.email')} value={me.user.email} readOnly variant="filled" />
        <Select
          label={t('settings.profile.locale')}
          allowDeselect={false}
          data={[
            { value: 'vi', label: t('language.vi') },
            { value: 'en', label: t('language.en') },
          ]}
          {...form.getInputProps('locale')}
          onChange={(value) => {
            if (isLocale(value)) form.setFieldValue('locale', value);
          }}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
