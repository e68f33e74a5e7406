import type { Import } from '@footprint/core';
import { Alert, Anchor, Card, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormSkeleton, QueryError } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../workspace';
import { ik, useDeleteImport, useImport } from '../import/hooks';
import { MappingPreview } from '../import/mapping-preview';
import { MappingStep } from '../import/mapping-step';
import { ReportStep } from '../import/report-step';
import { RunButton, RunStep } from '../import/run-step';
import { ImportStatusBadge } from '../import/status-badge';
import { TemplateMenu } from '../import/template-menu';
import { UploadStep } from '../import/upload-step';
import { useCanImport } from '../import/use-can-import';
import { importPath } from './imports-page';

/** Which step an import is at: its status decides, unless the person went back to the mapping. */
function stepOf(imp: Import | undefined, editing: boolean): number {
  if (!imp) return 0;
  if (imp.status === 'uploaded' || editing) return 1;
  if (imp.status === 'invalid' || imp.status === 'ready') return 2;
  return 3;
}

/** The import wizard: upload → map → check → import. `/collection/imports/new`, then the import's own address. */
export function ImportPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const importId = id && id !== 'new' ? id : null;
  const navigate = useNavigate();
  const qc = useQueryClient();
  const canImport = useCanImport();
  const fmt = useFormat();
  const errorMessage = useErrorMessage();
  const imp = useImport(importId);
  const remove = useDeleteImport();
  const [editing, setEditing] = useState(false);
  const step = stepOf(imp.data, editing);
  const startOver = () => {
    setEditing(false);
    void navigate('/collection/imports/new');
  };

  const body = () => {
    if (importId && imp.isError) return <QueryError error={imp.error} onRetry={() => void imp.refetch()} />;
    if (importId && imp.isPending) return <FormSkeleton fields={4} />;
    const current = imp.data;
    if (!current || step === 0) {
      return canImport ? (
        <UploadStep
          onUploaded={(created) => {
            qc.setQueryData(ik.one(created.id), created);
            void qc.invalidateQueries({ queryKey: ['imports', 'list'] });
            void navigate(importPath(created.id), { replace: true });
          }}
        />
      ) : (
        <Alert color="gray" variant="light">
          {t('imports.readOnly')}
        </Alert>
      );
    }
    if (step === 1 && !canImport) {
      // Reading is open to everyone in the workspace; changing the mapping is not.
      return (
        <Stack gap="md">
          <Alert color="gray" variant="light">
            {t('imports.readOnly')}
          </Alert>
          <MappingPreview imp={current} draft={current.mapping} />
        </Stack>
      );
    }
    if (step === 1) {
      return (
        <MappingStep
          key={`${current.id}-${current.mappingSaved}`}
          imp={current}
          onChecked={() => setEditing(false)}
          removing={remove.isPending}
          onRemove={() =>
            remove.mutate(current.id, {
              onSuccess: () => {
                notifications.show({ message: t('imports.deleted'), color: 'teal' });
                void navigate('/collection/imports');
              },
              onError: (e) => notifications.show({ message: errorMessage(e), color: 'red' }),
            })
          }
        />
      );
    }
    if (step === 2) {
      return (
        <ReportStep key={current.id} imp={current} onEditMapping={() => setEditing(true)} onUploadFixed={startOver}>
          {current.status === 'ready' && canImport && <RunButton imp={current} />}
        </ReportStep>
      );
    }
    return <RunStep imp={current} onAnother={startOver} />;
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Anchor component={Link} to="/collection/imports" size="sm">
              <Group gap={4}>
                <IconArrowLeft size={14} aria-hidden />
                {t('imports.nav')}
              </Group>
            </Anchor>
            <Group gap="sm">
              <Title order={2} fz="h4" style={{ overflowWrap: 'anywhere' }}>
                {imp.data?.fileName ?? t('imports.newImport')}
              </Title>
              {imp.data && <ImportStatusBadge status={imp.data.status} />}
            </Group>
            {imp.data && (
              <Text size="sm" c="dimmed">
                {[imp.data.format.toUpperCase(), t('imports.list.colRows') + ': ' + fmt.number(imp.data.rowCount), fmt.dateTime(imp.data.createdAt), imp.data.createdBy?.name ?? t('imports.list.byKey')].join(' · ')}
              </Text>
            )}
          </Stack>
          <TemplateMenu />
        </Group>
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('imports.steps.upload')} description={t('imports.steps.uploadHint')} />
          <Stepper.Step label={t('imports.steps.map')} description={t('imports.steps.mapHint')} />
          <Stepper.Step label={t('imports.steps.check')} description={t('imports.steps.checkHint')} />
          <Stepper.Step label={t('imports.steps.run')} description={t('imports.steps.runHint')} />
        </Stepper>
        {body()}
      </Stack>
    </Card>
  );
}
