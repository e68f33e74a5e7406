import { Badge, Button, Card, Collapse, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { useFormat } from '../../workspace';
import { InstallPanel } from '../components/install-panel';
import { LiveList } from '../components/live-list';
import { useCustomerNames } from '../hooks/use-customer-names';
import { useLiveFeed } from '../hooks/use-live-feed';
import { useNow } from '../hooks/use-now';
import { LIVE_MAX, type LiveItem } from '../live-store';

/** Events as they arrive, for whoever is installing the SDK or checking an integration. */
export function LivePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const now = useNow(5000);
  const { items, rate, recent } = useLiveFeed(now);
  // New customers identify themselves while one watches: refresh the names now and then.
  const names = useCustomerNames(recent.data?.items, 30_000);
  // Paused: the list stays as it was; events keep being collected and show on resume.
  const [frozen, setFrozen] = useState<LiveItem[] | null>(null);
  const [installChoice, setInstallChoice] = useState<boolean | null>(null);
  const shown = frozen ?? items;
  const frozenIds = new Set(frozen?.map((i) => i.id));
  const waiting = frozen ? items.filter((i) => !frozenIds.has(i.id)).length : 0;
  const installOpen = installChoice ?? (!recent.isPending && items.length === 0);

  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Group justify="space-between" align="center" wrap="wrap" gap="md">
          <Group gap="xl" wrap="wrap">
            <div>
              <Text size="sm" c="dimmed">
                {t('collection.live.rate')}
              </Text>
              <Text fz={32} fw={650} lh={1.1}>
                {fmt.number(rate)}
              </Text>
            </div>
            <Badge variant="dot" color={frozen ? 'gray' : 'teal'} size="lg" maw="none">
              {frozen ? t('collection.live.paused') : t('collection.live.listening')}
            </Badge>
            {waiting > 0 && (
              <Text size="sm" c="dimmed" role="status">
                {t('collection.live.waiting', { formatted: fmt.number(waiting) })}
              </Text>
            )}
          </Group>
          <Button
            variant={frozen ? 'filled' : 'light'}
            leftSection={frozen ? <IconPlayerPlay size={16} aria-hidden /> : <IconPlayerPause size={16} aria-hidden />}
            aria-pressed={frozen !== null}
            onClick={() => setFrozen(frozen ? null : items)}
          >
            {frozen ? t('collection.live.resume') : t('collection.live.pause')}
          </Button>
        </Group>
      </Card>

      <Card withBorder padding="lg">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Title order={2} fz="h4">
              {t('collection.install.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('collection.install.intro')}
            </Text>
          </div>
          <Button
            variant="subtle"
            onClick={() => setInstallChoice(!installOpen)}
            aria-expanded={installOpen}
            aria-controls="install-panel"
            rightSection={installOpen ? <IconChevronUp size={16} aria-hidden /> : <IconChevronDown size={16} aria-hidden />}
          >
            {installOpen ? t('collection.install.hide') : t('collection.install.show')}
          </Button>
        </Group>
        <Collapse expanded={installOpen} id="install-panel">
          <Stack pt="md">
            <InstallPanel />
          </Stack>
        </Collapse>
      </Card>

      <Card withBorder padding="lg">
        <Title order={2} fz="h4" mb="sm">
          {t('collection.live.listTitle')}
        </Title>
        {recent.isError && <QueryError error={recent.error} onRetry={() => void recent.refetch()} />}
        {recent.isPending && shown.length === 0 ? (
          <TableSkeleton cols={5} rows={6} />
        ) : shown.length === 0 ? (
          !recent.isError && (
            <EmptyState icon={<Loader size="sm" type="dots" aria-hidden />} title={t('collection.live.emptyTitle')} description={t('collection.live.emptyBody')} py="xl" />
          )
        ) : (
          <>
            <LiveList items={shown} now={now} names={names} />
            <Text size="xs" c="dimmed" mt="xs">
              {t('collection.live.keeps', { max: LIVE_MAX })}
            </Text>
          </>
        )}
      </Card>
    </Stack>
  );
}
