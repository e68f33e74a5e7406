import type { Campaign } from '@footprint/core';
import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormSkeleton, QueryError } from '../../../../components/query-state';
import { isApiError } from '../../../../lib/api';
import { useFormat } from '../../../workspace';
import { surveyPath } from '../../paths';
import { CampaignActions } from '../components/campaign-actions';
import { CampaignEditor } from '../components/campaign-editor';
import { CampaignResults } from '../components/campaign-results';
import { RecipientsTable } from '../components/recipients-table';
import { CampaignStatusBadge } from '../components/status-badges';
import { useCampaign, useCanSendEmails } from '../hooks';
import { EMAIL_PATH } from '../paths';

/** /feedback/email/:id — a campaign: written and sent while a draft, followed (totals, recipients) after. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const campaign = useCampaign(id);
  if (campaign.isError) {
    return (
      <Stack gap="md">
        <BackLink />
        {isApiError(campaign.error) && campaign.error.status === 404 ? (
          <Alert color="yellow" variant="light">
            {t('email.campaign.notFound')}
          </Alert>
        ) : (
          <QueryError error={campaign.error} onRetry={() => void campaign.refetch()} />
        )}
      </Stack>
    );
  }
  if (campaign.isPending) return <FormSkeleton fields={6} />;
  return <CampaignView key={campaign.data.id} campaign={campaign.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={EMAIL_PATH} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('email.campaign.back')}
      </Group>
    </Anchor>
  );
}

function CampaignView({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canSend = useCanSendEmails();
  const editable = campaign.status === 'draft' || campaign.status === 'scheduled';
  const reminder =
    campaign.reminder.status === 'scheduled' && campaign.reminder.dueAt
      ? t('email.reminder.scheduled', { at: fmt.dateTime(campaign.reminder.dueAt) })
      : campaign.reminder.status === 'sent' && campaign.reminder.sentAt
        ? t('email.reminder.sent', { at: fmt.dateTime(campaign.reminder.sentAt) })
        : campaign.reminder.status === 'sending'
          ? t('email.reminder.sending')
          : null;
  return (
    <Stack gap="lg">
      <BackLink />
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} fz="h3">
              {campaign.name}
            </Title>
            <CampaignStatusBadge status={campaign.status} />
          </Group>
          <Text size="sm" c="dimmed">
            <Anchor component={Link} to={surveyPath(campaign.survey.id)} size="sm">
              {t('email.campaign.survey', { name: campaign.survey.name })}
            </Anchor>
            {campaign.touchpoint ? ` · ${campaign.touchpoint.name}` : ''}
            {campaign.startedAt ? ` · ${t('email.list.sentAt', { at: fmt.dateTime(campaign.startedAt) })}` : ''}
          </Text>
          {reminder && (
            <Text size="sm" c="dimmed">
              {reminder}
            </Text>
          )}
        </Stack>
        {canSend && !editable && <CampaignActions campaign={campaign} />}
      </Group>
      {editable ? (
        canSend ? (
          <CampaignEditor campaign={campaign} canSend={canSend} />
        ) : (
          <Card withBorder>
            <Text size="sm">{t('common.readOnly')}</Text>
          </Card>
        )
      ) : (
        <CampaignResults campaign={campaign} />
      )}
      {(!editable || campaign.audience.kind === 'list') && <RecipientsTable campaignId={campaign.id} progress={`${campaign.status}/${campaign.reminder.status}/${JSON.stringify(campaign.totals)}`} />}
    </Stack>
  );
}
