import { parseWallTime, wallTimeToDate, type Campaign } from '@footprint/core';
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCalendarTime, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat, useSession } from '../../../workspace';
import { surveyPath } from '../../paths';
import { useCampaignAction } from '../hooks';
import { DAY_TIME_FORMAT, LocalDates } from './dates';

/** A picked wall-clock time, read in the workspace's time zone (not the browser's), as an ISO instant. */
const toIso = (wall: string | null, timeZone: string) => {
  const w = wall ? parseWallTime(wall, 'iso') : null;
  return w ? wallTimeToDate(w, timeZone).toISOString() : null;
};

/** Send now (asked first) or at a time; what would stop a send is said before the button is pressed. */
export function SendCard({ campaign, dirty }: { campaign: Campaign; dirty: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const act = useCampaignAction();
  const [confirming, setConfirming] = useState(false);
  const { workspace } = useSession();
  const [at, setAt] = useState<string | null>(null);
  const inactive = campaign.survey.status !== 'active';
  const run = (action: 'send' | 'cancel', when?: string) =>
    act.mutate(
      { id: campaign.id, action, ...(when ? { at: when } : {}) },
      {
        onSuccess: (c) => {
          setConfirming(false);
          notifications.show({ message: c.status === 'scheduled' && c.scheduledAt ? t('email.campaign.scheduled', { at: fmt.dateTime(c.scheduledAt) }) : action === 'send' ? t('email.campaign.started') : t('email.campaign.saved') });
        },
      },
    );
  const iso = toIso(at, workspace.timeZone);
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={3} fz="h5">
          {t('email.campaign.sendNow')}
        </Title>
        {campaign.delivery === 'log' && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t('email.campaign.logDelivery')}
          </Alert>
        )}
        {inactive && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            <Stack gap={4}>
              <Text size="sm">{t('email.campaign.surveyInactive')}</Text>
              <Anchor component={Link} to={surveyPath(campaign.survey.id)} size="sm">
                {t('email.campaign.openSurvey')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        {dirty && (
          <Text size="sm" c="yellow.8">
            {t('email.campaign.unsaved')}
          </Text>
        )}
        {campaign.status === 'scheduled' && campaign.scheduledAt && (
          <Group gap="sm">
            <Text size="sm">{t('email.campaign.scheduled', { at: fmt.dateTime(campaign.scheduledAt) })}</Text>
            <Button size="xs" variant="default" onClick={() => run('cancel')} loading={act.isPending}>
              {t('email.campaign.cancelSchedule')}
            </Button>
          </Group>
        )}
        <Group gap="md" align="flex-end" wrap="wrap">
          <Button leftSection={<IconSend size={16} aria-hidden />} disabled={dirty || inactive} onClick={() => setConfirming(true)}>
            {t('email.campaign.sendNow')}
          </Button>
          <LocalDates>
            <DateTimePicker label={t('email.campaign.scheduleAt')} description={workspace.timeZone} valueFormat={DAY_TIME_FORMAT} placeholder={DAY_TIME_FORMAT.toLowerCase()} clearable minDate={new Date()} value={at} onChange={setAt} w={240} />
          </LocalDates>
          <Button variant="default" leftSection={<IconCalendarTime size={16} aria-hidden />} disabled={dirty || inactive || !iso} onClick={() => iso && run('send', iso)} loading={act.isPending && act.variables?.at !== undefined}>
            {t('email.campaign.scheduleSubmit')}
          </Button>
        </Group>
        {act.isError && (
          <Alert color="red" variant="light" role="alert">
            {message(act.error)}
          </Alert>
        )}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('email.campaign.confirmTitle')} centered>
        <Stack gap="lg">
          <Text size="sm">{t('email.campaign.confirmBody')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => run('send')} loading={act.isPending} leftSection={<IconSend size={16} aria-hidden />}>
              {t('email.campaign.confirmSend')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
