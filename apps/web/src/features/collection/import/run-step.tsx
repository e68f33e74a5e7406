import type { Import } from '@footprint/core';
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileImport, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat, useJob } from '../../workspace';
import { ik, useRunImport } from './hooks';

type Stage = 'mapping' | 'writing' | 'queued' | 'running';
const isStage = (s: string | null | undefined): s is Stage => s === 'mapping' || s === 'writing' || s === 'queued' || s === 'running';

/** The start button of a ready import. */
export function RunButton({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const run = useRunImport(imp.id);
  const errorMessage = useErrorMessage();
  return (
    <Stack gap="xs" align="flex-end">
      <Button leftSection={<IconFileImport size={16} aria-hidden />} loading={run.isPending} onClick={() => run.mutate()}>
        {t('imports.run.start', { formatted: fmt.number(imp.rowCount) })}
      </Button>
      {run.isError && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(run.error)}
        </Text>
      )}
    </Stack>
  );
}

/** Step 4: the import job's progress, then what it added (or why it failed: nothing was written). */
export function RunStep({ imp, onAnother }: { imp: Import; onAnother: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const job = useJob(imp.status === 'importing' ? imp.jobId : null);
  const status = job.data?.status;
  useEffect(() => {
    if (status === 'done' || status === 'failed') void qc.invalidateQueries({ queryKey: ik.all });
  }, [status, qc]);

  if (imp.status === 'done') {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} title={t('imports.run.doneTitle')} role="status">
          <Text size="sm">{t('imports.run.doneBody', { imported: fmt.number(imp.imported ?? 0) })}</Text>
          {Boolean(imp.duplicates) && <Text size="sm">{t('imports.run.duplicates', { formatted: fmt.number(imp.duplicates ?? 0) })}</Text>}
        </Alert>
        <Group>
          <Button component={Link} to="/collection/customers" variant="light">
            {t('imports.run.seeCustomers')}
          </Button>
          <Button component={Link} to="/collection/events" variant="light">
            {t('imports.run.seeEvents')}
          </Button>
          <Button variant="default" onClick={onAnother}>
            {t('imports.run.another')}
          </Button>
        </Group>
      </Stack>
    );
  }
  if (imp.status === 'failed') {
    return (
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('imports.run.failedTitle')} role="alert">
          {imp.error && <Text size="xs">{imp.error}</Text>}
        </Alert>
        <RetryButton imp={imp} />
      </Stack>
    );
  }
  const done = status === 'done';
  const percent = done ? 100 : Math.round((job.data?.progress ?? 0) * 100);
  const stage = isStage(job.data?.message) ? job.data.message : isStage(status) ? status : 'queued';
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm">{t(`imports.run.stages.${stage}`)}</Text>
        <Text size="sm" fw={600}>
          {percent}%
        </Text>
      </Group>
      <Progress.Root size="lg" role="progressbar" aria-label={t('imports.run.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`}>
        <Progress.Section value={percent} striped animated withAria={false} />
      </Progress.Root>
    </Stack>
  );
}

function RetryButton({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const run = useRunImport(imp.id);
  const errorMessage = useErrorMessage();
  return (
    <Group>
      <Button leftSection={<IconRefresh size={16} aria-hidden />} loading={run.isPending} onClick={() => run.mutate()}>
        {t('imports.run.retry')}
      </Button>
      {run.isError && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(run.error)}
        </Text>
      )}
    </Group>
  );
}
