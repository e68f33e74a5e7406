import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../../lib/errors';
import { useSurveys } from '../../hooks';
import { useCreateCampaign } from '../hooks';
import { campaignPath } from '../paths';

/** A campaign starts as a draft: its name, survey, touchpoint and kind of audience; the email is written next. */
export function NewCampaignModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const create = useCreateCampaign();
  const surveys = useSurveys({ pageSize: 200, sort: 'name', order: 'asc' });
  const [name, setName] = useState('');
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const [kind, setKind] = useState<'customers' | 'list'>('customers');
  const [tried, setTried] = useState(false);
  const survey = surveys.data?.items.find((s) => s.id === surveyId);
  const submit = () => {
    setTried(true);
    if (!name.trim() || !surveyId) return;
    create.mutate(
      { name, surveyId, touchpointId, audience: kind === 'list' ? { kind: 'list' } : { kind: 'customers' } },
      {
        onSuccess: (c) => {
          notifications.show({ message: t('email.create.created', { name: c.name }) });
          onClose();
          void navigate(campaignPath(c.id));
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('email.create.title')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('email.create.name')}
            placeholder={t('email.create.namePlaceholder')}
            withAsterisk
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={tried && !name.trim() ? t('validation.required') : undefined}
            data-autofocus
          />
          <Select
            label={t('email.create.survey')}
            placeholder={t('email.create.surveyPlaceholder')}
            withAsterisk
            searchable
            value={surveyId}
            onChange={(v) => {
              setSurveyId(v);
              setTouchpointId(null);
            }}
            data={(surveys.data?.items ?? []).map((s) => ({ value: s.id, label: `${s.name} · ${t(`feedback.statuses.${s.status}`)}` }))}
            error={tried && !surveyId ? t('validation.required') : undefined}
          />
          {survey && survey.status !== 'active' && (
            <Alert color="yellow" variant="light" p="xs">
              <Text size="sm">{t('email.create.surveyInactive')}</Text>
            </Alert>
          )}
          <Select
            label={t('email.create.touchpoint')}
            description={t('email.create.touchpointHint')}
            placeholder={t('email.create.noTouchpoint')}
            clearable
            disabled={!survey || survey.touchpoints.length === 0}
            value={touchpointId}
            onChange={setTouchpointId}
            data={(survey?.touchpoints ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('email.create.audience')}
            </Text>
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v === 'list' ? 'list' : 'customers')}
              data={[
                { value: 'customers', label: t('email.audience.customers') },
                { value: 'list', label: t('email.audience.list') },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t('email.segmentsLater')}
            </Text>
          </Stack>
          {create.isError && (
            <Alert color="red" variant="light" role="alert">
              {message(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('email.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
