import { canEditWorkspace, type Workspace } from '@footprint/core';
import { Alert, Button, Card, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { FormSkeleton, QueryError } from '../../../components/query-state';
import { TimeZoneSelect } from '../../../components/time-zone-select';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { useSession } from '../hooks/use-session';
import { useValidators } from '../hooks/use-validators';
import { useUpdateWorkspace, useWorkspace } from '../hooks/use-workspace';

export function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  return (
    <>
      <PageHeader title={t('settings.workspace.title')} description={t('settings.workspace.intro')} />
      <Card withBorder padding="lg" maw={640}>
        {ws.isPending ? (
          <FormSkeleton fields={3} />
        ) : ws.isError ? (
          <QueryError error={ws.error} onRetry={() => void ws.refetch()} />
        ) : (
          <WorkspaceForm key={ws.data.id} workspace={ws.data} />
        )}
      </Card>
    </>
  );
}

function WorkspaceForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const canEdit = canEditWorkspace(actor);
  const v = useValidators();
  const save = useUpdateWorkspace();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm({
    initialValues: { name: workspace.name, timeZone: workspace.timeZone, locale: workspace.locale },
    validate: { name: v.required(120) },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(values, {
      onSuccess: (ws) => {
        form.resetDirty({ name: ws.name, timeZone: ws.timeZone, locale: ws.locale });
        notifications.show({ color: 'teal', message: t('common.saved') });
      },
      onError: (err) => applyFieldErrors(err, ['name', 'timeZone', 'locale'], form.setFieldError),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {!canEdit && (
          <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
            {t('common.readOnly')}
          </Alert>
        )}
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <TextInput label={t('settings.workspace.name')} required readOnly={!canEdit} {...form.getInputProps('name')} />
        <TimeZoneSelect label={t('settings.workspace.timeZone')} readOnly={!canEdit} {...form.getInputProps('timeZone')} />
        <Select
          label={t('settings.workspace.locale')}
          allowDeselect={false}
          readOnly={!canEdit}
          data={[
            { value: 'vi', label: t('language.vi') },
            { value: 'en', label: t('language.en') },
          ]}
          {...form.getInputProps('locale')}
        />
        {canEdit && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
