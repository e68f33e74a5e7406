import { AUDIENCE_ANSWERED, MAX_IMPORT_BYTES, type AudienceFilters, type Campaign, type RecipientUpload } from '@footprint/core';
import { Alert, Anchor, Card, Group, List, MultiSelect, SegmentedControl, Select, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { Dropzone, MIME_TYPES } from '@mantine/dropzone';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFileSpreadsheet, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat } from '../../../workspace';
import { NO_FILTERS, type CampaignDraft } from '../draft';
import { useAudience, useUploadRecipients } from '../hooks';
import { DAY_FORMAT, LocalDates } from './dates';

/** A template recipients file: the headers the upload recognises, and two example rows. */
const TEMPLATE = `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFFEmail,Họ tên,Mã KH,Ngôn ngữ\r\nmai.nguyen@example.vn,Nguyễn Thị Mai,KH-0001,vi\r\njohn@example.com,John Smith,KH-0002,en\r\n')}`;
const ANSWERED_LABEL = { any: 'answeredAny', not_answered: 'answeredNo', answered: 'answeredYes' } as const;

/** Who gets the email: customers chosen by filters (with a live count), or an uploaded list. */
export function AudienceCard({ campaign, draft, onChange }: { campaign: Campaign; draft: CampaignDraft; onChange: (d: CampaignDraft) => void }) {
  const { t } = useTranslation();
  const filters = draft.audience.kind === 'customers' ? draft.audience.filters : NO_FILTERS;
  const setFilters = (f: Partial<AudienceFilters>) => onChange({ ...draft, audience: { kind: 'customers', filters: { ...filters, ...f } } });
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={3} fz="h5">
          {t('email.audience.title')}
        </Title>
        <SegmentedControl
          value={draft.audience.kind}
          onChange={(v) => onChange({ ...draft, audience: v === 'list' ? { kind: 'list' } : { kind: 'customers', filters } })}
          data={[
            { value: 'customers', label: t('email.audience.customers') },
            { value: 'list', label: t('email.audience.list') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {draft.audience.kind === 'customers' ? <Filters surveyId={draft.surveyId} filters={filters} onChange={setFilters} /> : <ListUpload campaign={campaign} />}
        <Text size="xs" c="dimmed">
          <IconInfoCircle size={12} aria-hidden /> {t('email.segmentsLater')}
        </Text>
      </Stack>
    </Card>
  );
}

function Filters({ surveyId, filters, onChange }: { surveyId: string; filters: AudienceFilters; onChange: (f: Partial<AudienceFilters>) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [debounced] = useDebouncedValue(filters, 300);
  const preview = useAudience(surveyId, debounced, true);
  const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);
  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('email.audience.provinces')}
          placeholder={filters.provinces.length ? undefined : t('email.audience.provincesPlaceholder')}
          data={(preview.data?.provinces ?? []).map((p) => ({ value: p.name, label: `${p.name} (${fmt.number(p.customers)})` })).concat(filters.provinces.filter((p) => !preview.data?.provinces.some((x) => x.name === p)).map((p) => ({ value: p, label: p })))}
          value={filters.provinces}
          onChange={(provinces) => onChange({ provinces })}
          searchable
          clearable
          w={{ base: '100%', sm: 320 }}
        />
        <LocalDates>
          <DatePickerInput label={t('email.audience.seenFrom')} valueFormat={DAY_FORMAT} placeholder={DAY_FORMAT.toLowerCase()} clearable value={filters.seenFrom} maxDate={filters.seenTo ?? undefined} onChange={(v) => onChange({ seenFrom: day(v) })} w={170} />
          <DatePickerInput label={t('email.audience.seenTo')} valueFormat={DAY_FORMAT} placeholder={DAY_FORMAT.toLowerCase()} clearable value={filters.seenTo} minDate={filters.seenFrom ?? undefined} onChange={(v) => onChange({ seenTo: day(v) })} w={170} />
        </LocalDates>
        <Select
          label={t('email.audience.answered')}
          allowDeselect={false}
          value={filters.answered}
          onChange={(v) => onChange({ answered: AUDIENCE_ANSWERED.find((a) => a === v) ?? 'any' })}
          data={AUDIENCE_ANSWERED.map((a) => ({ value: a, label: t(`email.audience.${ANSWERED_LABEL[a]}`) }))}
          w={180}
        />
      </Group>
      <Stack gap="xs" aria-live="polite">
        {preview.isError ? (
          <Alert color="red" variant="light">
            {t('common.loadFailed')}
          </Alert>
        ) : !preview.data ? (
          <Skeleton h={60} />
        ) : preview.data.matched === 0 ? (
          <Alert color="yellow" variant="light" p="xs">
            {t('email.audience.noneMatched')}
          </Alert>
        ) : (
          <>
            <Text fw={600} style={{ opacity: preview.isPlaceholderData ? 0.6 : 1 }}>
              {t('email.audience.matched', { matched: fmt.number(preview.data.matched) })}
            </Text>
            {preview.data.suppressed > 0 && (
              <Text size="sm" c="dimmed">
                {t('email.audience.suppressed', { count: preview.data.suppressed })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {t('email.audience.sample')}
            </Text>
            <Table withRowBorders={false} verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {preview.data.sample.map((s) => (
                  <Table.Tr key={s.userId}>
                    <Table.Td>{s.name ?? s.userId}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{s.email}</Table.Td>
                    <Table.Td c="dimmed">{s.province ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="xs" c="dimmed">
              {t('email.audience.atSend')}
            </Text>
          </>
        )}
      </Stack>
    </Stack>
  );
}

function ListUpload({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const upload = useUploadRecipients();
  const [result, setResult] = useState<RecipientUpload | null>(null);
  const file = campaign.audience.kind === 'list' ? campaign.audience.file : null;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2} maw={560}>
          <Text size="sm" fw={500}>
            {t('email.audience.upload')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('email.audience.uploadHint')}
          </Text>
        </Stack>
        <Anchor href={TEMPLATE} download="danh-sach-nguoi-nhan.csv" size="sm">
          <Group gap={4} component="span">
            <IconDownload size={14} aria-hidden />
            {t('email.audience.template')}
          </Group>
        </Anchor>
      </Group>
      <Dropzone
        onDrop={(files) => {
          if (files[0]) upload.mutate({ id: campaign.id, file: files[0] }, { onSuccess: setResult });
        }}
        maxSize={MAX_IMPORT_BYTES}
        maxFiles={1}
        multiple={false}
        accept={{ [MIME_TYPES.csv]: ['.csv', '.txt'], [MIME_TYPES.xlsx]: ['.xlsx'], 'application/vnd.ms-excel': ['.csv'], 'text/plain': ['.csv', '.txt'] }}
        loading={upload.isPending}
        aria-label={t('email.audience.drop')}
      >
        <Group justify="center" gap="md" mih={90} style={{ pointerEvents: 'none' }}>
          <IconFileSpreadsheet size={36} stroke={1.5} aria-hidden />
          <Text size="sm">{upload.isPending ? t('email.audience.uploading') : t('email.audience.drop')}</Text>
        </Group>
      </Dropzone>
      {upload.isError && (
        <Alert color="red" variant="light" role="alert">
          {message(upload.error)}
        </Alert>
      )}
      {file ? (
        <Alert color="green" variant="light" p="xs" role="status">
          <Text size="sm">{t('email.audience.uploaded', { rows: file.rows, name: file.name, added: file.added, duplicates: file.duplicates, invalid: file.invalid })}</Text>
          {result && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('email.audience.columnsFound', { columns: [result.columns.email, result.columns.name, result.columns.userId, result.columns.language].filter(Boolean).join(', ') })}
            </Text>
          )}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('email.audience.noFile')}
        </Text>
      )}
      {result && result.invalid.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('email.audience.badRows')}
          </Text>
          <List size="sm">
            {result.invalid.slice(0, 20).map((r) => (
              <List.Item key={r.row}>
                {t('email.audience.row', { row: r.row })}: {r.reason === 'missing_email' || r.reason === 'invalid_email' ? t(`email.audience.reasons.${r.reason}`) : r.reason}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
