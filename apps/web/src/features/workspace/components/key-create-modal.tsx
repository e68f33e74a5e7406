import { SECRET_KEY_SCOPES, type KeyScope, type KeyType } from '@footprint/core';
import { Alert, Button, Group, Modal, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../components/copy-field';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import type { ApiKeyCreated } from '../api';
import { useCreateKey } from '../hooks/use-keys';
import { useValidators } from '../hooks/use-validators';

interface Props {
  opened: boolean;
  initialType: KeyType;
  onClose: () => void;
}

export function KeyCreateModal({ opened, initialType, onClose }: Props) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={() => setCreated(null)}
      title={created ? t('settings.keys.createdTitle') : t('settings.keys.createTitle')}
      centered
      size="lg"
      // The full key is shown once: do not lose it to a stray click outside.
      closeOnClickOutside={created === null}
    >
      {created ? (
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} role="alert">
            {t('settings.keys.showOnce')}
          </Alert>
          <CopyField label={`${t('settings.keys.fullKey')} — ${created.name}`} value={created.key} />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <KeyForm initialType={initialType} onCreated={setCreated} onCancel={onClose} />
      )}
    </Modal>
  );
}

function KeyForm({ initialType, onCreated, onCancel }: { initialType: KeyType; onCreated: (k: ApiKeyCreated) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const v = useValidators();
  const create = useCreateKey();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm<{ name: string; type: KeyType; scope: KeyScope }>({
    initialValues: { name: '', type: initialType, scope: 'read' },
    validate: { name: v.required(80) },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), type: values.type, ...(values.type === 'secret' ? { scope: values.scope } : {}) },
      { onSuccess: onCreated, onError: (err) => applyFieldErrors(err, ['name', 'type', 'scope'], form.setFieldError) },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {create.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <TextInput label={t('settings.keys.name')} placeholder={t('settings.keys.namePlaceholder')} required data-autofocus {...form.getInputProps('name')} />
        <Radio.Group
          label={t('settings.keys.type')}
          value={form.values.type}
          onChange={(value) => form.setFieldValue('type', value === 'secret' ? 'secret' : 'write')}
        >
          <Stack gap="sm" mt={6}>
            <Radio value="write" label={t('keyTypes.write')} description={t('settings.keys.writeExplain')} />
            <Radio value="secret" label={t('keyTypes.secret')} description={t('settings.keys.secretExplain')} />
          </Stack>
        </Radio.Group>
        {form.values.type === 'secret' && (
          <Select
            label={t('settings.keys.scope')}
            allowDeselect={false}
            data={SECRET_KEY_SCOPES.map((s) => ({ value: s, label: t(`keyScopes.${s}`) }))}
            value={form.values.scope}
            error={form.errors.scope}
            onChange={(value) => {
              const s = SECRET_KEY_SCOPES.find((x) => x === value);
              if (s) form.setFieldValue('scope', s);
            }}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('settings.keys.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
