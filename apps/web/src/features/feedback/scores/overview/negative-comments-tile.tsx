import type { NegativeComment } from '@footprint/core';
import { Anchor, Badge, Blockquote, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../../components/query-state';
import { useFormat, type OverviewPeriod } from '../../../workspace';
import { RESPONSES_PATH } from '../../responses/paths';
import { useNegativeComments } from '../hooks';
import { TileCard } from './tile-card';

/** The latest things unhappy customers wrote, with where and who (the text is shown as text, never HTML). */
export function NegativeCommentsTile({ period }: { period: OverviewPeriod }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const comments = useNegativeComments({ from: period.from, to: period.to, limit: 5 });
  // The responses screen, filtered the same way; a comment opens its response there.
  const negative = `${RESPONSES_PATH}?scoreGroup=negative&from=${period.from}&to=${period.to}`;
  return (
    <TileCard title={t('scores.overview.commentsTitle')} to={negative} linkLabel={t('scores.overview.allNegative')}>
      {comments.isError ? (
        <QueryError error={comments.error} onRetry={() => void comments.refetch()} />
      ) : comments.isPending ? (
        <Stack gap="xs">{[0, 1, 2].map((i) => <Skeleton key={i} height={48} />)}</Stack>
      ) : comments.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('scores.overview.noComments')}
        </Text>
      ) : (
        <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {comments.data.items.map((c) => (
            <li key={c.id}>
              <Blockquote color="red" p="xs" pl="md" iconSize={0} styles={{ root: { borderInlineStartWidth: 3 } }}>
                <Anchor component={Link} to={`${negative}&response=${c.id}`} size="sm" c="inherit" underline="hover" lineClamp={4} style={{ overflowWrap: 'anywhere' }}>
                  {c.comment}
                </Anchor>
              </Blockquote>
              <Group gap={6} mt={6} wrap="wrap">
                <Badge size="xs" color="red" variant="light" tt="none">
                  {t(`scores.scoreLabels.${c.score.metric}`)} {fmt.number(Math.round(c.score.value))}
                </Badge>
                <Text size="xs" c="dimmed">
                  <Who comment={c} /> · {[c.survey.name, c.touchpoint?.name, c.store?.name].filter(Boolean).join(' · ')} · {fmt.dateTime(c.completedAt)}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </TileCard>
  );
}

function Who({ comment }: { comment: NegativeComment }) {
  const { t } = useTranslation();
  const c = comment.customer;
  if (!c) return <>{t('scores.overview.anonymous')}</>;
  const name = c.name ?? c.userId ?? t('scores.overview.anonymous');
  return c.userId ? (
    <Anchor component={Link} to={`/collection/customers/${encodeURIComponent(c.userId)}`} size="xs">
      {name}
    </Anchor>
  ) : (
    <>{name}</>
  );
}
