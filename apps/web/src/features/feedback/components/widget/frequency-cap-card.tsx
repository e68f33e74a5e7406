import { Button, Card, Group, NumberInput, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../components/query-state';
import { useErrorMessage } from '../../../../lib/errors';
import { useFeedbackSettings, usePatchFeedbackSettings } from '../../widget-hooks';

/** The workspace's frequency cap, shown where it matters: it holds for every survey's widget. */
export function FrequencyCapCard() {
  const { t } = useTranslation();
  const settings = useFeedbackSettings();
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t('widget.cap')}
        </Title>
        {settings.isError ? (
          <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : settings.isPending ? (
          <Skeleton height={60} />
        ) : (
          <CapForm key={settings.data.frequencyCapDays} saved={settings.data.frequencyCapDays} />
        )}
      </Stack>
    </Card>
  );
}

function CapForm({ saved }: { saved: number }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const patch = usePatchFeedbackSettings();
  const [days, setDays] = useState<number | string>(saved);
  const valid = typeof days === 'number' && Number.isInteger(days) && days >= 0 && days <= 365;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <NumberInput label={t('widget.capLabel')} min={0} max={365} allowDecimal={false} value={days} onChange={setDays} w={320} error={valid ? undefined : t('validation.required')} />
        <Button
          variant="light"
          disabled={!valid || days === saved}
          loading={patch.isPending}
          onClick={() =>
            valid &&
            patch.mutate({ frequencyCapDays: days }, { onSuccess: () => notifications.show({ color: 'green', message: t('widget.capSaved') }), onError: (e) => notifications.show({ color: 'red', message: message(e) }) })
          }
        >
          {t('widget.capSave')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('widget.capHint')}
      </Text>
    </Stack>
  );
}
