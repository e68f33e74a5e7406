import { SEND_INTERRUPTED, type CampaignStatus, type DeliveryStatus, type Recipient } from '@footprint/core';
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const CAMPAIGN: Record<CampaignStatus, string> = { draft: 'gray', scheduled: 'blue', sending: 'yellow', sent: 'green', cancelled: 'dark' };
const DELIVERY: Record<DeliveryStatus, string> = { queued: 'gray', sending: 'yellow', sent: 'green', failed: 'red', bounced: 'orange', suppressed: 'dark' };

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={CAMPAIGN[status]} variant="light">
      {t(`email.statuses.${status}`)}
    </Badge>
  );
}

/** A recipient's delivery, with the SMTP server's words when it failed (an interrupted send is explained). */
export function DeliveryCell({ r }: { r: Pick<Recipient, 'status' | 'error'> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={DELIVERY[r.status]} variant="light">
        {t(`email.delivery.${r.status}`)}
      </Badge>
      {r.error && (
        <Text size="xs" c={r.status === 'bounced' ? 'orange.8' : 'red.8'} style={{ overflowWrap: 'anywhere' }} maw={320}>
          {r.error === SEND_INTERRUPTED ? t('email.interrupted') : r.error}
        </Text>
      )}
    </Stack>
  );
}
