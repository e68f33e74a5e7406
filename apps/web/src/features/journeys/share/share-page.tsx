import { Alert, Badge, Box, Button, Card, Center, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconEye, IconLinkOff, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../../lib/api';
import { LanguageSwitch } from '../../workspace';
import { LiveControls } from '../live/components/live-controls';
import { useShareLive } from '../live/hooks';
import { LiveLayerBody } from '../live/live-layer-body';
import type { LiveGridProps } from '../live/live-grid-props';
import { useLiveView } from '../live/use-live-view';
import { JourneyGrid } from '../maps/components/journey-grid';
import { PrintPage } from '../print/print-page';
import { getSharedJourney } from './api';

/**
 * A journey map behind a read-only share link, outside the signed-in app: the map, its name, kind
 * and persona, and its live figures when the link allows them. Nothing is editable and nothing links
 * into the workspace.
 */
export function SharePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const shared = useQuery({ queryKey: ['journeys', 'share', token], queryFn: () => getSharedJourney(token), retry: (n, e) => !(isApiError(e) && e.status < 500) && n < 2 });
  const { view, update, today } = useLiveView();
  const live = useShareLive(token, { from: view.from, to: view.to }, shared.data?.withLive === true);
  const names = useMemo(() => new Map(Object.entries(shared.data?.touchpoints ?? {}).map(([id, tp]) => [id, tp.name])), [shared.data]);
  const notFound = shared.isError && isApiError(shared.error) && (shared.error.status === 404 || shared.error.status === 410 || shared.error.status === 400);

  let body;
  if (shared.isPending) body = <Stack gap="md" aria-busy="true">{[0, 1, 2].map((i) => <Skeleton key={i} height={i === 0 ? 48 : 160} />)}</Stack>;
  else if (notFound)
    body = (
      <Center mih="50vh">
        <Alert color="gray" variant="light" icon={<IconLinkOff size={20} aria-hidden />} title={t('journeyLive.share.notFound')} maw={520}>
          {t('journeyLive.share.notFoundBody')}
        </Alert>
      </Center>
    );
  else if (shared.isError)
    body = (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('journeyLive.share.error')} role="alert">
        <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void shared.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  else {
    const m = shared.data;
    const language = i18n.language === 'en' ? 'en' : 'vi';
    const touchpoints = Object.entries(m.touchpoints).map(([id, tp]) => ({ id, name: tp.name, channel: tp.channel }));
    const departments = Object.entries(m.departments).map(([id, d]) => ({ id, name: language === 'en' && d.nameEn ? d.nameEn : d.nameVi }));
    const grid = (extra: LiveGridProps) => <JourneyGrid doc={m.doc} language={language} editable={false} touchpoints={touchpoints} departments={departments} {...extra} />;
    body = (
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} fz="h2" style={{ overflowWrap: 'anywhere' }}>
            {m.name}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" tt="none">{t('journeyLive.share.kind', { kind: t(`journeyLive.kinds.${m.kind}`) })}</Badge>
            {m.persona && <Badge variant="light" color="grape" tt="none">{t('journeyLive.share.persona', { name: m.persona.name })}</Badge>}
            <Text size="sm" c="dimmed">{m.workspaceName}</Text>
          </Group>
          {m.description && <Text size="sm" c="dimmed" maw={860}>{m.description}</Text>}
        </Stack>
        {m.withLive ? (
          <Card withBorder padding="md">
            <Title order={2} fz="h4" mb="sm">{t('journeyLive.share.liveTitle')}</Title>
            <LiveControls view={view} today={today} update={update} />
            <Box mt="md">
              <LiveLayerBody doc={m.doc} live={live} period={view} names={names} renderGrid={grid} />
            </Box>
          </Card>
        ) : (
          grid({})
        )}
      </Stack>
    );
  }

  return (
    <Box mih="100vh" bg="gray.0" py="lg">
      <PrintPage />
      <Container size="xl">
        <Group justify="space-between" mb="md" data-print-hide>
          <Group gap={6}>
            <IconEye size={16} aria-hidden />
            <Text size="sm" c="dimmed">{t('journeyLive.share.readOnly')}</Text>
          </Group>
          <LanguageSwitch />
        </Group>
        {body}
        <Text size="xs" c="dimmed" ta="center" mt="xl">{t('journeyLive.share.poweredBy')}</Text>
      </Container>
    </Box>
  );
}

