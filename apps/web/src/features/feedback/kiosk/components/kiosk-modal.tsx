import type { KioskDevice, KioskPairing } from '@footprint/core';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useApplyFieldErrors, useErrorMessage } from '../../../../lib/errors';
import { useStoreOptions, useValidators } from '../../../workspace';
import { useSurveys } from '../../hooks';
import { useCreateKiosk, usePatchKiosk } from '../api';

interface Props {
  opened: boolean;
  /** null: registering a new tablet. */
  kiosk: KioskDevice | null;
  onClose: () => void;
  /** A new tablet's pairing code, to show next. */
  onRegistered: (name: string, pairing: KioskPairing) => void;
}

export function KioskModal({ opened, kiosk, onClose, onRegistered }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={kiosk ? t('kiosk.form.editTitle') : t('kiosk.form.registerTitle')} centered>
      <KioskForm key={kiosk?.id ?? 'new'} kiosk={kiosk} onDone={onClose} onRegistered={onRegistered} />
    </Modal>
  );
}

function KioskForm({ kiosk, onDone, onRegistered }: { kiosk: KioskDevice | null; onDone: () => void; onRegistered: Props['onRegistered'] }) {
  const { t } = useTranslation();
  const v = useValidators();
  const stores = useStoreOptions();
  const surveys = useSurveys({ pageSize: 200, sort: 'name', order: 'asc' });
  const create = useCreateKiosk();
  const patch = usePatchKiosk();
  const save = kiosk ? patch : create;
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm({
    initialValues: { name: kiosk?.name ?? '', storeId: kiosk?.store?.id ?? '', surveyId: kiosk?.survey?.id ?? '', touchpointId: kiosk?.touchpoint?.id ?? '' },
    validate: { name: v.required(80), storeId: (x) => (x ? null : t('validation.required')), surveyId: (x) => (x ? null : t('validation.required')) },
  });
  const survey = surveys.data?.items.find((s) => s.id === form.values.surveyId);
  const submit = form.onSubmit((values) => {
    const body = { name: values.name.trim(), storeId: values.storeId, surveyId: values.surveyId, touchpointId: values.touchpointId || null };
    const fields = ['name', 'storeId', 'surveyId', 'touchpointId'];
    const failed = (err: unknown) => applyFieldErrors(err, fields, form.setFieldError);
    const saved = (name: string) => notifications.show({ color: 'teal', message: t('kiosk.form.saved', { name }) });
    if (kiosk)
      patch.mutate({ id: kiosk.id, patch: body }, { onSuccess: (d) => { saved(d.name); onDone(); }, onError: failed });
    else
      create.mutate(body, { onSuccess: (d) => { saved(d.name); onDone(); onRegistered(d.name, d.pairing); }, onError: failed });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <TextInput label={t('kiosk.form.name')} placeholder={t('kiosk.form.namePlaceholder')} required data-autofocus {...form.getInputProps('name')} />
        <Select label={t('kiosk.form.store')} required searchable data={stores.data ?? []} disabled={stores.isPending} {...form.getInputProps('storeId')} />
        <Select
          label={t('kiosk.form.survey')}
          description={t('kiosk.form.surveyHint')}
          required
          searchable
          data={(surveys.data?.items ?? []).filter((s) => s.status !== 'archived' || s.id === form.values.surveyId).map((s) => ({ value: s.id, label: `${s.name} (${t(`feedback.statuses.${s.status}`)})` }))}
          disabled={surveys.isPending}
          {...form.getInputProps('surveyId')}
          onChange={(id) => {
            form.setFieldValue('surveyId', id ?? '');
            // The touchpoint must be one of the new survey's.
            if (!surveys.data?.items.find((s) => s.id === id)?.touchpoints.some((tp) => tp.id === form.values.touchpointId)) form.setFieldValue('touchpointId', '');
          }}
        />
        {survey && survey.status !== 'active' && (
          <Alert color="yellow" variant="light">
            {t('kiosk.form.inactive')}
          </Alert>
        )}
        <Select
          label={t('kiosk.form.touchpoint')}
          description={t('kiosk.form.touchpointHint')}
          placeholder={t('kiosk.form.noTouchpoint')}
          clearable
          data={(survey?.touchpoints ?? []).map((tp) => ({ value: tp.id, label: tp.name }))}
          disabled={!survey || survey.touchpoints.length === 0}
          {...form.getInputProps('touchpointId')}
          onChange={(id) => form.setFieldValue('touchpointId', id ?? '')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {kiosk ? t('common.save') : t('kiosk.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
