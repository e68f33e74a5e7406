import type { Campaign } from '@footprint/core';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBellRinging, IconPlayerPlay, IconPlayerStop, IconRefresh, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { useErrorMessage } from '../../../../lib/errors';
import type { CampaignAction } from '../api';
import { useCampaignAction, useDeleteCampaign } from '../hooks';
import { EMAIL_PATH } from '../paths';

/** What can be done with a campaign now: stop, resume, remind, resend failed, cancel the reminder, delete. */
export function CampaignActions({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const act = useCampaignAction();
  const remove = useDeleteCampaign();
  const [deleting, setDeleting] = useState(false);
  const failed = (e: unknown) => notifications.show({ color: 'red', message: message(e) });
  const run = (action: CampaignAction, done: string) => act.mutate({ id: campaign.id, action }, { onSuccess: () => notifications.show({ message: done }), onError: failed });
  const busy = (action: CampaignAction) => act.isPending && act.variables?.action === action;
  const s = campaign.status;
  const r = campaign.reminder.status;
  return (
    <Group gap="xs">
      {s === 'sending' && (
        <Button variant="default" leftSection={<IconPlayerStop size={16} aria-hidden />} loading={busy('cancel')} onClick={() => run('cancel', t('email.campaign.stopped'))}>
          {t('email.campaign.stop')}
        </Button>
      )}
      {s === 'cancelled' && (
        <Button variant="default" leftSection={<IconPlayerPlay size={16} aria-hidden />} loading={busy('retry')} onClick={() => run('retry', t('email.campaign.retried'))}>
          {t('email.campaign.resume')}
        </Button>
      )}
      {s === 'sent' && (r === 'none' || r === 'scheduled') && (
        <Button variant="light" leftSection={<IconBellRinging size={16} aria-hidden />} loading={busy('remind')} onClick={() => run('remind', t('email.campaign.reminderStarted'))}>
          {t('email.campaign.remindNow')}
        </Button>
      )}
      {s === 'sent' && r === 'scheduled' && (
        <Button variant="default" leftSection={<IconX size={16} aria-hidden />} loading={busy('cancel')} onClick={() => run('cancel', t('email.campaign.saved'))}>
          {t('email.campaign.cancelReminder')}
        </Button>
      )}
      {s === 'sent' && campaign.totals.failed > 0 && r !== 'sending' && (
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={busy('retry')} onClick={() => run('retry', t('email.campaign.retried'))}>
          {t('email.campaign.retry')}
        </Button>
      )}
      {s !== 'sending' && r !== 'sending' && (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
          {t('email.campaign.delete')}
        </Button>
      )}
      <ConfirmModal
        opened={deleting}
        title={t('email.campaign.deleteTitle')}
        loading={remove.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          remove.mutate(campaign.id, {
            onSuccess: () => {
              notifications.show({ message: t('email.campaign.deleted') });
              void navigate(EMAIL_PATH);
            },
            onError: failed,
          })
        }
      >
        {t('email.campaign.deleteBody', { name: campaign.name })}
      </ConfirmModal>
    </Group>
  );
}
