import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { snippet } from '@footprint/sdk';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CodeBlock } from '../../../collection';

/** For the site's developer: the snippet (the widget comes with it) and the event that brings a survey up. */
export function WidgetInstall({ events }: { events: string[] }) {
  const { t } = useTranslation();
  const event = events[0] ?? 'Đặt hàng';
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {t('widget.install')}
        </Title>
        <Text size="sm">{t('widget.installIntro')}</Text>
        <CodeBlock label={t('widget.installTag')} code={snippet(window.location.origin, 'YOUR_WRITE_KEY')} />
        <CodeBlock label={t('widget.installEvent')} code={`footprint.track(${JSON.stringify(event)}, { total: 350000 });`} />
        <Text size="sm" c="dimmed">
          {t('widget.installConsent')}
        </Text>
        <Anchor component={Link} to="/collection/live" size="sm">
          {t('widget.installLink')}
        </Anchor>
      </Stack>
    </Card>
  );
}
