import { foldForSearch, isTooFewAnswers, MIN_SAMPLE, type Metric, type GroupScores, type ScoreGrouping } from '@footprint/core';
import { Anchor, Group, Pagination, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SearchInput } from '../../../../components/search-input';
import { SortHeader } from '../../../workspace';
import { useScoreFormat } from '../metrics';
import type { BreakdownSort } from '../use-score-filters';
import { DeltaBadge } from './delta-badge';
import { IntervalBar, SplitBar } from './interval-bar';

const PAGE_SIZE = 10;

/** How a group is named: its name, the channel's label, or what "none" and "deleted" mean here. */
export function useGroupLabel() {
  const { t } = useTranslation();
  return (group: ScoreGrouping, item: Pick<GroupScores, 'key' | 'name'>) => {
    if (group === 'channel') return t(`scores.channels.${item.key as 'link'}`, { defaultValue: item.key ?? '' });
    if (item.key === null) return t(`scores.none.${group}`);
    return item.name ?? t(`scores.deleted.${group}`);
  };
}

interface Props {
  group: ScoreGrouping;
  metric: Metric;
  items: GroupScores[];
  compared: boolean;
  sort: BreakdownSort;
  order: 'asc' | 'desc';
  onSort: (sort: BreakdownSort, order: 'asc' | 'desc') => void;
  /** A link that narrows the screen to one group (touchpoints, stores, surveys). */
  linkOf?: (item: GroupScores) => string | null;
}

/** One row per group: the score with its interval on the whole scale, n, the change, and for NPS the split. */
export function BreakdownTable({ group, metric, items, compared, sort, order, onSort, linkOf }: Props) {
  const { t, i18n } = useTranslation();
  const f = useScoreFormat();
  const labelOf = useGroupLabel();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);

  const needle = foldForSearch(q);
  const rows = items
    .map((item) => ({ item, label: labelOf(group, item), score: item[metric] }))
    .filter((r) => r.score !== null && (!needle || foldForSearch(r.label).includes(needle)));
  const value = (r: (typeof rows)[number]): number | string | null =>
    sort === 'name' ? r.label : sort === 'n' ? (r.score?.n ?? 0) : sort === 'delta' ? (r.item.comparison?.[metric]?.delta ?? null) : (r.score?.score ?? null);
  rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // unknown last either way
    const c = typeof x === 'string' ? x.localeCompare(String(y), i18n.language) : x - (y as number);
    return order === 'asc' ? c : -c;
  });
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);
  const header = (column: BreakdownSort, label: string) => (
    <SortHeader column={column} label={label} sort={sort} order={order} onSort={(c) => onSort(c, c === sort && order === 'desc' ? 'asc' : c === 'name' ? 'asc' : 'desc')} />
  );

  return (
    <Stack gap="sm">
      {items.length > PAGE_SIZE && (
        <Group>
          <SearchInput label={t('scores.breakdown.search')} placeholder={t('scores.breakdown.searchPlaceholder')} value={q} onChange={(v) => (setQ(v), setPage(1))} />
        </Group>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" aria-label={t('scores.breakdown.tableLabel', { metric: t(`scores.metrics.${metric}`), group: t(`scores.groups.${group}`) })}>
          <Table.Thead>
            <Table.Tr>
              {header('name', t(`scores.groups.${group}`))}
              {header('score', t(`scores.metrics.${metric}`))}
              <Table.Th>{t('scores.ci')}</Table.Th>
              {header('n', t('scores.n'))}
              {compared && header('delta', t('scores.breakdown.change'))}
              {metric === 'nps' && <Table.Th>{t('scores.split.title')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map(({ item, label, score }) => {
              const few = score !== null && isTooFewAnswers(score);
              const link = linkOf?.(item) ?? null;
              return (
                <Table.Tr key={item.key ?? 'none'} style={few ? { opacity: 0.62 } : undefined} data-few={few || undefined}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {link ? (
                        <Anchor component={Link} to={link} size="sm" fw={500}>
                          {label}
                        </Anchor>
                      ) : (
                        <Text size="sm" fw={500} fs={item.key === null || (group !== 'channel' && item.name === null) ? 'italic' : undefined}>
                          {label}
                        </Text>
                      )}
                      {few && (
                        <Tooltip label={t('scores.fewRow', { n: f.count(score.n), min: MIN_SAMPLE })} multiline w={260} withArrow>
                          <IconAlertTriangle size={14} color="var(--mantine-color-yellow-7)" aria-label={t('scores.few')} role="img" />
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td fw={600}>{f.score(metric, score?.score ?? null)}</Table.Td>
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <IntervalBar metric={metric} score={score} muted={few} />
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {f.interval(metric, score?.ci ?? null)}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>{f.count(score?.n ?? 0)}</Table.Td>
                  {compared && (
                    <Table.Td>
                      <DeltaBadge metric={metric} comparison={item.comparison?.[metric] ?? null} size="xs" compact />
                    </Table.Td>
                  )}
                  {metric === 'nps' && (
                    <Table.Td>
                      {item.nps && (
                        <Tooltip label={t('scores.split.row', { promoters: f.pct(item.nps.promoterPct), passives: f.pct(item.nps.passivePct), detractors: f.pct(item.nps.detractorPct) })} withArrow>
                          <div>
                            <SplitBar promoters={item.nps.promoterPct} passives={item.nps.passivePct} detractors={item.nps.detractorPct} />
                          </div>
                        </Tooltip>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" ta="center" py="md">
          {needle ? t('scores.breakdown.noMatch') : t('scores.breakdown.noMetric', { metric: t(`scores.metrics.${metric}`) })}
        </Text>
      )}
      {pages > 1 && (
        <Group justify="flex-end">
          <Pagination total={pages} value={Math.min(page, pages)} onChange={setPage} size="sm" />
        </Group>
      )}
    </Stack>
  );
}
