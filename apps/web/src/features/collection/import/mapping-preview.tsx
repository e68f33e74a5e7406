import { issueMessage, mapRow, ZImportMapping, type Import } from '@footprint/core';
import { Alert, Code, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import type { Draft } from './mapping-model';

/** How the first rows will look as events with this mapping, computed here by core's own mapRow. */
export function MappingPreview({ imp, draft }: { imp: Import; draft: Draft }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const parsed = ZImportMapping.safeParse(draft);
  if (!parsed.success) {
    const paths = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    return (
      <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} role="alert">
        <List size="sm">
          {paths.has('userId') && <List.Item>{t('imports.mapping.needCustomer')}</List.Item>}
          {paths.has('eventColumn') && <List.Item>{t('imports.mapping.eventColumnNeeded')}</List.Item>}
          {paths.has('properties') && <List.Item>{t('imports.mapping.duplicateNames')}</List.Item>}
          {paths.has('timestamp') && <List.Item>{t('imports.mapping.needTimestamp')}</List.Item>}
        </List>
      </Alert>
    );
  }
  const rows = imp.preview.map((r) => ({ r, result: mapRow(r, parsed.data, { timeZone: imp.timeZone }) }));
  return (
    <Stack gap="xs">
      <Title order={3} fz="h5">
        {t('imports.mapping.preview', { count: imp.preview.length })}
      </Title>
      <Text size="sm" c="dimmed">
        {t('imports.mapping.previewHint', { formatted: fmt.number(imp.rowCount) })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" aria-label={t('imports.mapping.preview', { count: imp.preview.length })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.mapping.colRow')}</Table.Th>
              <Table.Th>{t('imports.mapping.colCustomer')}</Table.Th>
              <Table.Th>{t('imports.mapping.colEvent')}</Table.Th>
              <Table.Th>{t('imports.mapping.colTime')}</Table.Th>
              <Table.Th>{t('imports.mapping.colProperties')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ r, result }) => (
              <Table.Tr key={r.row} bg={result.ok ? undefined : 'var(--mantine-color-red-light)'}>
                <Table.Td>{r.row}</Table.Td>
                {result.ok ? (
                  <>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      <Text size="sm">{result.value.name ?? result.value.userId ?? result.value.phone ?? result.value.email}</Text>
                      <Text size="xs" c="dimmed">
                        {[result.value.userId, result.value.phone, result.value.email].filter((v) => v && v !== result.value.name).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>{result.value.event}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(result.value.timestamp)}</Table.Td>
                    <Table.Td>
                      {Object.entries(result.value.properties).map(([k, v]) => (
                        <Text key={k} size="xs">
                          <Code>{k}</Code> {typeof v === 'number' ? fmt.number(v) : v}
                        </Text>
                      ))}
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={4}>
                    {result.issues.map((issue, i) => (
                      <Text key={i} size="sm" c="red.8">
                        {issueMessage(issue, issue.column === null ? null : (imp.columns[issue.column] ?? null), fmt.locale)}
                      </Text>
                    ))}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
