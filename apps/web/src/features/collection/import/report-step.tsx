import { issueMessage, ROW_ISSUE_CODES, type Import, type ImportIssue, type RowIssueCode } from '@footprint/core';
import { Alert, Button, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowBack, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { useFormat } from '../../workspace';
import { useImportErrors } from './hooks';

const PAGE_SIZE = 50;
const isCode = (c: string): c is RowIssueCode => ROW_ISSUE_CODES.some((x) => x === c);
/** In the UI's language, whatever language the report was fetched in (the server's message is the fallback). */
const messageOf = (i: ImportIssue, locale: 'vi' | 'en') => (isCode(i.code) ? issueMessage({ code: i.code, column: i.column, value: i.value }, i.columnName, locale) : i.message);

/** Step 3: every bad row with its number and reasons (nothing is imported until none is left), or the go-ahead. */
export function ReportStep({ imp, onEditMapping, onUploadFixed, children }: { imp: Import; onEditMapping: () => void; onUploadFixed: () => void; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [page, setPage] = useState(1);
  const invalid = imp.status === 'invalid';
  const errors = useImportErrors(imp.id, page, PAGE_SIZE, invalid);

  if (!invalid) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} title={t('imports.report.validTitle', { formatted: fmt.number(imp.rowCount) })}>
          {t('imports.report.validBody')}
        </Alert>
        <Group justify="space-between">
          <Button variant="default" leftSection={<IconArrowBack size={16} aria-hidden />} onClick={onEditMapping}>
            {t('imports.report.editMapping')}
          </Button>
          {children}
        </Group>
      </Stack>
    );
  }
  const pages = errors.data ? Math.max(1, Math.ceil(errors.data.total / PAGE_SIZE)) : 1;
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('imports.report.invalidTitle', { formatted: fmt.number(imp.errorCount) })} role="alert">
        {t('imports.report.invalidBody')}
      </Alert>
      {errors.isError ? (
        <QueryError error={errors.error} onRetry={() => void errors.refetch()} />
      ) : errors.isPending ? (
        <TableSkeleton cols={2} rows={5} />
      ) : (
        <Table verticalSpacing="xs" aria-busy={errors.isFetching} aria-label={t('imports.steps.checkHint')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('imports.report.colRow')}</Table.Th>
              <Table.Th>{t('imports.report.colReasons')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.data.items.map((r) => (
              <Table.Tr key={r.row}>
                <Table.Td fw={600}>{fmt.number(r.row)}</Table.Td>
                <Table.Td>
                  {r.issues.map((i, k) => (
                    <Text key={k} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {messageOf(i, fmt.locale)}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowBack size={16} aria-hidden />} onClick={onEditMapping}>
          {t('imports.report.editMapping')}
        </Button>
        <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={onUploadFixed}>
          {t('imports.report.uploadFixed')}
        </Button>
      </Group>
    </Stack>
  );
}
