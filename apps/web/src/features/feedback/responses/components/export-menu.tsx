import type { ExportFormat, ResponseExport, ResponseFilters } from '@footprint/core';
import { Alert, Button, CloseButton, Group, Menu, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconCircleCheck, IconDownload, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat, useJob } from '../../../workspace';
import { exportFileUrl } from '../api';
import { useCanExportResponses, useCreateExport, useExport } from '../hooks';
import { rk } from '../query-keys';

const LABEL: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'XLSX' };

/** The export button: the file is made by a background job, with its progress, then offered for download. */
export function ExportMenu({ filters }: { filters: ResponseFilters }) {
  const { t } = useTranslation();
  const canExport = useCanExportResponses();
  const create = useCreateExport();
  const errorMessage = useErrorMessage();
  const [current, setCurrent] = useState<ResponseExport | null>(null);
  const start = (format: ExportFormat) => create.mutate({ format, filters }, { onSuccess: (r) => setCurrent(r.export) });

  const button = (
    <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} loading={create.isPending} disabled={!canExport}>
      {t('responses.export.button')}
    </Button>
  );
  return (
    <Stack gap="xs" align="flex-end">
      {canExport ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>{button}</Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconFileTypeCsv size={16} aria-hidden />} onClick={() => start('csv')}>
              {t('responses.export.csv')}
            </Menu.Item>
            <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={() => start('xlsx')}>
              {t('responses.export.xlsx')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : (
        <Tooltip label={t('responses.export.noRight')} multiline w={260}>
          <span>{button}</span>
        </Tooltip>
      )}
      {create.isError && (
        <Text size="sm" c="red" role="alert" maw={420} ta="right">
          {errorMessage(create.error)}
        </Text>
      )}
      {current && <ExportProgress key={current.id} started={current} onDismiss={() => setCurrent(null)} />}
    </Stack>
  );
}

/** One export's way to its file: a progress bar while the job writes it, then the download. */
function ExportProgress({ started, onDismiss }: { started: ResponseExport; onDismiss: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const job = useJob(started.jobId);
  const finished = job.data?.status === 'done' || job.data?.status === 'failed';
  const exp = useExport(started.id, finished);
  useEffect(() => {
    if (finished) void qc.invalidateQueries({ queryKey: rk.export(started.id) });
  }, [finished, qc, started.id]);
  const e = finished && exp.data ? exp.data : started;
  const format = LABEL[e.format];

  if (e.status === 'failed' || job.data?.status === 'failed') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('responses.export.failed')} role="alert" withCloseButton onClose={onDismiss} closeButtonLabel={t('responses.export.dismiss')}>
        {e.error && <Text size="xs">{e.error}</Text>}
      </Alert>
    );
  }
  if (e.status === 'done') {
    return (
      <Group gap="sm" wrap="nowrap" role="status">
        <IconCircleCheck size={18} aria-hidden color="var(--mantine-color-teal-6)" />
        <Text size="sm">{t('responses.export.ready', { formatted: fmt.number(e.rowCount) })}</Text>
        <Button component="a" href={exportFileUrl(e.id)} download={e.fileName} size="xs" leftSection={<IconDownload size={14} aria-hidden />}>
          {t('responses.export.download', { format })}
        </Button>
        <CloseButton size="sm" aria-label={t('responses.export.dismiss')} onClick={onDismiss} />
      </Group>
    );
  }
  const percent = Math.round((job.data?.progress ?? 0) * 100);
  return (
    <Stack gap={4} w={320} role="status" aria-live="polite">
      <Group justify="space-between">
        <Text size="sm">{percent > 0 ? t('responses.export.writing', { formatted: fmt.number(e.rowCount) }) : t('responses.export.started', { format })}</Text>
        <Text size="sm" fw={600}>
          {percent}%
        </Text>
      </Group>
      <Progress.Root size="md" role="progressbar" aria-label={t('responses.export.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`}>
        <Progress.Section value={Math.max(percent, 3)} striped animated withAria={false} />
      </Progress.Root>
    </Stack>
  );
}
