import { MAX_IMPORT_BYTES, type Import } from '@footprint/core';
import { Alert, Group, Progress, Stack, Text } from '@mantine/core';
import { Dropzone, MIME_TYPES } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/errors';
import { uploadFile } from './api';

/** Step 1: a file dropped or chosen goes up as it is, with a progress bar; the server reads it. */
export function UploadStep({ onUploaded }: { onUploaded: (imp: Import) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [progress, setProgress] = useState(0);
  const [rejected, setRejected] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadFile(file, setProgress);
    },
    onSuccess: onUploaded,
  });
  const percent = Math.round(progress * 100);
  return (
    <Stack gap="md">
      <Dropzone
        onDrop={(files) => {
          setRejected(false);
          if (files[0]) upload.mutate(files[0]);
        }}
        onReject={() => setRejected(true)}
        maxSize={MAX_IMPORT_BYTES}
        maxFiles={1}
        multiple={false}
        // Browsers name .csv files in several ways (text/csv, application/vnd.ms-excel, none): the extension decides.
        accept={{ [MIME_TYPES.csv]: ['.csv', '.txt', '.tsv'], [MIME_TYPES.xlsx]: ['.xlsx'], 'application/vnd.ms-excel': ['.csv'], 'text/plain': ['.csv', '.txt', '.tsv'] }}
        loading={upload.isPending}
        aria-label={t('imports.upload.drop')}
      >
        <Group justify="center" gap="lg" mih={160} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={48} stroke={1.5} aria-hidden />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={48} stroke={1.5} aria-hidden />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileSpreadsheet size={48} stroke={1.5} aria-hidden />
          </Dropzone.Idle>
          <Stack gap={4} maw={520}>
            <Text size="lg" fw={500}>
              {t('imports.upload.drop')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('imports.upload.dropHint')}
            </Text>
          </Stack>
        </Group>
      </Dropzone>
      {upload.isPending && (
        <Stack gap={6} role="status" aria-live="polite">
          <Group justify="space-between">
            <Text size="sm">{t('imports.upload.uploading', { name: upload.variables.name })}</Text>
            <Text size="sm" fw={600}>
              {percent}%
            </Text>
          </Group>
          <Progress value={percent} size="lg" striped animated aria-label={t('imports.upload.progressLabel')} />
        </Stack>
      )}
      {rejected && (
        <Alert color="red" variant="light" role="alert">
          {t('imports.upload.reject')}
        </Alert>
      )}
      {upload.isError && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(upload.error)}
        </Alert>
      )}
    </Stack>
  );
}
