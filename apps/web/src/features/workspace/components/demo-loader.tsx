import type { Job } from '@footprint/core';
import { Alert, Button, Card, Group, NumberInput, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDatabaseImport } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/errors';
import { vi } from '../../../i18n/vi';
import { humanise } from '../demo';
import { useFormat } from '../hooks/use-format';
import { useJob, useLoadDemo } from '../hooks/use-job';
import { useSession } from '../hooks/use-session';
import { qk } from '../query-keys';

const storageKey = (workspaceId: string) => `footprint.demoJob.${workspaceId}`;
const MIN = 10;
const MAX = 1_000_000;

type ResultKey = keyof typeof vi.demo.resultLabels;
type StageKey = keyof typeof vi.demo.stages;
const isResultKey = (k: string): k is ResultKey => Object.hasOwn(vi.demo.resultLabels, k);
const isStageKey = (k: string): k is StageKey => Object.hasOwn(vi.demo.stages, k);

export function DemoLoader() {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const qc = useQueryClient();
  const errorMessage = useErrorMessage();
  const fmt = useFormat();
  // The job survives a reload of the page so its progress can still be followed.
  const [jobId, setJobId] = useState<string | null>(() => sessionStorage.getItem(storageKey(workspace.id)));
  const [customers, setCustomers] = useState<number | string>(500);
  const job = useJob(jobId);
  const start = useLoadDemo();
  const status = job.data?.status;
  const running = start.isPending || status === 'queued' || status === 'running';

  useEffect(() => {
    // Polling (no live events) also has to refresh what the demo changed: people, customers, surveys, scores.
    if (status === 'done') void qc.invalidateQueries();
  }, [status, qc]);

  const n = typeof customers === 'number' ? customers : Number.NaN;
  const invalid = !Number.isInteger(n) || n < MIN || n > MAX;
  const submit = () => {
    if (invalid) return;
    start.mutate(n, {
      onSuccess: (j) => {
        qc.setQueryData(qk.job(j.id), j);
        sessionStorage.setItem(storageKey(workspace.id), j.id);
        setJobId(j.id);
      },
    });
  };

  return (
    <Card withBorder padding="lg" id="demo">
      <Stack gap="md">
        <Group gap="sm">
          <IconDatabaseImport size={22} aria-hidden />
          <Title order={2} fz="h4">
            {t('demo.title')}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('demo.intro')}
        </Text>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          noValidate
        >
          <Group align="flex-end" gap="sm">
            <NumberInput
              label={t('demo.customers')}
              value={customers}
              onChange={setCustomers}
              min={MIN}
              max={MAX}
              step={100}
              thousandSeparator={fmt.locale === 'vi' ? '.' : ','}
              decimalSeparator={fmt.locale === 'vi' ? ',' : '.'}
              allowDecimal={false}
              allowNegative={false}
              error={invalid ? t('validation.customersRange') : undefined}
              w={220}
              disabled={running}
            />
            <Button type="submit" loading={start.isPending} disabled={running || invalid}>
              {t('demo.submit')}
            </Button>
          </Group>
        </form>
        {start.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(start.error)}
          </Alert>
        )}
        {jobId && job.isError && <QueryError error={job.error} onRetry={() => void job.refetch()} />}
        {job.data && <JobStatus job={job.data} />}
      </Stack>
    </Card>
  );
}

function JobStatus({ job }: { job: Job }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const done = job.status === 'done';
  const percent = done ? 100 : Math.round(job.progress * 100);
  if (job.status === 'failed') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('demo.failed')} role="alert">
        <Text size="sm">{t('demo.failedHint')}</Text>
        {job.error && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('demo.technicalDetail')}: {job.error}
          </Text>
        )}
      </Alert>
    );
  }
  const stage = job.message && isStageKey(job.message) ? t(`demo.stages.${job.message}`) : (job.message ?? t(`demo.status.${job.status}`));
  const entries = Object.entries(job.result ?? {});
  return (
    <Stack gap="sm">
      <Stack gap={6} role="status" aria-live="polite">
        <Group justify="space-between">
          <Text size="sm">{done ? t('demo.status.done') : stage}</Text>
          <Text size="sm" fw={600}>
            {percent}%
          </Text>
        </Group>
        {/* The bar itself carries the role, so it is visible (and announced) even at 0%. */}
        <Progress.Root
          size="lg"
          role="progressbar"
          aria-label={t('demo.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}%`}
        >
          <Progress.Section value={percent} striped={!done} animated={!done} withAria={false} />
        </Progress.Root>
      </Stack>
      {done && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} title={t('demo.finished')}>
          {entries.length > 0 && (
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing={4} mt="xs" mb={0} component="ul" p={0} style={{ listStyle: 'none' }}>
              {entries.map(([key, value]) => (
                <Text key={key} component="li" size="sm">
                  {isResultKey(key) ? t(`demo.resultLabels.${key}`) : humanise(key)}:{' '}
                  <Text span fw={700}>
                    {typeof value === 'number' ? fmt.number(value) : String(value)}
                  </Text>
                </Text>
              ))}
            </SimpleGrid>
          )}
        </Alert>
      )}
    </Stack>
  );
}
