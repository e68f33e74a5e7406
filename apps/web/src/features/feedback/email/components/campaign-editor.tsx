import { REMINDER_MAX_DAYS, type Campaign } from '@footprint/core';
import { Alert, Button, Card, Group, NumberInput, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { useErrorMessage } from '../../../../lib/errors';
import { useSurveys } from '../../hooks';
import { useUnsavedGuard } from '../../lib/use-unsaved-guard';
import { contentProblems, isDirty, patchOf, toDraft, type CampaignDraft } from '../draft';
import { usePatchCampaign } from '../hooks';
import { AudienceCard } from './audience-card';
import { ContentCard } from './content-card';
import { SendCard } from './send-card';

/** A draft (or scheduled) campaign being written: settings, audience, content, reminder; saved together, then sent. */
export function CampaignEditor({ campaign, canSend }: { campaign: Campaign; canSend: boolean }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const patch = usePatchCampaign();
  const surveys = useSurveys({ pageSize: 200, sort: 'name', order: 'asc' });
  const [saved, setSaved] = useState<CampaignDraft>(() => toDraft(campaign));
  const [draft, setDraft] = useState<CampaignDraft>(saved);
  const dirty = isDirty(draft, saved);
  // Changed elsewhere while nothing is being edited here: show the new version.
  const [seen, setSeen] = useState(campaign.updatedAt);
  if (campaign.updatedAt !== seen) {
    setSeen(campaign.updatedAt);
    if (!dirty) {
      setSaved(toDraft(campaign));
      setDraft(toDraft(campaign));
    }
  }
  const guard = useUnsavedGuard(dirty && canSend);
  const valid = draft.name.trim() !== '' && contentProblems(draft).size === 0;
  const survey = surveys.data?.items.find((s) => s.id === draft.surveyId);
  const save = () =>
    patch.mutate(
      { id: campaign.id, patch: patchOf(draft) },
      {
        onSuccess: (c) => {
          setSaved(toDraft(c));
          setDraft(toDraft(c));
          setSeen(c.updatedAt);
          notifications.show({ message: t('email.campaign.saved') });
        },
      },
    );

  return (
    <Stack gap="lg">
      <ConfirmModal opened={guard.pending !== null} title={t('feedback.builder.leaveTitle')} confirmLabel={t('feedback.builder.leave')} onClose={guard.stay} onConfirm={guard.leave}>
        {t('email.campaign.leaveBody')}
      </ConfirmModal>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={3} fz="h5">
            {t('email.campaign.settings')}
          </Title>
          <Group gap="md" align="flex-start" wrap="wrap">
            <TextInput label={t('email.create.name')} withAsterisk maxLength={120} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} error={draft.name.trim() ? undefined : t('validation.required')} w={{ base: '100%', sm: 320 }} />
            <Select
              label={t('email.create.survey')}
              allowDeselect={false}
              searchable
              value={draft.surveyId}
              onChange={(v) => v && setDraft({ ...draft, surveyId: v, touchpointId: null })}
              data={(surveys.data?.items ?? [{ id: campaign.survey.id, name: campaign.survey.name, status: 'active' as const }]).map((s) => ({ value: s.id, label: s.name }))}
              w={{ base: '100%', sm: 280 }}
            />
            <Select
              label={t('email.create.touchpoint')}
              placeholder={t('email.create.noTouchpoint')}
              clearable
              value={draft.touchpointId}
              onChange={(v) => setDraft({ ...draft, touchpointId: v })}
              data={(survey?.touchpoints ?? (campaign.touchpoint ? [campaign.touchpoint] : [])).map((x) => ({ value: x.id, label: x.name }))}
              w={{ base: '100%', sm: 240 }}
            />
          </Group>
        </Stack>
      </Card>
      <AudienceCard campaign={campaign} draft={draft} onChange={setDraft} />
      <ContentCard draft={draft} publicId={campaign.surveyPublicId} onChange={setDraft} />
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t('email.reminder.title')}
          </Title>
          <Group gap="md" align="flex-end">
            <Switch label={t('email.reminder.on')} checked={draft.reminderDays !== null} onChange={(e) => setDraft({ ...draft, reminderDays: e.currentTarget.checked ? 3 : null })} />
            {draft.reminderDays !== null && (
              <NumberInput
                label={t('email.reminder.days')}
                min={1}
                max={REMINDER_MAX_DAYS}
                clampBehavior="strict"
                allowDecimal={false}
                value={draft.reminderDays}
                onChange={(v) => setDraft({ ...draft, reminderDays: typeof v === 'number' ? v : 1 })}
                w={140}
              />
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('email.reminder.hint')}
          </Text>
        </Stack>
      </Card>
      {patch.isError && (
        <Alert color="red" variant="light" role="alert">
          {message(patch.error)}
        </Alert>
      )}
      {canSend && (
        <Group justify="flex-end" style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', padding: 'var(--mantine-spacing-sm) 0', zIndex: 2 }}>
          <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={save} loading={patch.isPending} disabled={!dirty || !valid} variant={dirty ? 'filled' : 'default'}>
            {t('email.campaign.save')}
          </Button>
        </Group>
      )}
      {canSend && <SendCard campaign={campaign} dirty={dirty} />}
    </Stack>
  );
}
