import type { PersonaCoverage, PersonaRule } from '@footprint/core';
import { Alert, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../components/query-state';
import { useFormat } from '../../../workspace';
import { useCoveragePreview } from '../hooks';

function Score({ label, value, n }: { label: string; value: string | null; n: number }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" radius="md" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value ?? '—'}
      </Text>
      <Text size="xs" c="dimmed">
        {t('personas.rule.n', { n })}
      </Text>
    </Paper>
  );
}

export function CoverageNumbers({ c }: { c: PersonaCoverage }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const one = (x: number | null, digits: number) => (x === null ? null : x.toLocaleString(fmt.locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }));
  return (
    <Stack gap="xs">
      <Group gap="xs" align="baseline">
        <Text fw={700} size="xl" data-testid="persona-covered">
          {t('personas.rule.covered', { formatted: fmt.number(c.customers) })}
        </Text>
        {c.share !== null && (
          <Text size="sm" c="dimmed">
            {t('personas.rule.share', { pct: `${one(c.share * 100, 1)}%` })}
          </Text>
        )}
      </Group>
      {c.nps || c.csat || c.ces ? (
        <>
          <Text size="sm" fw={500}>
            {t('personas.rule.scoresIn')}
          </Text>
          <SimpleGrid cols={3} spacing="xs" data-testid="persona-scores">
            <Score label="NPS" value={c.nps ? one(c.nps.score, 0) : null} n={c.nps?.n ?? 0} />
            <Score label="CSAT" value={c.csat?.score != null ? `${one(c.csat.score, 0)}%` : null} n={c.csat?.n ?? 0} />
            <Score label="CES" value={c.ces ? one(c.ces.score, 1) : null} n={c.ces?.n ?? 0} />
          </SimpleGrid>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('personas.rule.noAnswers')}
        </Text>
      )}
    </Stack>
  );
}

/** The live count of the customers a rule (as it is being written) covers, and their scores. */
export function CoverageFigures({ rule }: { rule: PersonaRule | null }) {
  const { t } = useTranslation();
  const [settled] = useDebouncedValue(rule, 400);
  const coverage = useCoveragePreview(settled);
  if (rule === null) {
    return (
      <Alert variant="light" color="gray">
        {t('personas.rule.invalid')}
      </Alert>
    );
  }
  if (coverage.isError) return <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />;
  if (!coverage.data) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('personas.rule.counting')}</Text>
      </Group>
    );
  }
  return (
    <div aria-live="polite" aria-busy={coverage.isFetching} style={{ opacity: coverage.isFetching ? 0.6 : 1 }}>
      <CoverageNumbers c={coverage.data} />
    </div>
  );
}
